import { describeValue } from '../internal/describe-value';
import { invalidRequest } from './request-errors';

const MAX_ID_LENGTH = 200;

/**
 * Checks a callback id given to `cancel()` or `retrieve()`.
 *
 * @throws {CallbackError} `INVALID_REQUEST` with `field: 'id'`.
 */
export function validateCallbackId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) {
    throw invalidRequest(
      'id',
      ngDevMode &&
        `The callback id must be a non-empty string of at most ${MAX_ID_LENGTH} characters, got ${describeValue(id)}.`,
    );
  }
  return id.trim();
}
