/** The four calls a protocol knows; error texts and retry safety depend on which one failed. */
export type CallbackOperation = 'schedule' | 'availability' | 'cancel' | 'retrieve';

/**
 * Whether repeating the operation cannot change anything on the server beyond what one call
 * does. `schedule` is the one that is not: a repeated POST can book a second call.
 */
export function isIdempotent(operation: CallbackOperation): boolean {
  return operation !== 'schedule';
}
