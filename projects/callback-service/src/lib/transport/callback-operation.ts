/** The calls a protocol knows; error texts and retry safety depend on which one failed. */
export type CallbackOperation =
  'schedule' | 'availability' | 'cancel' | 'retrieve' | 'reschedule' | 'openFor';

/**
 * Whether repeating the operation is treated as harmless. `schedule` is not: a repeated POST
 * can book a second call. Nor is `reschedule`: it takes a seat in another slot, and its
 * contract is that of a booking (sent once, never retried).
 */
export function isIdempotent(operation: CallbackOperation): boolean {
  return operation !== 'schedule' && operation !== 'reschedule';
}
