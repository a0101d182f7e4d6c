import { EnvironmentInjector, Injectable, computed, inject } from '@angular/core';
import {
  injectCallbackBooking,
  type ScheduleRequest,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import { Subject, map, of, take, type Observable } from 'rxjs';
import { CallbackWidgetDraft } from './callback-widget-draft';

/** How a booking ended (internal): the booked callback, or the error and the time it asked for. */
export type BookingOutcome =
  | { readonly result: ScheduleResult; readonly phone: string }
  | { readonly error: unknown; readonly desiredTime: number | null };

/**
 * The booking of the callback form and its outcome, outside any view (internal): the one owner
 * of who sent it, whether a view has shown how it ended, and whether the app was told. One per
 * environment injector, like the draft. The booking itself (sending, result, error, no second
 * booking while one is in flight) is a `CallbackBookingState` of that environment injector, so
 * a booking sent from a widget lands (the draft is cleared, the outcome kept for the next view)
 * even when the widget is destroyed first, e.g. by closing the dialog; and while it is in
 * flight, no widget of the environment can send a second one.
 *
 * The app is told of a booked callback once: by its sender (the widget that sent it); if the
 * sender is gone, by whoever {@link adopt}s it (the ref of a dialog closed during the booking),
 * else by the first view that shows it.
 */
@Injectable({ providedIn: 'root' })
export class CallbackBooking {
  // Created in the environment injector, not a view's: no view's end can touch the booking.
  private readonly state = injectCallbackBooking({ injector: inject(EnvironmentInjector) });
  private readonly draft = inject(CallbackWidgetDraft);
  private readonly toViews = new Subject<BookingOutcome>();
  private readonly toAdopters = new Subject<BookingOutcome>();
  private sender: object | null = null;
  // What the outcome needs beyond the state's result and error: the number as the
  // confirmation shows it, and the instant asked for (to show it full if the server refuses it).
  private phone = '';
  private desiredTime: number | null = null;
  private lastShown = false;
  private lastReported = false;

  /** A booking of this environment is in flight. */
  readonly sending = computed(() => this.state.status() === 'sending');
  /** Emits how each booking ended to the views shown when it settles. */
  readonly settled$ = this.toViews.asObservable();

  /** Sends the booking for `sender` unless one is in flight; returns whether it was sent. */
  start(request: ScheduleRequest, phone: string, sender: object): boolean {
    // book() would hand back the booking in flight; the sender and the number must stay its.
    if (this.sending()) return false;
    this.sender = sender;
    this.phone = phone;
    const desiredTime = timeOf(request);
    this.desiredTime = desiredTime;
    // The state subscribed first, so it has settled when this subscriber hears the outcome.
    this.state.book(request).subscribe({
      next: (result) => this.settle({ result, phone }),
      error: (error: unknown) => this.settle({ error, desiredTime }),
    });
    return true;
  }

  /** Forgets `sender` (a destroyed widget) as the one to tell the app of the booking. */
  release(sender: object): void {
    if (this.sender === sender) this.sender = null;
  }

  /**
   * Makes `adopter` the one to tell the app of the booking in flight, if its sender is gone,
   * and returns the booked result once it lands (`null` if it fails, or if there is nothing to
   * adopt).
   */
  adopt(adopter: object): Observable<ScheduleResult | null> {
    if (!this.sending() || this.sender !== null) return of(null);
    this.sender = adopter;
    return this.toAdopters.pipe(
      take(1),
      map(() => this.claimResult(adopter)),
    );
  }

  /** The last outcome if no view has shown it yet; it counts as shown from now on. */
  takeUnshown(): BookingOutcome | null {
    if (this.lastShown) return null;
    this.lastShown = true;
    return this.outcome();
  }

  /**
   * The booked result, for `claimant` to tell the app, if it is the one to (see the class
   * comment) and nobody did yet; `null` otherwise.
   */
  claimResult(claimant: object): ScheduleResult | null {
    const result = this.state.result();
    if (!result || this.lastReported) return null;
    if (this.sender !== null && this.sender !== claimant) return null;
    this.lastReported = true;
    return result;
  }

  /** How the last booking ended, from the state; `null` before one ends. */
  private outcome(): BookingOutcome | null {
    const result = this.state.result();
    if (result) return { result, phone: this.phone };
    const error = this.state.error();
    return error ? { error, desiredTime: this.desiredTime } : null;
  }

  private settle(outcome: BookingOutcome): void {
    if ('result' in outcome) this.draft.reset();
    this.lastReported = false;
    // Shown now if a view is there to show it; else the next view to appear shows it.
    this.lastShown = this.toViews.observed;
    this.toViews.next(outcome);
    this.toAdopters.next(outcome);
    this.sender = null;
  }
}

function timeOf(request: ScheduleRequest): number | null {
  return request.desiredTime === undefined ? null : new Date(request.desiredTime).getTime();
}
