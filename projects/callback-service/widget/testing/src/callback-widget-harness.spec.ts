import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidget } from 'ngx-genesys-callback/widget';
import { useSpecClock } from '../../src/spec/widget-test-helpers';
import {
  CallbackConfirmationHarness,
  CallbackFormFieldHarness,
  CallbackPhoneFieldHarness,
  CallbackSlotOptionHarness,
  CallbackSlotPickerHarness,
  CallbackWidgetHarness,
} from 'ngx-genesys-callback/widget/testing';

@Component({
  selector: 'cb-harness-host',
  imports: [CallbackWidget],
  template: `
    <cb-callback-widget class="full" [numberOfDays]="3" />
    <cb-callback-widget class="compact" [countryCodes]="false" [scheduledCallback]="false" />
  `,
})
class HarnessHost {}

/** A slot today at `hours` local time, so it is on the first day of the strip. */
function todayAt(hours: number, capacity = 2): CallbackSlot {
  const day = new Date();
  day.setHours(hours, 0, 0, 0);
  return { utcTime: day.toISOString(), capacity };
}

describe('CallbackWidgetHarness and its parts', () => {
  // 09:00 local time: the slots of the tests are later the same day, whatever the real clock.
  useSpecClock();

  function setUp() {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    const fixture = TestBed.createComponent(HarnessHost);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { loader, controller: TestBed.inject(CallbackTestingController) };
  }

  it('finds every widget, or one by selector with with()', async () => {
    const { loader } = setUp();
    expect((await loader.getAllHarnesses(CallbackWidgetHarness)).length).toBe(2);
    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    expect(await (await compact.getPhoneField()).hasCountryPicker()).toBeFalse();
    const full = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    expect(await (await full.getPhoneField()).getCountry()).toBe('US');
  });

  it('fills the fields and reads them back together', async () => {
    const { loader } = setUp();
    const widget = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    await widget.fill({ firstname: 'Ada', lastname: 'Lovelace', phonenumber: '06 12 34 56 78' });
    await (await widget.getPhoneField()).setCountry('FR');
    await (await widget.getField('subject')).setValue('Hello');
    expect(await widget.getValues()).toEqual({
      firstname: 'Ada',
      lastname: 'Lovelace',
      phonenumber: '06 12 34 56 78',
      subject: 'Hello',
    });
    expect(await (await widget.getPhoneField()).getCountry()).toBe('FR');
  });

  it('finds form fields by name, label and error, and says which are required', async () => {
    const { loader } = setUp();
    const widget = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    const inCompact = await loader.getChildLoader('.compact');
    const fields = await inCompact.getAllHarnesses(CallbackFormFieldHarness);
    expect(await Promise.all(fields.map((field) => field.getName()))).toEqual([
      'firstname',
      'lastname',
      'phonenumber',
      'subject',
    ]);
    const phone = await inCompact.getHarness(CallbackFormFieldHarness.with({ label: /^Phone/ }));
    expect(await phone.getName()).toBe('phonenumber');
    expect(await phone.isRequired()).toBeTrue();
    expect(await (await widget.getField('firstname')).isRequired()).toBeFalse();
    expect(
      await inCompact.getAllHarnesses(CallbackFormFieldHarness.with({ invalid: true })),
    ).toEqual([]);

    await widget.submit();
    const invalid = await inCompact.getAllHarnesses(
      CallbackFormFieldHarness.with({ invalid: true }),
    );
    expect(await Promise.all(invalid.map((field) => field.getName()))).toEqual(['phonenumber']);
    expect(await invalid[0]!.getError()).toBe('Enter your phone number.');
    expect(await widget.getFieldError('phonenumber')).toBe('Enter your phone number.');
    expect(
      await inCompact.getHarness(CallbackPhoneFieldHarness.with({ invalid: true })),
    ).toBeInstanceOf(CallbackPhoneFieldHarness);
  });

  it('chooses days and slots through the slot picker, and says what is missing', async () => {
    const { loader, controller } = setUp();
    const widget = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    expect(await widget.hasSlotPicker()).toBeFalse();
    await widget.choosePickDateTime();
    const picker = await widget.getSlotPicker();
    const days = await picker.getDays();
    expect(days.length).toBe(3);
    controller.expectAvailability().respond([todayAt(10), todayAt(11, 0), todayAt(12)]);

    const free = await picker.getSlots({ disabled: false });
    expect(free.length).toBe(2);
    expect(await picker.getSlotLabels({ disabled: true })).toEqual([
      await (await picker.getSlots())[1]!.getText(),
    ]);
    await free[1]!.select();
    const [chosen] = await picker.getSlots({ selected: true });
    expect(await chosen!.getText()).toBe(await free[1]!.getText());
    expect(await picker.getSelectedTime()).toMatch(/^Selected: /);

    await picker.chooseDay(days[2] as string);
    expect(await picker.getSelectedDay()).toBe(days[2] as string);
    controller.expectAvailability().respond([]);
    expect(await picker.getMessage()).toBe(
      'No time is available on this day. Please choose another day.',
    );
    await expectAsync(picker.chooseDay(9)).toBeRejectedWithError('No day at index 9; there are 3.');
    await expectAsync(picker.chooseSlot('9:00 AM')).toBeRejectedWithError(/No slot "9:00 AM"/);
    await expectAsync(picker.pressKeys()).toBeRejectedWithError('No slot list is shown.');

    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    await expectAsync(compact.choosePickDateTime()).toBeRejected();
    await expectAsync((await compact.getPhoneField()).setCountry('FR')).toBeRejectedWithError(
      /no country picker/,
    );
    expect(await loader.getAllHarnesses(CallbackSlotPickerHarness)).toHaveSize(1);
    expect(await loader.getAllHarnesses(CallbackSlotOptionHarness.with({ text: /./ }))).toHaveSize(
      0,
    );
  });

  it('filters widgets by state, reads the confirmation, and keeps with() typed for subclasses', async () => {
    const { loader, controller } = setUp();
    expect(
      (await loader.getAllHarnesses(CallbackWidgetHarness.with({ state: 'form' }))).length,
    ).toBe(2);
    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    await expectAsync(compact.getConfirmation()).toBeRejectedWithError(/No confirmation is shown/);
    await compact.fill({ phonenumber: '555 010 2030' });
    await compact.submit();
    controller.expectSchedule().succeed({ id: 'cb-1' });
    // Both widgets share the environment's draft and booking, so both show it.
    const booked = await loader.getAllHarnesses(CallbackWidgetHarness.with({ state: 'booked' }));
    expect(booked.length).toBe(2);
    const confirmation = await compact.getConfirmation();
    expect(await confirmation.getBooking()).toEqual({
      id: 'cb-1',
      phone: '555 010 2030',
      time: 'As soon as possible',
    });
    expect(await confirmation.getHeading()).toBe("You're booked in!");
    expect(
      await loader.getAllHarnesses(CallbackConfirmationHarness.with({ cancelled: false })),
    ).toHaveSize(2);
    await expectAsync(confirmation.bookAnother()).toBeRejectedWithError(
      /only after a cancellation/,
    );

    class MyWidgetHarness extends CallbackWidgetHarness {
      async getHeading(): Promise<string> {
        return (await this.locatorFor('.cb-title')()).text();
      }
    }
    const mine: MyWidgetHarness = await loader.getHarness(
      MyWidgetHarness.with({ selector: '.compact', state: 'booked' }),
    );
    expect(await mine.getHeading()).toBe("You're booked in!");
  });
});
