import { BidiModule, Directionality } from '@angular/cdk/bidi';
import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, EventEmitter, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_AR,
  CALLBACK_WIDGET_STRINGS_HE,
  CallbackDialog,
  CallbackWidget,
  provideCallbackWidget,
  type CallbackDialogOpenOptions,
} from '../public-api';
import { slotAt, useSpecClock } from './widget-test-helpers';

@Component({
  selector: 'cb-test-rtl-host',
  imports: [BidiModule, CallbackWidget],
  template: `<div [dir]="dir()" style="width: 480px"><cb-callback-widget /></div>`,
})
class RtlHost {
  readonly dir = signal<'ltr' | 'rtl'>('rtl');
}

@Component({
  selector: 'cb-test-dialog-host',
  template: `<button type="button" class="opener" (click)="open()">Open</button>`,
})
class DialogHost {
  private readonly dialog = inject(CallbackDialog);
  options: CallbackDialogOpenOptions = {};
  open(): void {
    this.dialog.open(this.options);
  }
}

const box = (element: Element) => element.getBoundingClientRect();
/** The `dir` the CDK overlay gives the dialog (on the pane's host). */
const overlayDirection = () =>
  document.querySelector('.cdk-overlay-pane')?.closest('[dir]')?.getAttribute('dir');

describe('CallbackWidget right to left', () => {
  useSpecClock();

  it('mirrors the day strip and keeps phone numbers and ids left to right', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideCallbackTesting(),
        provideCallbackWidget(),
        { provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_AR },
      ],
    });
    const fixture = TestBed.createComponent(RtlHost);
    const widget = await TestbedHarnessEnvironment.harnessForFixture(
      fixture,
      CallbackWidgetHarness,
    );
    const controller = TestBed.inject(CallbackTestingController);
    const root = fixture.nativeElement as HTMLElement;
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 21), slotAt(0, 22)]);
    expect((await (await widget.getSlotPicker()).getSlotLabels()).length).toBe(2);

    const days = [...root.querySelectorAll('.cb-day')];
    // Today is the rightmost-first: each next day lies to the left of the one before.
    expect(box(days[1]!).right).toBeLessThanOrEqual(box(days[0]!).left);
    const slots = [...root.querySelectorAll('[role="option"]')];
    expect(box(slots[1]!).right).toBeLessThanOrEqual(box(slots[0]!).left);
    expect(root.querySelector('input.cb-phone')?.getAttribute('dir')).toBe('ltr');

    await (await widget.getSlotPicker()).chooseSlot(0);
    await widget.fill({ phonenumber: '+49 30 901820' });
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-42' });
    expect(await widget.getState()).toBe('booked');
    const phone = root.querySelector('.cb-booking-phone bdi');
    expect(phone?.getAttribute('dir')).toBe('ltr');
    expect(phone?.textContent).toBe('+49 30 901820');
    expect(root.querySelector('.cb-booking-id bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it('moves with the arrow keys as the strip reads: Left is the next slot, after a switch too', async () => {
    TestBed.configureTestingModule({
      providers: [provideCallbackTesting(), provideCallbackWidget()],
    });
    const fixture = TestBed.createComponent(RtlHost);
    const widget = await TestbedHarnessEnvironment.harnessForFixture(
      fixture,
      CallbackWidgetHarness,
    );
    const controller = TestBed.inject(CallbackTestingController);
    await widget.choosePickDateTime();
    const slots = [slotAt(0, 21), slotAt(0, 22), slotAt(0, 23)];
    controller.expectAvailability().respond(slots);
    const time = (i: number) =>
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(
        new Date(slots[i]!.utcTime),
      );
    const selected = () =>
      (fixture.nativeElement as HTMLElement)
        .querySelector('[role="option"][aria-selected="true"]')
        ?.textContent?.trim();
    await (await widget.getSlotPicker()).pressKeys(TestKey.LEFT_ARROW, TestKey.ENTER);
    expect(selected()).toBe(time(1));

    fixture.componentInstance.dir.set('ltr');
    fixture.detectChanges();
    await fixture.whenStable();
    await (await widget.getSlotPicker()).pressKeys(TestKey.LEFT_ARROW, TestKey.ENTER);
    expect(selected()).toBe(time(0));
  });

  describe('in the dialog', () => {
    async function openDialog(options: CallbackDialogOpenOptions, rootDirection?: 'rtl') {
      TestBed.configureTestingModule({
        providers: [
          provideCallbackTesting(),
          provideCallbackWidget(),
          { provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_HE },
          ...(rootDirection
            ? [
                {
                  provide: Directionality,
                  useValue: { value: rootDirection, change: new EventEmitter() },
                },
              ]
            : []),
        ],
      });
      const fixture = TestBed.createComponent(DialogHost);
      fixture.componentInstance.options = options;
      (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.opener')!.click();
      await fixture.whenStable();
      const widget =
        await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(
          CallbackWidgetHarness,
        );
      return { widget, controller: TestBed.inject(CallbackTestingController) };
    }

    for (const [label, options, root] of [
      ['given direction: rtl', { direction: 'rtl' }, undefined],
      ['the root Directionality is rtl', {}, 'rtl'],
    ] as const) {
      it(`mirrors layout and arrow keys when ${label}`, async () => {
        const { widget, controller } = await openDialog(options, root);
        expect(overlayDirection()).toBe('rtl');
        expect(getComputedStyle(document.querySelector('.cdk-dialog-container')!).direction).toBe(
          'rtl',
        );
        await widget.choosePickDateTime();
        const slots = [slotAt(0, 21), slotAt(0, 22), slotAt(0, 23)];
        controller.expectAvailability().respond(slots);
        await (await widget.getSlotPicker()).pressKeys(TestKey.LEFT_ARROW, TestKey.ENTER);
        const chosen = document.querySelector('[role="option"][aria-selected="true"]');
        const time = new Intl.DateTimeFormat('he', { hour: 'numeric', minute: '2-digit' });
        expect(chosen?.textContent?.trim()).toBe(time.format(new Date(slots[1]!.utcTime)));
      });
    }

    it('stays left to right by default', async () => {
      await openDialog({});
      expect(overlayDirection()).toBe('ltr');
    });
  });
});
