import { describeValue } from '../internal/describe-value';
import { invalidRequest } from './request-errors';
import { pathSegmentProblem } from './wire-text';

// Server ids are passed on unaltered, however long; this bound only keeps the request line
// (v1 puts the id in the path) well below the 8 KB that servers and proxies accept.
const MAX_ID_LENGTH = 4096;

/**
 * Checks a callback id given to `cancel()`, `retrieve()` or `reschedule()`: v1 puts it in the
 * request path, so it must also be a usable path segment. A valid id is returned unaltered.
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
  // Sent as given, surrounding spaces included: the id is the server's, not ours to edit.
  const problem = pathSegmentProblem('id', id);
  if (problem !== null) throw invalidRequest('id', ngDevMode && problem);
  return id;
}
