import type { BookingRecord } from './booking/booking-record.js';
import type { QueueInfo } from './booking/booking-service.js';
import type { SlotView } from './calendar/availability.js';
import { formatLocal, slotUtcText, type TimeZone } from './calendar/time-zone.js';
import { errorHeaders, httpStatusOf, type ApiError, type ErrorKind } from './http/api-error.js';
import type { Reply } from './http/router.js';

/** `status.code` of a successful GES answer (the real value is not documented). */
export const V3_SUCCESS_CODE = 0;

// GES `status.code` values. 7030/7036/7040/7041/7042, 501 (invalid parameters) and 1103
// (missing apikey) are the codes the Genesys Widgets Callback form words itself; other
// failures carry their HTTP status as code.
const CODES: Partial<Readonly<Record<ErrorKind, number>>> = {
  'invalid-phone': 7030,
  'daily-limit': 7036,
  'unknown-service': 7040,
  'slot-full': 7041,
  'office-closed': 7042,
  'invalid-parameter': 501,
  'malformed-body': 501,
  'not-cancellable': 501,
  'not-reschedulable': 501,
  unauthorized: 1103,
};

/** The GES success envelope `{ status: { code, message: "Successful", corrId }, data }`. */
export function v3Success(corrId: string, data: unknown): Reply {
  return {
    status: 200,
    body: { status: { code: V3_SUCCESS_CODE, message: 'Successful', corrId }, data },
  };
}

// Per zone and slot start, the slot's JSON as last rendered: seat counts rarely change
// between two requests, so the same text is reused until they do.
interface SlotText {
  readonly free: number;
  readonly total: number;
  readonly text: string;
}
const slotTexts = new WeakMap<TimeZone, Map<number, SlotText>>();
const SLOT_TEXT_LIMIT = 50_000;

/**
 * The GES availability answer `{ status, data: { slots, durationMin, timezone } }`, with
 * `slots` as `{ utcTime, localTime, capacity, total }`. It is the largest answer by far
 * (96 slots a day), so its text is assembled from remembered per-slot texts instead of
 * serialising a fresh object tree each time.
 */
export function v3AvailabilityReply(
  corrId: string,
  slots: readonly SlotView[],
  zone: TimeZone,
  durationMin: number,
): Reply {
  let texts = slotTexts.get(zone);
  if (texts === undefined) {
    texts = new Map();
    slotTexts.set(zone, texts);
  }
  const status = JSON.stringify({ code: V3_SUCCESS_CODE, message: 'Successful', corrId });
  // One join over every part gives one flat string: template-literal concatenation would
  // leave a rope that the socket write has to flatten (and the cached texts likewise).
  const parts: string[] = [`{"status":${status},"data":{"slots":[`];
  for (const { startMs, free, total } of slots) {
    let known = texts.get(startMs);
    if (known === undefined || known.free !== free || known.total !== total) {
      const slot = {
        utcTime: slotUtcText(startMs),
        localTime: formatLocal(startMs, zone),
        capacity: free,
        total,
      };
      known = { free, total, text: JSON.stringify(slot) };
      if (texts.size >= SLOT_TEXT_LIMIT) texts.clear();
      texts.set(startMs, known);
    }
    if (parts.length > 1) parts.push(',');
    parts.push(known.text);
  }
  parts.push(`],"durationMin":${durationMin},"timezone":${JSON.stringify(zone.canonicalName)}}}`);
  return { status: 200, body: undefined, json: parts.join('') };
}

/**
 * Renders an error as GES does: `{ status: { code, message, corrId } }`, with the proposed
 * slots of a 429 in `data.slots` as an `{ isoTime: capacity }` hash.
 */
export function renderV3Error(error: ApiError, corrId: string): Reply {
  const status = httpStatusOf(error, 'v3');
  const body: Record<string, unknown> = {
    status: { code: CODES[error.kind] ?? status, message: error.message, corrId },
  };
  if (error.details.proposals !== undefined) body['data'] = { slots: error.details.proposals };
  return { status, body, headers: errorHeaders(error) };
}

/** A booking as GES `retrieve` reports it. */
export function toV3Callback(
  record: BookingRecord,
  queue: QueueInfo | undefined,
): Record<string, unknown> {
  return {
    id: record.id,
    serviceName: record.serviceName,
    desiredTime: record.desiredTime,
    callbackState: record.state,
    ...(record.reason === undefined ? {} : { callbackReason: record.reason }),
    phoneNumber: record.phoneNumber,
    ...(queue === undefined
      ? {}
      : { positionInQueue: queue.positionInQueue, estimatedWaitTime: queue.estimatedWaitTime }),
  };
}
