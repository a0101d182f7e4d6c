import { InjectionToken, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { CallbackWidgetDraft } from '../state/callback-widget-draft';

/**
 * What the callback widget shows. The names follow the Genesys Widgets `callback` and
 * `calendar` options they replace; each can also be set per widget through an input.
 */
export interface CallbackWidgetOptions {
  /** Shows a country dial-code picker next to the phone number (Widgets `countryCodes`). */
  countryCodes?: boolean;
  /** Offers "as soon as possible" (Widgets `immediateCallback`). */
  immediateCallback?: boolean;
  /** Offers "pick date & time" with a day strip and time slots (Widgets `scheduledCallback`). */
  scheduledCallback?: boolean;
  /** Number of days in the day strip, from today (Widgets Calendar `numberOfDays`). */
  numberOfDays?: number;
  /** Hides full time slots instead of showing them disabled (Calendar `hideUnavailableTimeSlots`). */
  hideUnavailableSlots?: boolean;
}

/** {@link CallbackWidgetOptions} with every option set. */
export type ResolvedCallbackWidgetOptions = Readonly<Required<CallbackWidgetOptions>>;

/** The options the widget uses when neither `provideCallbackWidget()` nor an input sets them. */
export const CALLBACK_WIDGET_DEFAULTS: ResolvedCallbackWidgetOptions = Object.freeze({
  countryCodes: true,
  immediateCallback: true,
  scheduledCallback: true,
  numberOfDays: 5,
  hideUnavailableSlots: false,
});

/** The widget options of the environment; set them with {@link provideCallbackWidget}. */
export const CALLBACK_WIDGET_OPTIONS = new InjectionToken<ResolvedCallbackWidgetOptions>(
  'CALLBACK_WIDGET_OPTIONS',
  { providedIn: 'root', factory: () => CALLBACK_WIDGET_DEFAULTS },
);

/**
 * Merges `options` over {@link CALLBACK_WIDGET_DEFAULTS} and checks them.
 *
 * @throws {Error} when both ways of calling back are switched off, or `numberOfDays` is not a
 * whole number from 1 to 31.
 */
export function resolveCallbackWidgetOptions(
  options: CallbackWidgetOptions = {},
): ResolvedCallbackWidgetOptions {
  const resolved = { ...CALLBACK_WIDGET_DEFAULTS, ...withoutUndefined(options) };
  if (!resolved.immediateCallback && !resolved.scheduledCallback) {
    throw new Error(
      'provideCallbackWidget(): `immediateCallback` and `scheduledCallback` are both false; keep at least one.',
    );
  }
  const days = resolved.numberOfDays;
  if (!Number.isInteger(days) || days < 1 || days > 31) {
    throw new Error(
      `provideCallbackWidget(): \`numberOfDays\` must be a whole number from 1 to 31, got ${String(days)}.`,
    );
  }
  return Object.freeze(resolved);
}

/**
 * Provides the options of every callback widget and dialog of an environment (the application,
 * or a lazy route), and a draft of the form scoped to it. Inputs of a widget override them.
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
  return makeEnvironmentProviders([
    { provide: CALLBACK_WIDGET_OPTIONS, useValue: resolveCallbackWidgetOptions(options) },
    // A route that provides the widget gets its own draft rather than sharing the root's.
    CallbackWidgetDraft,
  ]);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
