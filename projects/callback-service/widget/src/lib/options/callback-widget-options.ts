import { InjectionToken, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { CallbackError, ɵdefinedOnly as definedOnly } from 'ngx-genesys-callback';
import { CallbackBooking } from '../state/callback-booking';
import { CallbackWidgetDraft } from '../state/callback-widget-draft';

/**
 * What the callback widget shows. The names follow the Genesys Widgets `callback` and
 * `calendar` options they replace; each can also be set per widget through an input.
 * `countryCodes`, `immediateCallback` and `scheduledCallback` can also come from the core
 * `provideCallback()` config (as `window._genesys.widgets.callback` carries them).
 */
export interface CallbackWidgetOptions {
  /** Shows a country dial-code picker next to the phone number (Widgets `countryCodes`). */
  countryCodes?: boolean;
  /** Offers "as soon as possible" (Widgets `immediateCallback`). */
  immediateCallback?: boolean;
  /** Offers "pick date & time" with a day strip and time slots (Widgets `scheduledCallback`). */
  scheduledCallback?: boolean;
  /** Number of days in the day strip, from today, 1 to 31 (Widgets Calendar `numberOfDays`). */
  numberOfDays?: number;
  /** Hides full time slots instead of showing them disabled (Calendar `hideUnavailableTimeSlots`). */
  hideUnavailableTimeSlots?: boolean;
}

/** {@link CallbackWidgetOptions} with every option set. */
export type ResolvedCallbackWidgetOptions = Readonly<Required<CallbackWidgetOptions>>;

/** The options the widget uses when no input, `provideCallbackWidget()` or core config sets them. */
export const CALLBACK_WIDGET_DEFAULTS: ResolvedCallbackWidgetOptions =
  /* @__PURE__ */ Object.freeze({
    countryCodes: true,
    immediateCallback: true,
    scheduledCallback: true,
    numberOfDays: 5,
    hideUnavailableTimeSlots: false,
  });

/**
 * The widget options given to {@link provideCallbackWidget} for an environment, checked;
 * options it does not set fall through to the core config, then to
 * {@link CALLBACK_WIDGET_DEFAULTS}.
 */
export const CALLBACK_WIDGET_OPTIONS = new InjectionToken<Readonly<CallbackWidgetOptions>>(
  'CALLBACK_WIDGET_OPTIONS',
  { providedIn: 'root', factory: () => Object.freeze({}) },
);

/**
 * Merges `options` over the widget options of the core config (`countryCodes`,
 * `immediateCallback`, `scheduledCallback`) and {@link CALLBACK_WIDGET_DEFAULTS}, and checks
 * the result.
 *
 * @throws {CallbackError} `INVALID_CONFIG`, with `field` set, when both ways of calling back
 * are switched off or `numberOfDays` is not a whole number from 1 to 31.
 */
export function resolveCallbackWidgetOptions(
  options: CallbackWidgetOptions = {},
  config: Partial<ResolvedCallbackWidgetOptions> = {},
): ResolvedCallbackWidgetOptions {
  const resolved = {
    ...CALLBACK_WIDGET_DEFAULTS,
    ...definedOnly(config),
    ...normalizeCallbackWidgetOptions(options),
  };
  if (!resolved.immediateCallback && !resolved.scheduledCallback) {
    throw new CallbackError({
      code: 'INVALID_CONFIG',
      field: 'scheduledCallback',
      message:
        'Callback widget options: `immediateCallback` and `scheduledCallback` are both false ' +
        '(from the inputs, provideCallbackWidget() or the provideCallback() config); keep at least one.',
    });
  }
  return Object.freeze(resolved);
}

/**
 * Checks a `numberOfDays` value (option or input) and returns it.
 *
 * @throws {CallbackError} `INVALID_CONFIG` with `field: 'numberOfDays'` unless it is a whole
 * number from 1 to 31 (or `undefined`: not set).
 */
export function checkNumberOfDays(
  days: number | undefined,
  source = 'CallbackWidget',
): number | undefined {
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 31)) {
    throw new CallbackError({
      code: 'INVALID_CONFIG',
      field: 'numberOfDays',
      message: `${source}: \`numberOfDays\` must be a whole number from 1 to 31, got ${String(days)}.`,
    });
  }
  return days;
}

/**
 * Provides the options of every callback widget and dialog of an environment (the application,
 * or a lazy route), and a draft of the form scoped to it. Inputs of a widget override them;
 * they override the core config's `countryCodes`, `immediateCallback` and `scheduledCallback`.
 *
 * @throws {CallbackError} `INVALID_CONFIG` for options that leave no way to book or a
 * `numberOfDays` outside 1–31.
 *
 * @example
 * ```ts
 * bootstrapApplication(App, {
 *   providers: [
 *     provideHttpClient(),
 *     provideCallback({ dataURL: 'https://gms.example.com/genesys/1/service/callback/care' }),
 *     provideCallbackWidget({ immediateCallback: false, numberOfDays: 7 }),
 *   ],
 * });
 * ```
 */
export function provideCallbackWidget(options: CallbackWidgetOptions = {}): EnvironmentProviders {
  const normalized = normalizeCallbackWidgetOptions(options);
  // Checked alone: the core config may still switch a way of calling back on or off.
  if (normalized.immediateCallback === false && normalized.scheduledCallback === false) {
    resolveCallbackWidgetOptions(normalized);
  }
  return makeEnvironmentProviders([
    { provide: CALLBACK_WIDGET_OPTIONS, useValue: Object.freeze(normalized) },
    // A route that provides the widget gets its own draft and booking rather than the root's.
    CallbackWidgetDraft,
    CallbackBooking,
  ]);
}

/** The options as given, checked, unset ones left out. */
function normalizeCallbackWidgetOptions(
  options: CallbackWidgetOptions,
): Partial<ResolvedCallbackWidgetOptions> {
  checkNumberOfDays(options.numberOfDays, 'provideCallbackWidget()');
  return definedOnly(options);
}
