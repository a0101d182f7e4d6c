import type { BookingRecord } from './booking/booking-record.js';
import type { QueueInfo } from './booking/booking-service.js';
import { errorHeaders, httpStatusOf, type ApiError, type ErrorKind } from './http/api-error.js';
import type { Reply } from './http/router.js';

/** `status.code` of a successful GES answer (the real value is not documented). */
export const V3_SUCCESS_CODE = 0;

// GES `status.code` values. 7030/7036/7040/7041/7042, 501 (invalid parameters) and 1103
// (missing apikey) are the codes the Widgets UI localises (genesys-reference §3.5); other
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
  unauthorized: 1103,
};

/** The GES success envelope `{ status: { code, message: "Successful", corrId }, data }`. */
export function v3Success(corrId: string, data: unknown): Reply {
  return {
    status: 200,
    body: { status: { code: V3_SUCCESS_CODE, message: 'Successful', corrId }, data },
  };
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
