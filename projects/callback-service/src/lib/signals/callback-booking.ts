import { signal, type Signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { CallbackService } from '../callback.service';
import type { CallbackError } from '../errors/callback-error';
import type { ScheduleRequest, ScheduleResult } from '../models/schedule';
import { callbackInjector, type CallbackSignalOptions } from './callback-resource';

/** Where a {@link CallbackBookingState} stands. */
export type CallbackBookingStatus = 'idle' | 'sending' | 'booked' | 'failed';

/**
 * One booking form's state as signals, from {@link injectCallbackBooking}: what a component
 * would otherwise keep by hand (a "sending" flag, the result, the error, a double-submit guard).
 */
export interface CallbackBookingState {
  /** `'idle'` before the first booking and after `reset()`, then `'sending'`, `'booked'` or `'failed'`. */
  readonly status: Signal<CallbackBookingStatus>;
  /** The booked callback once `status()` is `'booked'`. */
  readonly result: Signal<ScheduleResult | undefined>;
  /** Why the last booking failed, once `status()` is `'failed'`. */
  readonly error: Signal<CallbackError | undefined>;
  /**
   * Books a callback through `CallbackService.schedule()`: eager (sent at the call, whether
   * the result is subscribed or not), never retried, and never aborted, not even by the
   * destruction of the component. While `status()` is `'sending'` it sends nothing and
   * returns the booking in flight, whatever `request` holds: a second click never books a
   * second call.
   */
  book(request: ScheduleRequest): Observable<ScheduleResult>;
  /**
   * Back to `'idle'`, forgetting the result and the error (a "book another" button). Ignored
   * while sending: that booking cannot be taken back, and the state must still report how it
   * ended.
   */
  reset(): void;
}

/**
 * Creates the state of one booking form over `CallbackService.schedule()`. Call it in an
 * injection context (a field initializer), or pass `injector`.
 *
 * @example
 * ```ts
 * export class CallMeBack {
 *   readonly booking = injectCallbackBooking();
 *   readonly phone = signal('');
 *   submit() {
 *     this.booking.book({ phonenumber: this.phone() });
 *   }
 * }
 * // template:
 * // <button (click)="submit()" [disabled]="booking.status() === 'sending'">Call me back</button>
 * // @if (booking.result(); as booked) { Booked: {{ booked.id }} }
 * // @if (booking.error(); as e) { <p role="alert">{{ e.message }}</p> }
 * ```
 */
export function injectCallbackBooking(options?: CallbackSignalOptions): CallbackBookingState {
  const callbacks = callbackInjector(injectCallbackBooking, options).get(CallbackService);
  return new BookingState(callbacks);
}

class BookingState implements CallbackBookingState {
  private readonly _status = signal<CallbackBookingStatus>('idle');
  private readonly _result = signal<ScheduleResult | undefined>(undefined);
  private readonly _error = signal<CallbackError | undefined>(undefined);
  private inFlight?: Observable<ScheduleResult>;

  readonly status = this._status.asReadonly();
  readonly result = this._result.asReadonly();
  readonly error = this._error.asReadonly();

  constructor(private readonly callbacks: CallbackService) {}

  book(request: ScheduleRequest): Observable<ScheduleResult> {
    if (this.inFlight) return this.inFlight;
    this._status.set('sending');
    this._result.set(undefined);
    this._error.set(undefined);
    const outcome = this.callbacks.schedule(request);
    this.inFlight = outcome;
    // schedule() replays its outcome, so this subscription (made first) updates the state
    // before the caller's own subscribers hear of it. It is deliberately not tied to any
    // DestroyRef: a booking is never aborted.
    outcome.subscribe({
      next: (result) => {
        this.inFlight = undefined;
        this._result.set(result);
        this._status.set('booked');
      },
      error: (error: unknown) => {
        this.inFlight = undefined;
        // schedule() fails only with a CallbackError (validation or the server's answer).
        this._error.set(error as CallbackError);
        this._status.set('failed');
      },
    });
    return outcome;
  }

  reset(): void {
    if (this.inFlight) return;
    this._status.set('idle');
    this._result.set(undefined);
    this._error.set(undefined);
  }
}
