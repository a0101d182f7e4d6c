import { Observable, Subject, type Subscription } from 'rxjs';

/**
 * What the core used RxJS `share()` for, in a few lines over `Subject`: every subscriber at
 * the same time shares one subscription to `source`; when the last one leaves, that
 * subscription ends (an HTTP request is aborted); once `source` has settled, the next
 * subscriber starts afresh.
 */
export function shareWhileSubscribed<T>(source: Observable<T>): Observable<T> {
  let hub: Subject<T> | undefined;
  let connection: Subscription | undefined;
  let subscribers = 0;
  return new Observable<T>((subscriber) => {
    const current = (hub ??= new Subject<T>());
    subscribers++;
    const inner = current.subscribe(subscriber);
    if (connection === undefined && hub === current) {
      let settled = false;
      // A settled source is forgotten before its subscribers hear of it, so that one who
      // subscribes again from their handler starts a new subscription.
      const settle = () => {
        settled = true;
        if (hub === current) hub = connection = undefined;
      };
      const subscription = source.subscribe({
        next: (value) => current.next(value),
        error: (error: unknown) => {
          settle();
          current.error(error);
        },
        complete: () => {
          settle();
          current.complete();
        },
      });
      if (!settled) connection = subscription;
    }
    return () => {
      inner.unsubscribe();
      if (--subscribers === 0 && hub === current) {
        const ending = connection;
        hub = connection = undefined;
        ending?.unsubscribe();
      }
    };
  });
}
