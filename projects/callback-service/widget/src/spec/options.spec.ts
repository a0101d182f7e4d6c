import { TestBed } from '@angular/core/testing';
import { CallbackError } from 'ngx-genesys-callback';
import { provideCallbackTesting } from 'ngx-genesys-callback/testing';
import {
  CALLBACK_WIDGET_DEFAULTS,
  CALLBACK_WIDGET_OPTIONS,
  CallbackWidget,
  provideCallbackWidget,
  resolveCallbackWidgetOptions,
} from '../public-api';
import { setUpWidget, useSpecClock } from './widget-test-helpers';

describe('CallbackWidget options', () => {
  useSpecClock();

  it('defaults to the Genesys Widgets defaults, and provides nothing unless told', () => {
    expect(CALLBACK_WIDGET_DEFAULTS).toEqual({
      countryCodes: true,
      immediateCallback: true,
      scheduledCallback: true,
      numberOfDays: 5,
      hideUnavailableTimeSlots: false,
    });
    expect(TestBed.inject(CALLBACK_WIDGET_OPTIONS)).toEqual({});
    expect(resolveCallbackWidgetOptions()).toEqual(CALLBACK_WIDGET_DEFAULTS);
  });

  it('refuses options that leave no way to book or a bad number of days, with INVALID_CONFIG', () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      return null;
    };
    const noWay = thrown(() =>
      provideCallbackWidget({ immediateCallback: false, scheduledCallback: false }),
    );
    expect(noWay).toBeInstanceOf(CallbackError);
    expect(noWay).toEqual(
      jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'scheduledCallback' }),
    );
    expect((noWay as Error).message).toMatch(
      /`immediateCallback` and `scheduledCallback` are both false/,
    );
    const badDays = thrown(() => provideCallbackWidget({ numberOfDays: 0 }));
    expect(badDays).toEqual(
      jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'numberOfDays' }),
    );
    expect((badDays as Error).message).toMatch(
      /`numberOfDays` must be a whole number from 1 to 31, got 0/,
    );
    expect(() => resolveCallbackWidgetOptions({ numberOfDays: 2.5 })).toThrowError(CallbackError);
  });

  it('lets inputs override the provided options', async () => {
    const { widget, fixture, controller } = await setUpWidget({ numberOfDays: 7 });
    fixture.componentRef.setInput('numberOfDays', 3);
    fixture.componentRef.setInput('immediateCallback', false);
    await fixture.whenStable();
    expect((await (await widget.getSlotPicker()).getDays()).length).toBe(3);
    controller.expectAvailability().respond([]);
  });

  describe('when no way to book is left', () => {
    function startWidget(inputs: Record<string, boolean>, config = {}): () => void {
      TestBed.configureTestingModule({
        providers: [provideCallbackTesting(config), provideCallbackWidget()],
      });
      const fixture = TestBed.createComponent(CallbackWidget);
      for (const [name, value] of Object.entries(inputs))
        fixture.componentRef.setInput(name, value);
      return () => fixture.detectChanges();
    }
    const noWayToBook = jasmine.objectContaining({
      name: 'CallbackError',
      code: 'INVALID_CONFIG',
      field: 'scheduledCallback',
      message: jasmine.stringMatching(/`immediateCallback` and `scheduledCallback` are both false/),
    });

    it('fails at start with INVALID_CONFIG when the inputs switch both ways off', () => {
      const start = startWidget({ immediateCallback: false, scheduledCallback: false });
      expect(start).toThrow(noWayToBook);
    });

    it('fails at start when an input switches off the one way the core config leaves', () => {
      const start = startWidget({ scheduledCallback: false }, { immediateCallback: false });
      expect(start).toThrow(noWayToBook);
    });

    it('refuses the same merge through resolveCallbackWidgetOptions()', () => {
      expect(() =>
        resolveCallbackWidgetOptions({ scheduledCallback: false }, { immediateCallback: false }),
      ).toThrow(noWayToBook);
    });
  });

  it('refuses a numberOfDays input outside 1–31 with INVALID_CONFIG', async () => {
    const { fixture } = await setUpWidget();
    expect(() => fixture.componentRef.setInput('numberOfDays', 40)).toThrow(
      jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'numberOfDays' }),
    );
  });

  describe('from the core config (provideCallback)', () => {
    it('hides the country picker and "as soon as possible" as the config says', async () => {
      const { widget, controller } = await setUpWidget({}, [], {
        countryCodes: false,
        immediateCallback: false,
      });
      expect(await (await widget.getPhoneField()).getCountry()).toBeNull();
      await expectAsync(widget.chooseAsSoonAsPossible()).toBeRejected();
      // "Pick date & time" only: the slots are shown at once.
      controller.expectAvailability().respond([]);
      expect((await (await widget.getSlotPicker()).getDays()).length).toBe(5);
    });

    it('ranks input over provideCallbackWidget() over the core config', async () => {
      const { widget, fixture, controller } = await setUpWidget({ countryCodes: true }, [], {
        countryCodes: false,
        immediateCallback: false,
      });
      // provideCallbackWidget() says countryCodes: true, over the core's false.
      expect(await (await widget.getPhoneField()).getCountry()).toBe('US');
      controller.expectAvailability().respond([]);
      // The input wins over both.
      fixture.componentRef.setInput('countryCodes', false);
      fixture.componentRef.setInput('immediateCallback', true);
      await fixture.whenStable();
      expect(await (await widget.getPhoneField()).getCountry()).toBeNull();
      await widget.chooseAsSoonAsPossible();
    });

    it('uses the defaults when neither the config nor the options say anything', async () => {
      const { widget } = await setUpWidget();
      expect(await (await widget.getPhoneField()).getCountry()).toBe('US');
      await widget.chooseAsSoonAsPossible();
    });
  });
});
