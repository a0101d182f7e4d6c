import type { CallbackService, CallbackStatus } from 'ngx-genesys-callback';
import { Observable, type Subscription } from 'rxjs';

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
  // A plain loop of timeouts rather than RxJS operators and `timer()`: their code (and the
  // scheduler's) would weigh on the widget's initial bundle for this one use.
  return new Observable<CallbackStatus>((subscriber) => {
    let read: Subscription | undefined;
    let pause: ReturnType<typeof setTimeout> | undefined;
    const ask = (attempt: number): void => {
      read = callbacks.retrieve(id).subscribe({
        next: (status) => {
          subscriber.next(status);
          if (status.state === 'QUEUED') pause = setTimeout(() => ask(attempt + 1), delay(attempt));
          else subscriber.complete();
        },
        error: () => subscriber.complete(),
      });
    };
    ask(0);
    return () => {
      clearTimeout(pause);
      read?.unsubscribe();
    };
  });
}

function delay(attempt: number): number {
  return QUEUE_POLL_DELAYS_MS[Math.min(attempt, QUEUE_POLL_DELAYS_MS.length - 1)] ?? 60_000;
}
