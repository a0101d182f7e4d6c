import axe from 'axe-core';
import { firstValueFrom } from 'rxjs';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CallbackService } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import {
  CallbackDialog,
  CallbackWidgetDraft,
  provideCallbackWidget,
  type CallbackDialogOpenOptions,
  type CallbackDialogOutcome,
  type CallbackDialogRef,
} from '../public-api';
import { useSpecClock, withRealTimers } from './widget-test-helpers';

@Component({
  selector: 'cb-test-host',
  template: `<button type="button" class="opener" (click)="open()">Call me back</button>`,
})
class DialogHost {
  private readonly dialog = inject(CallbackDialog);
  options: CallbackDialogOpenOptions = {};
  ref?: CallbackDialogRef;

  open(): void {
    this.ref = this.dialog.open(this.options);
  }
}

describe('CallbackDialog', () => {
  useSpecClock();

  let fixture: ComponentFixture<DialogHost>;
  let controller: CallbackTestingController;
  let opener: HTMLButtonElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideCallbackTesting(), provideCallbackWidget()],
    });
    fixture = TestBed.createComponent(DialogHost);
    controller = TestBed.inject(CallbackTestingController);
    opener = (fixture.nativeElement as HTMLElement).querySelector('.opener')!;
  });

  async function open(options: CallbackDialogOpenOptions = {}): Promise<CallbackWidgetHarness> {
    fixture.componentInstance.options = options;
    opener.focus();
    opener.click();
    await fixture.whenStable();
    return TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(CallbackWidgetHarness);
  }

  const dialogElement = () => document.querySelector<HTMLElement>('.cdk-dialog-container');
  const query = <T extends HTMLElement>(selector: string) =>
    document.querySelector<T>(`.cdk-dialog-container ${selector}`);

  async function pressEscape(): Promise<void> {
    dialogElement()!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await fixture.whenStable();
  }

  it('opens pre-filled, submits at once with userData, and reports the booking on close', async () => {
    const widget = await open({
      form: { firstname: 'Ada', phonenumber: '+33 6 12 34 56 78', desiredTime: 'now' },
      autoSubmit: true,
      userData: { orderId: '42' },
    });
    controller
      .expectSchedule({
        firstname: 'Ada',
        phonenumber: '+33612345678',
        userData: { orderId: '42' },
      })
      .succeed({ id: 'cb-5' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-5');

    const ref = fixture.componentInstance.ref!;
    ref.close();
    expect(await firstValueFrom(ref.closed)).toEqual({
      status: 'booked',
      result: jasmine.objectContaining({ id: 'cb-5' }),
    });
  });

  it('selects a pre-filled desired time', async () => {
    const time = new Date();
    time.setDate(time.getDate() + 1);
    time.setHours(15, 30, 0, 0);
    const widget = await open({ form: { desiredTime: time.toISOString() } });
    controller.expectAvailability().respond([]);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toContain('Selected: ');
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule({ desiredTime: time.toISOString() }).succeed();
  });

  it('traps focus inside and gives it back to the opener on close', async () => {
    await open();
    const dialog = dialogElement()!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toContain(
      'Request a callback',
    );
    expect(dialog.contains(document.activeElement)).toBeTrue();

    // Tabbing past either end lands on the trap's anchors, which send focus back inside.
    const anchors = dialog.parentElement!.querySelectorAll<HTMLElement>('.cdk-focus-trap-anchor');
    expect(anchors.length).toBe(2);
    anchors[1]!.focus();
    expect(document.activeElement).toBe(query('.cb-dialog-close'));
    anchors[0]!.focus();
    expect(document.activeElement).toBe(query('button.cb-submit'));

    await pressEscape();
    expect(dialogElement()).toBeNull();
    expect(await firstValueFrom(fixture.componentInstance.ref!.closed)).toEqual({
      status: 'closed',
    });
    expect(document.activeElement).toBe(opener);
  });

  it('asks before closing a dirty form, and keeps the draft for the next opening', async () => {
    let widget = await open();
    await widget.fill({ firstname: 'Ada' });

    await pressEscape();
    expect(dialogElement()).not.toBeNull();
    expect(query('.cb-confirm-close')?.textContent).toContain('Close the callback form?');
    expect(document.activeElement).toBe(query('.cb-keep-editing'));

    query<HTMLButtonElement>('.cb-keep-editing')!.click();
    await fixture.whenStable();
    expect(query('.cb-confirm-close')).toBeNull();
    expect(document.activeElement).toBe(query('.cb-dialog-close'));

    query<HTMLButtonElement>('.cb-dialog-close')!.click();
    await fixture.whenStable();
    query<HTMLButtonElement>('.cb-confirm-close-yes')!.click();
    await fixture.whenStable();
    expect(dialogElement()).toBeNull();
    expect(await firstValueFrom(fixture.componentInstance.ref!.closed)).toEqual({
      status: 'closed',
    });

    widget = await open();
    expect((await widget.getValues()).firstname).toBe('Ada');
  });

  it('keeps the draft after a failed submit and a close', async () => {
    let widget = await open();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.fill({ subject: 'Invoice 42' });
    await widget.submit();
    controller.expectSchedule().fail('SERVER_ERROR');
    expect(await widget.getGeneralError()).toBe('Something went wrong. Please try again.');
    fixture.componentInstance.ref!.close();
    await fixture.whenStable();

    widget = await open();
    expect((await widget.getValues()).phonenumber).toBe('+33 6 12 34 56 78');
    expect((await widget.getValues()).subject).toBe('Invoice 42');
    expect(await widget.getGeneralError()).toBeNull();
  });

  it('reports a booking cancelled from the confirmation', async () => {
    const widget = await open({ form: { phonenumber: '+33 6 12 34 56 78' }, autoSubmit: true });
    controller.expectSchedule().succeed({ id: 'cb-8' });
    await (await widget.getConfirmation()).cancel();
    controller.expectCancel('cb-8').succeed();
    expect(await widget.getState()).toBe('cancelled');
    const ref = fixture.componentInstance.ref!;
    const outcomes: unknown[] = [];
    ref.closed.subscribe((o) => outcomes.push(o));
    await pressEscape();
    expect(outcomes).toEqual([{ status: 'cancelled', id: 'cb-8' }]);
  });

  it('themes the panel with the classes given, dark included, without axe violations', async () => {
    await open({ panelClass: 'cb-theme-dark' });
    const panel = document.querySelector<HTMLElement>('.cb-callback-dialog-panel.cb-theme-dark')!;
    expect(getComputedStyle(query('cb-callback-widget')!).backgroundColor).toBe('rgb(27, 28, 31)');
    const result = await withRealTimers(() => axe.run(panel));
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  describe('fetched on first open', () => {
    it('returns its ref at once, and shows the dialog once its code has arrived', async () => {
      const dialog = TestBed.inject(CallbackDialog);
      const ref = dialog.open();
      expect(ref.id).toMatch(/^cb-callback-dialog-/);
      expect(dialogElement()).toBeNull();
      await fixture.whenStable();
      expect(dialogElement()!.id).toBe(ref.id);
      expect(dialog.open()).toBe(ref);
    });

    it('never shows a dialog closed before its code arrived, and reports it closed', async () => {
      const dialog = TestBed.inject(CallbackDialog);
      const ref = dialog.open();
      const outcomes: CallbackDialogOutcome[] = [];
      ref.closed.subscribe((outcome) => outcomes.push(outcome));
      ref.requestClose();
      await fixture.whenStable();
      expect(dialogElement()).toBeNull();
      expect(outcomes).toEqual([{ status: 'closed' }]);

      const next = dialog.open();
      expect(next).not.toBe(ref);
      await fixture.whenStable();
      expect(dialogElement()!.id).toBe(next.id);
    });

    it('preload() fetches the code before the first open', async () => {
      const dialog = TestBed.inject(CallbackDialog);
      await dialog.preload();
      dialog.open();
      await fixture.whenStable();
      expect(dialogElement()).not.toBeNull();
    });
  });

  it('returns the open dialog instead of opening a second one', async () => {
    await open();
    const dialog = TestBed.inject(CallbackDialog);
    expect(dialog.open()).toBe(fixture.componentInstance.ref!);
    expect(document.querySelectorAll('.cdk-dialog-container').length).toBe(1);
  });
  it('takes autoSubmit inside form, as Callback.open({ form: { autoSubmit } })', async () => {
    const widget = await open({ form: { phonenumber: '+33 6 12 34 56 78', autoSubmit: true } });
    controller.expectSchedule({ phonenumber: '+33612345678' }).succeed({ id: 'cb-3' });
    expect(await widget.getState()).toBe('booked');
  });

  it('closes a dirty form only after asking with requestClose(), at once with close()', async () => {
    const widget = await open();
    const ref = fixture.componentInstance.ref!;
    await widget.fill({ firstname: 'Ada' });
    ref.requestClose();
    await fixture.whenStable();
    expect(dialogElement()).not.toBeNull();
    expect(query('.cb-confirm-close')?.textContent).toContain('Close the callback form?');
    ref.close();
    await fixture.whenStable();
    expect(dialogElement()).toBeNull();

    // A clean form closes without a question.
    TestBed.inject(CallbackWidgetDraft).reset();
    await open();
    fixture.componentInstance.ref!.requestClose();
    await fixture.whenStable();
    expect(dialogElement()).toBeNull();
  });

  describe('closed while the booking is in flight', () => {
    async function sendAndClose() {
      const widget = await open();
      await widget.fill({ firstname: 'Ada' });
      await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
      await widget.submit();
      const call = controller.expectSchedule();
      const ref = fixture.componentInstance.ref!;
      const outcomes: CallbackDialogOutcome[] = [];
      ref.closed.subscribe({ next: (o) => outcomes.push(o), complete: () => outcomes.push(null!) });
      ref.close();
      await fixture.whenStable();
      expect(dialogElement()).toBeNull();
      return { call, outcomes };
    }

    it('reports the booking when it lands, clears the draft, and shows it on reopening', async () => {
      const { call, outcomes } = await sendAndClose();
      expect(outcomes).toEqual([]);
      call.succeed({ id: 'cb-11' });
      // The outcome, then completion (the null marks it).
      expect(outcomes).toEqual([
        { status: 'booked', result: jasmine.objectContaining({ id: 'cb-11' }) },
        null!,
      ]);
      const draft = TestBed.inject(CallbackWidgetDraft);
      expect(draft.phonenumber()).toBe('');
      expect(draft.firstname()).toBe('');

      const widget = await open();
      expect(await widget.getState()).toBe('booked');
      expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-11');
      controller.verify();
    });

    it('shows a reopened dialog in flight, so that it cannot book a second time', async () => {
      const { call, outcomes } = await sendAndClose();
      const schedule = spyOn(TestBed.inject(CallbackService), 'schedule').and.callThrough();
      const widget = await open();
      expect(await widget.isSubmitDisabled()).toBeTrue();
      await widget.submit();
      expect(schedule).not.toHaveBeenCalled();
      controller.expectNoSchedule();

      call.succeed({ id: 'cb-12' });
      expect(await widget.getState()).toBe('booked');
      expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-12');
      expect(outcomes[0]).toEqual({
        status: 'booked',
        result: jasmine.objectContaining({ id: 'cb-12' }),
      });
    });

    it('reports "closed" when it fails, keeps the draft, and shows the error on reopening', async () => {
      const { call, outcomes } = await sendAndClose();
      call.fail('TIMEOUT');
      expect(outcomes[0]).toEqual({ status: 'closed' });
      const widget = await open();
      expect((await widget.getValues()).firstname).toBe('Ada');
      expect(await widget.getGeneralError()).toContain('We could not confirm your callback.');
      // Shown once: the next opening starts clean.
      fixture.componentInstance.ref!.close();
      await fixture.whenStable();
      expect(await (await open()).getGeneralError()).toBeNull();
    });
  });

  describe('a pre-filled or kept time the day strip does not show', () => {
    it('ignores a past or too distant desired time, with a warning', async () => {
      const warn = spyOn(console, 'warn');
      const past = new Date(Date.now() - 3_600_000);
      const distant = new Date();
      distant.setDate(distant.getDate() + 6);
      for (const time of [past, distant]) {
        const widget = await open({ form: { desiredTime: time } });
        // Ignored: the form stays on "as soon as possible", with no day strip or slot shown.
        expect(await widget.hasSlotPicker()).toBeFalse();
        fixture.componentInstance.ref!.close();
        await fixture.whenStable();
      }
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.calls.argsFor(0)[0]).toMatch(/ignored desiredTime/);
    });

    it('starts a kept draft from a past day on the first day of the strip', async () => {
      const draft = TestBed.inject(CallbackWidgetDraft);
      const yesterday = new Date();
      yesterday.setHours(0, 0, 0, 0);
      yesterday.setDate(yesterday.getDate() - 1);
      draft.mode.set('scheduled');
      draft.day.set(yesterday.getTime());
      draft.slot.set({
        utcTime: new Date(yesterday.getTime() + 9 * 3_600_000).toISOString(),
        capacity: 1,
      });
      const widget = await open();
      const today = new Date(
        yesterday.getFullYear(),
        yesterday.getMonth(),
        yesterday.getDate() + 1,
      );
      controller.expectAvailability({ startDate: today.toISOString() }).respond([]);
      expect(await (await widget.getSlotPicker()).getSelectedDay()).toBe(
        (await (await widget.getSlotPicker()).getDays())[0]!,
      );
      expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();
      expect(draft.day()).toBeNull();
    });
  });

  it('stays light with panelClass cb-theme-light in a dark system scheme', async () => {
    await open();
    // Emulates a dark system scheme: the widget's media query is made to match.
    const styles = [...document.head.querySelectorAll('style')].filter((s) =>
      s.textContent?.includes('prefers-color-scheme: dark'),
    );
    const original = styles.map((s) => s.textContent);
    styles.forEach(
      (s) => (s.textContent = s.textContent!.replaceAll('(prefers-color-scheme: dark)', 'all')),
    );
    try {
      const background = () =>
        getComputedStyle(query('cb-callback-widget')!).getPropertyValue('--_cb-bg').trim();
      expect(background()).toBe('#1b1c1f');
      fixture.componentInstance.ref!.close();
      await fixture.whenStable();

      await open({ panelClass: 'cb-theme-light' });
      expect(background()).toBe('#ffffff');
      expect(getComputedStyle(query('cb-callback-widget')!).backgroundColor).toBe(
        'rgb(255, 255, 255)',
      );
    } finally {
      styles.forEach((s, i) => (s.textContent = original[i]!));
    }
  });
});
