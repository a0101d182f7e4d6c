import type { BookingRecord } from './booking/booking-record.js';
import type { SlotView } from './calendar/availability.js';
import { slotUtcText } from './calendar/time-zone.js';
import { errorHeaders, httpStatusOf, type ApiError, type ErrorKind } from './http/api-error.js';
import type { Reply } from './http/router.js';

const CALLBACK_EXCEPTIONS = 'com.genesyslab.gsg.services.callback.exceptions';
const GSG_EXCEPTION = 'com.genesyslab.gsg.GSGException';

// Java class names GMS puts in `exception`. Those real GMS answers are known to carry:
// CallbackExceptionNumber, CallbackExceptionNotFound, CallbackExceptionServiceUnavailable
// and GSGException. The others are the emulator's own, shaped alike.
const EXCEPTIONS: Readonly<Record<ErrorKind, string>> = {
  'invalid-phone': `${CALLBACK_EXCEPTIONS}.CallbackExceptionNumber`,
  'unknown-service': `${CALLBACK_EXCEPTIONS}.CallbackExceptionNotFound`,
  'callback-not-found': `${CALLBACK_EXCEPTIONS}.CallbackExceptionNotFound`,
  'slot-full': `${CALLBACK_EXCEPTIONS}.CallbackExceptionAvailability`,
  'office-closed': `${CALLBACK_EXCEPTIONS}.CallbackExceptionOfficeClosed`,
  'daily-limit': `${CALLBACK_EXCEPTIONS}.CallbackExceptionServiceUnavailable`,
  'not-cancellable': `${CALLBACK_EXCEPTIONS}.CallbackExceptionInvalidState`,
  'not-reschedulable': `${CALLBACK_EXCEPTIONS}.CallbackExceptionInvalidState`,
  'invalid-parameter': GSG_EXCEPTION,
  'malformed-body': GSG_EXCEPTION,
  'body-too-large': GSG_EXCEPTION,
  unauthorized: GSG_EXCEPTION,
  'route-not-found': GSG_EXCEPTION,
  'method-not-allowed': GSG_EXCEPTION,
  'forbidden-origin': GSG_EXCEPTION,
  'forbidden-host': GSG_EXCEPTION,
  'unsupported-media-type': GSG_EXCEPTION,
  injected: GSG_EXCEPTION,
  internal: GSG_EXCEPTION,
};

/**
 * Renders an error as GMS does: `{ message, exception }`, plus the `availability` map of
 * proposed slots on a 429, and `Retry-After` / `Allow` headers when the error has them.
 */
export function renderV1Error(error: ApiError): Reply {
  const body: Record<string, unknown> = {
    message: error.message,
    exception: EXCEPTIONS[error.kind],
  };
  if (error.details.proposals !== undefined) body['availability'] = error.details.proposals;
  return { status: httpStatusOf(error, 'v1'), body, headers: errorHeaders(error) };
}

/**
 * A booking as a GMS callback record: the system keys GMS always returns (`_id`,
 * `_service_name`, `_callback_state`, `_desired_time`, `_customer_number`, …) over the
 * attached data, which stays at the top level as GMS keeps it.
 */
export function toV1Record(record: BookingRecord): Record<string, unknown> {
  return {
    ...record.userData,
    ...record.options,
    _id: record.id,
    _service_name: record.serviceName,
    _callback_state: record.state,
    ...(record.reason === undefined ? {} : { _callback_reason: record.reason }),
    _desired_time: record.desiredTime,
    _customer_number: record.phoneNumber,
    _request_time: record.createdAt,
  };
}

/**
 * Filters records by GMS query parameters: each `key=value` compares a record field as
 * text, a leading `!` negates (`_callback_state=!COMPLETED`), and `operand=OR` joins the
 * conditions with OR instead of the default AND.
 */
export function filterV1Records(
  records: readonly Record<string, unknown>[],
  query: URLSearchParams,
): Record<string, unknown>[] {
  const conditions: { key: string; value: string; negate: boolean }[] = [];
  let useOr = false;
  for (const [key, raw] of query) {
    if (key === 'operand') {
      useOr = raw.toUpperCase() === 'OR';
      continue;
    }
    const negate = raw.startsWith('!');
    conditions.push({ key, value: negate ? raw.slice(1) : raw, negate });
  }
  if (conditions.length === 0) return [...records];
  return records.filter((record) => {
    const results = conditions.map(({ key, value, negate }) => {
      const field = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
      const equal =
        field !== undefined &&
        field !== null &&
        typeof field !== 'object' &&
        String(field) === value;
      return negate ? !equal : equal;
    });
    return useOr ? results.some(Boolean) : results.every(Boolean);
  });
}

/**
 * The GMS availability answer `{ "<ISO UTC>": freeSeats, … }` in slot order. Assembled as
 * text from the remembered slot instants (one join, one flat string) instead of building
 * and serialising an object with a hundred keys per request.
 */
export function v1AvailabilityReply(slots: readonly SlotView[]): Reply {
  const parts: string[] = ['{'];
  for (const slot of slots) {
    if (parts.length > 1) parts.push(',');
    // ISO instants hold no character JSON would escape.
    parts.push('"', slotUtcText(slot.startMs), '":', String(slot.free));
  }
  parts.push('}');
  return { status: 200, body: undefined, json: parts.join('') };
}
