import { describeValue } from '../internal/describe-value';
import { formatUtc, parseInstant } from './instant';
import { invalidRequest } from './request-errors';
import { validateCallbackId } from './validate-callback-id';

/** The arguments of `reschedule()` that passed validation, in wire-ready form. */
export interface ValidatedReschedule {
  /** The callback id, trimmed. */
  readonly id: string;
  /** The new time, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly desiredTime: string;
}

/**
 * Checks the arguments of `reschedule()` before anything is sent. Unlike a booking, a move
 * needs a time: "as soon as possible" is not a reschedule.
 *
 * @throws {CallbackError} `INVALID_REQUEST` with `field` `id` or `desiredTime`.
 */
export function validateReschedule(id: unknown, desiredTime: unknown): ValidatedReschedule {
  const validId = validateCallbackId(id);
  if (desiredTime === undefined || desiredTime === null || desiredTime === '') {
    throw invalidRequest(
      'desiredTime',
      ngDevMode && '`desiredTime` is required: reschedule() moves a callback to a new time.',
    );
  }
  const time = parseInstant(desiredTime);
  if (time === null) {
    throw invalidRequest(
      'desiredTime',
      ngDevMode &&
        `\`desiredTime\` must be a valid Date or an ISO-8601 instant with an offset such as 2026-05-02T13:00:00.000Z, got ${describeValue(desiredTime)}.`,
    );
  }
  return { id: validId, desiredTime: formatUtc(time) };
}
