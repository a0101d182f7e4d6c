import axe from 'axe-core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import {
  CallbackTestingController,
  CallbackWidgetHarness,
  provideCallbackTesting,
} from 'ngx-genesys-callback/testing';
import {
  CallbackDialog,
  provideCallbackWidget,
  type CallbackDialogOpenOptions,
  type CallbackDialogRef,
} from '../public-api';

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
    expect((await widget.getConfirmation()).id).toBe('cb-5');

    const ref = fixture.componentInstance.ref!;
    ref.close();
    expect(await ref.closed).toEqual({
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
    expect(await widget.getSelectedTime()).toContain('Selected: ');
    await widget.setPhoneNumber('+33 6 12 34 56 78');
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
    expect(await fixture.componentInstance.ref!.closed).toEqual({ status: 'closed' });
    expect(document.activeElement).toBe(opener);
  });

  it('asks before closing a dirty form, and keeps the draft for the next opening', async () => {
    let widget = await open();
    await widget.setFirstName('Ada');

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
    expect(await fixture.componentInstance.ref!.closed).toEqual({ status: 'closed' });

    widget = await open();
    expect(await widget.getFirstName()).toBe('Ada');
  });

  it('keeps the draft after a failed submit and a close', async () => {
    let widget = await open();
    await widget.setPhoneNumber('+33 6 12 34 56 78');
    await widget.setNotes('Invoice 42');
    await widget.submit();
    controller.expectSchedule().fail('SERVER_ERROR');
    expect(await widget.getGeneralError()).toBe('Something went wrong. Please try again.');
    fixture.componentInstance.ref!.close();
    await fixture.whenStable();

    widget = await open();
    expect(await widget.getPhoneNumber()).toBe('+33 6 12 34 56 78');
    expect(await widget.getNotes()).toBe('Invoice 42');
    expect(await widget.getGeneralError()).toBeNull();
  });

  it('reports a booking cancelled from the confirmation', async () => {
    const widget = await open({ form: { phonenumber: '+33 6 12 34 56 78' }, autoSubmit: true });
    controller.expectSchedule().succeed({ id: 'cb-8' });
    await widget.cancelBooking();
    controller.expectCancel('cb-8').succeed();
    expect(await widget.isBookingCancelled()).toBeTrue();
    const ref = fixture.componentInstance.ref!;
    const outcomes: unknown[] = [];
    ref.outcome$.subscribe((o) => outcomes.push(o));
    await pressEscape();
    expect(outcomes).toEqual([{ status: 'cancelled', id: 'cb-8' }]);
  });

  it('themes the panel with the classes given, dark included, without axe violations', async () => {
    await open({ panelClass: 'cb-theme-dark' });
    const panel = document.querySelector<HTMLElement>('.cb-callback-dialog-panel.cb-theme-dark')!;
    expect(getComputedStyle(query('cb-callback-widget')!).backgroundColor).toBe('rgb(27, 28, 31)');
    const result = await axe.run(panel);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('returns the open dialog instead of opening a second one', async () => {
    await open();
    const dialog = TestBed.inject(CallbackDialog);
    expect(dialog.open()).toBe(fixture.componentInstance.ref!);
    expect(document.querySelectorAll('.cdk-dialog-container').length).toBe(1);
  });
});
