import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import { provideCallbackWidget } from 'ngx-genesys-callback/widget';
import { WidgetPage } from './widget-page';

// The demo's widget page tested the way an app using the library would: the widget driven
// through CallbackWidgetHarness, the server answered through CallbackTestingController.

/** A slot `days` from today at `hours`:00 local time. */
function slotAt(days: number, hours: number, capacity = 2): CallbackSlot {
  const now = new Date();
  const time = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours);
  return { utcTime: time.toISOString(), capacity };
}

/** The slot's label, as the widget formats it (locale en-US). */
function label(slot: CallbackSlot): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(
    new Date(slot.utcTime),
  );
}

describe('WidgetPage', () => {
  async function setUp() {
    TestBed.configureTestingModule({
      providers: [provideCallbackTesting(), provideCallbackWidget({ numberOfDays: 3 })],
    });
    const fixture = TestBed.createComponent(WidgetPage);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const widget = await loader.getHarness(CallbackWidgetHarness);
    const page = fixture.nativeElement as HTMLElement;
    return { fixture, loader, widget, page, controller: TestBed.inject(CallbackTestingController) };
  }

  it('books "as soon as possible" with the page\'s attached data and shows the id', async () => {
    const { fixture, widget, page, controller } = await setUp();
    await widget.fill({ firstname: 'Ada' });
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.chooseAsSoonAsPossible();
    await widget.submit();

    const call = controller.expectSchedule();
    expect(call.request).toEqual({
      phonenumber: '+33612345678',
      firstname: 'Ada',
      userData: { channel: 'inline' },
    });
    call.succeed({ id: 'cb-1' });

    expect(await (await widget.getConfirmation()).getBooking()).toEqual({
      id: 'cb-1',
      phone: '+33 6 12 34 56 78',
      time: 'As soon as possible',
    });
    await fixture.whenStable();
    expect(page.textContent).toContain('Inline widget booked cb-1');
    controller.verify();
  });

  it('books a picked slot, sent in UTC', async () => {
    const { widget, controller } = await setUp();
    const nine = slotAt(1, 9);
    const ten = slotAt(1, 10, 0);
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([]);
    await (await widget.getSlotPicker()).chooseDay(1);
    controller.expectAvailability().respond([nine, ten]);

    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual([label(nine), label(ten)]);
    expect(await (await widget.getSlotPicker()).getSlotLabels({ disabled: true })).toEqual([
      label(ten),
    ]);
    await (await widget.getSlotPicker()).chooseSlot(label(nine));
    await widget.submit();

    controller
      .expectSchedule({ desiredTime: nine.utcTime })
      .succeed({ id: 'cb-2', desiredTime: nine.utcTime });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-2');
  });

  it('offers the times the server proposes after a 429 and books one, keeping the draft', async () => {
    const { widget, controller } = await setUp();
    const taken = slotAt(1, 9);
    const proposed = slotAt(1, 11);
    await widget.fill({ firstname: 'Ada' });
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([taken]);
    await (await widget.getSlotPicker()).chooseSlot(label(taken));
    await widget.submit();

    controller.expectSchedule().fail({
      code: 'RATE_LIMITED',
      status: 429,
      message: 'Too many requests for the selected time slot.',
      proposedSlots: [proposed],
      retryable: true,
    });
    expect(await widget.getFieldError('time')).toContain('That time is no longer available');
    expect(await widget.getProposedSlotLabels()).toEqual([
      jasmine.stringContaining(label(proposed)),
    ]);
    expect((await widget.getValues()).firstname).toBe('Ada');

    await (await widget.getProposedSlots())[0]!.select();
    controller.matchAvailability().forEach((call) => call.respond([proposed]));
    await widget.submit();
    controller.expectSchedule({ desiredTime: proposed.utcTime }).succeed({ id: 'cb-3' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-3');
  });

  it('opens the widget in a dialog and tells how the dialog ended', async () => {
    const { fixture, page, controller } = await setUp();
    page.querySelector<HTMLButtonElement>('button.button-primary')!.click();
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const widget = await dialogs.getHarness(
      CallbackWidgetHarness.with({ selector: '.cdk-dialog-container cb-callback-widget' }),
    );
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule({ userData: { channel: 'dialog' } }).succeed({ id: 'cb-4' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-4');

    document.querySelector<HTMLButtonElement>('.cb-dialog-close')!.click();
    await fixture.whenStable();
    expect(page.textContent).toContain('Dialog booked, callback cb-4.');
  });
});
