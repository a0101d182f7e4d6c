import { Observable, Subject, type Observer } from 'rxjs';

/**
 * What the core used `ReplaySubject(1)` for, in a few lines over the `Subject` every Angular
 * app already carries: it keeps the last value and hands it to each new subscriber before the
 * live ones; once it has errored or completed, late subscribers get that too (after the last
 * value). Feed it with `source.subscribe(replay)`; hand out `replay.observable`.
 */
export class ReplayLast<T> implements Observer<T> {
  private readonly live = new Subject<T>();
  private last?: { readonly value: T };
  private settled = false;

  /** The read side: replays the last value, then follows the live stream. */
  readonly observable: Observable<T> = new Observable<T>((subscriber) => {
    if (this.last) subscriber.next(this.last.value);
    return this.live.subscribe(subscriber);
  });

  /** Keeps `value` as the last one and passes it on. */
  next(value: T): void {
    // Like a stopped Subject, a settled replay takes no more values.
    if (this.settled) return;
    this.last = { value };
    this.live.next(value);
  }

  /** Ends the stream with `error`, for current and late subscribers. */
  error(error: unknown): void {
    this.settled = true;
    this.live.error(error);
  }

  /** Ends the stream, for current and late subscribers. */
  complete(): void {
    this.settled = true;
    this.live.complete();
  }
}
