import type { CallbackService, CallbackStatus } from 'ngx-genesys-callback';
import { EMPTY, catchError, concat, mergeMap, of, timer, type Observable } from 'rxjs';

/**
 * The pauses between two reads of a queued callback's state: quick at first, when the wait
 * moves most, then at most once a minute so a long wait does not keep the server busy.
 */
export const QUEUE_POLL_DELAYS_MS: readonly number[] = [5_000, 10_000, 20_000, 40_000, 60_000];

/**
 * Reads the state of an immediate callback with `retrieve()` now, then again after each of
 * {@link QUEUE_POLL_DELAYS_MS} (the last one repeated) while it is `QUEUED` (internal). It
 * emits every status read and completes after the first that is not `QUEUED`. A failed read
 * ends it quietly: the wait is extra information, the confirmation stands without it.
 * Unsubscribing stops it (and aborts a read in flight).
 */
export function watchQueue(callbacks: CallbackService, id: string): Observable<CallbackStatus> {
  const read = (attempt: number): Observable<CallbackStatus> =>
    callbacks.retrieve(id).pipe(
      mergeMap((status) =>
        status.state === 'QUEUED'
          ? concat(of(status), timer(pollDelay(attempt)).pipe(mergeMap(() => read(attempt + 1))))
          : of(status),
      ),
      catchError(() => EMPTY),
    );
  return read(0);
}

function pollDelay(attempt: number): number {
  const last = QUEUE_POLL_DELAYS_MS.length - 1;
  return QUEUE_POLL_DELAYS_MS[Math.min(attempt, last)] ?? 60_000;
}
