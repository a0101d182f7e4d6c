import { optionalInstantField } from './instant-field';
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
  return { id: validId, desiredTime: optionalInstantField(desiredTime, 'desiredTime') as string };
}
