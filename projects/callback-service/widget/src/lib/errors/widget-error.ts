import { isCallbackError, type CallbackSlot } from 'ngx-genesys-callback';
import type { CallbackWidgetStrings } from '../strings/callback-widget-strings';

/** The form parts an error can be shown next to (internal). */
export type WidgetErrorTarget =
  'firstname' | 'lastname' | 'phonenumber' | 'subject' | 'time' | 'form';

/** A booking error as the widget shows it (internal). */
export interface WidgetError {
  /** Where it is shown. */
  readonly target: WidgetErrorTarget;
  /** Our own text, in the widget's language. */
  readonly message: string;
  /** The server's text, when it explains more; untrusted, so only ever bound as text. */
  readonly detail?: string;
  /** The GES correlation id, for support. */
  readonly reference?: string;
  /** Times the server proposed instead, offered as slots. */
  readonly proposals?: readonly CallbackSlot[];
  /** The server refused the time asked for (full, taken or closed): it is shown full. */
  readonly timeRefused?: boolean;
}

// GES status codes with a meaning for the form (Genesys Engage Callback API v3 reference).
const GES_INVALID_PHONE = 7030;
const GES_OFFICE_CLOSED = 7042;
// GMS (v1) names the phone field by its wire key in its 400 texts ("Mandatory parameter
// _customer_number is missing."); the Widgets form showed any such message as "Phone number is
// required.", so the widget puts it on the phone field.
const V1_PHONE_KEY = '_customer_number';
// The refusal of a full or closed slot ("selected time slot is not available").
const SLOT_NOT_AVAILABLE = /slot\b.*\bnot available/i;

/**
 * Turns what `schedule()` failed with into an error next to the part of the form it concerns:
 * GES 7030 and phone validation to the phone field, 7042 and proposals to the time, a timeout
 * to a warning that the booking may exist.
 */
export function toWidgetError(error: unknown, strings: CallbackWidgetStrings): WidgetError {
  if (!isCallbackError(error)) return { target: 'form', message: strings.generalError };
  const reference = error.correlationId;
  const extra = reference === undefined ? {} : { reference };
  const refusal = error.status === 400 ? (error.serverMessage ?? '') : '';
  if (
    error.serverCode === GES_INVALID_PHONE ||
    error.field === 'phonenumber' ||
    refusal.includes(V1_PHONE_KEY)
  ) {
    return { target: 'phonenumber', message: strings.phoneInvalid, ...extra };
  }
  if (error.code === 'INVALID_REQUEST') {
    switch (error.field) {
      case 'firstname':
      case 'lastname':
      case 'subject':
        return { target: error.field, message: strings.tooLong };
      case 'desiredTime':
        return { target: 'time', message: strings.selectTime };
    }
  }
  if (error.serverCode === GES_OFFICE_CLOSED) {
    return { target: 'time', message: strings.officeClosed, timeRefused: true, ...extra };
  }
  const proposals = (error.proposedSlots ?? []).filter((slot) => slot.capacity > 0);
  if (proposals.length > 0) {
    return { target: 'time', message: strings.proposals, proposals, timeRefused: true, ...extra };
  }
  if (SLOT_NOT_AVAILABLE.test(refusal)) {
    return { target: 'time', message: strings.slotTaken, timeRefused: true, ...extra };
  }
  switch (error.code) {
    case 'RATE_LIMITED':
      return { target: 'form', message: strings.rateLimited, ...extra };
    case 'TIMEOUT':
      return { target: 'form', message: strings.timeout };
    case 'NETWORK':
      return { target: 'form', message: strings.network };
  }
  // Like the Widgets form, the server's own words are shown for refusals (400) only: other
  // statuses carry texts meant for developers.
  const detail = error.status === 400 ? error.serverMessage : undefined;
  return {
    target: 'form',
    message: strings.generalError,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

/**
 * {@link toWidgetError}, and in development a `console.error` for the mistakes of the app
 * ({@link isDeveloperError}), which the customer only sees as "Something went wrong".
 */
export function toReportedWidgetError(error: unknown, strings: CallbackWidgetStrings): WidgetError {
  if (ngDevMode && isDeveloperError(error)) {
    console.error('CallbackWidget: the booking failed because of the set-up.', error);
  }
  return toWidgetError(error, strings);
}

/**
 * Whether `error` is a mistake of the app rather than of the customer or the network: a bad
 * config, a refused API key, or attached data the core refused. The customer only sees
 * "Something went wrong"; the developer needs the real message.
 */
export function isDeveloperError(error: unknown): boolean {
  if (!isCallbackError(error)) return true;
  return (
    error.code === 'INVALID_CONFIG' ||
    error.code === 'UNAUTHORIZED' ||
    (error.code === 'INVALID_REQUEST' && (error.field ?? '').startsWith('userData'))
  );
}
