import { TestBed } from '@angular/core/testing';
import {
  CALLBACK_WIDGET_OPTIONS,
  provideCallbackWidget,
  resolveCallbackWidgetOptions,
} from '../public-api';
import { setUpWidget } from './widget-spec-helpers.spec';

describe('CallbackWidget options', () => {
  it('defaults to the Genesys Widgets defaults', () => {
    expect(TestBed.inject(CALLBACK_WIDGET_OPTIONS)).toEqual({
      countryCodes: true,
      immediateCallback: true,
      scheduledCallback: true,
      numberOfDays: 5,
      hideUnavailableSlots: false,
    });
  });

  it('refuses options that leave no way to book or a bad number of days', () => {
    expect(() =>
      provideCallbackWidget({ immediateCallback: false, scheduledCallback: false }),
    ).toThrowError(/`immediateCallback` and `scheduledCallback` are both false/);
    expect(() => resolveCallbackWidgetOptions({ numberOfDays: 0 })).toThrowError(
      /`numberOfDays` must be a whole number from 1 to 31, got 0/,
    );
  });

  it('lets inputs override the provided options', async () => {
    const { widget, fixture, controller } = await setUpWidget({ numberOfDays: 7 });
    fixture.componentRef.setInput('numberOfDays', 3);
    fixture.componentRef.setInput('immediateCallback', false);
    await fixture.whenStable();
    expect((await widget.getDays()).length).toBe(3);
    controller.expectAvailability().respond([]);
  });
});
