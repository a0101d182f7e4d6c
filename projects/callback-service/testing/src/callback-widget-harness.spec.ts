import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackTestingController,
  CallbackWidgetHarness,
  provideCallbackTesting,
} from 'ngx-genesys-callback/testing';
import { CallbackWidget } from 'ngx-genesys-callback/widget';

@Component({
  selector: 'cb-harness-host',
  imports: [CallbackWidget],
  template: `
    <cb-callback-widget class="full" [numberOfDays]="3" />
    <cb-callback-widget class="compact" [countryCodes]="false" [scheduledCallback]="false" />
  `,
})
class HarnessHost {}

describe('CallbackWidgetHarness', () => {
  async function setUp() {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    const fixture = TestBed.createComponent(HarnessHost);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { loader, controller: TestBed.inject(CallbackTestingController) };
  }

  it('finds every widget, or one by selector with with()', async () => {
    const { loader } = await setUp();
    expect((await loader.getAllHarnesses(CallbackWidgetHarness)).length).toBe(2);
    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    expect(await compact.getCountry()).toBeNull();
    const full = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    expect(await full.getCountry()).toBe('US');
  });

  it('fills and reads the fields', async () => {
    const { loader } = await setUp();
    const widget = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    await widget.setFirstName('Ada');
    await widget.setLastName('Lovelace');
    await widget.setPhoneNumber('06 12 34 56 78');
    await widget.setCountry('FR');
    await widget.setNotes('Hello');
    expect(await widget.getFirstName()).toBe('Ada');
    expect(await widget.getLastName()).toBe('Lovelace');
    expect(await widget.getPhoneNumber()).toBe('06 12 34 56 78');
    expect(await widget.getCountry()).toBe('FR');
    expect(await widget.getNotes()).toBe('Hello');
  });

  it('chooses days and slots by label or index, and says what is missing', async () => {
    const { loader, controller } = await setUp();
    const widget = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.full' }));
    await widget.choosePickDateTime();
    const days = await widget.getDays();
    expect(days.length).toBe(3);
    controller.expectAvailability().respond([]);
    await widget.chooseDay(days[2] as string);
    expect(await widget.getSelectedDay()).toBe(days[2] as string);
    controller.expectAvailability().respond([]);
    await expectAsync(widget.chooseDay(9)).toBeRejectedWithError('No day at index 9; there are 3.');
    await expectAsync(widget.chooseSlot('9:00 AM')).toBeRejectedWithError(/No slot "9:00 AM"/);
    await expectAsync(widget.pressKeysInSlots()).toBeRejectedWithError('No slot list is shown.');

    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    await expectAsync(compact.choosePickDateTime()).toBeRejected();
    await expectAsync(compact.setCountry('FR')).toBeRejectedWithError(/no country picker/);
  });
  it('filters widgets by state, and keeps with() typed for subclasses', async () => {
    const { loader, controller } = await setUp();
    expect(
      (await loader.getAllHarnesses(CallbackWidgetHarness.with({ state: 'form' }))).length,
    ).toBe(2);
    const compact = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.compact' }));
    await compact.setPhoneNumber('555 010 2030');
    await compact.submit();
    controller.expectSchedule().succeed({ id: 'cb-1' });
    // Both widgets share the environment's draft and booking, so both show it.
    const booked = await loader.getAllHarnesses(CallbackWidgetHarness.with({ state: 'booked' }));
    expect(booked.length).toBe(2);
    expect(await booked[0]!.getState()).toBe('booked');

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
