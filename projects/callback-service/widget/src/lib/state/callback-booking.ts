import { Injectable, inject, signal } from '@angular/core';
import { CallbackService, type ScheduleRequest, type ScheduleResult } from 'ngx-genesys-callback';
import { Subject, map, of, take, type Observable } from 'rxjs';
import { CallbackWidgetDraft } from './callback-widget-draft';

/** A booking sent and not answered yet (internal). */
export interface PendingBooking {
  /** The number as the confirmation will show it. */
  readonly phone: string;
}

/**
 * How a booking ended (internal). `owner` is the widget that sent it, if it is still there;
 * `seen` once a widget has shown it to the customer, `reported` once a widget output or a
 * dialog ref has told the app.
 */
export type SettledBooking = SettledOutcome & {
  readonly owner: object | null;
  seen: boolean;
  reported: boolean;
};

/** A booked callback, or the error of a failed booking and the time it asked for (epoch ms). */
type SettledOutcome =
  | { readonly result: ScheduleResult; readonly phone: string }
  | { readonly error: unknown; readonly desiredTime: number | null };

/**
 * The booking of the callback form, outside any view (internal). One per environment injector,
 * like the draft: it owns the `schedule()` subscription, so a booking sent from a widget lands
 * (the draft is cleared, the outcome kept for the next widget and the dialog ref) even when the
 * widget is destroyed first, e.g. by closing the dialog; and while it is in flight, no widget
 * of the environment can send a second one.
 */
@Injectable({ providedIn: 'root' })
export class CallbackBooking {
  private readonly callbacks = inject(CallbackService);
  private readonly draft = inject(CallbackWidgetDraft);
  private readonly settledSubject = new Subject<SettledBooking>();
  private last: SettledBooking | null = null;
  private owner: object | null = null;

  /** The booking in flight, or `null`. */
  readonly pending = signal<PendingBooking | null>(null);
  /** Emits each booking when it settles. */
  readonly settled$ = this.settledSubject.asObservable();

  /** Sends the booking for `owner` (a widget) unless one is in flight; returns whether it was sent. */
  start(request: ScheduleRequest, phone: string, owner: object): boolean {
    if (this.pending()) return false;
    this.pending.set({ phone });
    this.owner = owner;
    this.last = null;
    // schedule() sends at once and is not cancelled by unsubscribing; this subscription lives
    // as long as the environment, so nothing a view does can lose the outcome.
    this.callbacks.schedule(request).subscribe({
      next: (result) => this.settle({ result, phone }),
      error: (error: unknown) => this.settle({ error, desiredTime: timeOf(request) }),
    });
    return true;
  }

  /** Forgets `owner` as the sender of the booking in flight (the widget is destroyed). */
  release(owner: object): void {
    if (this.owner === owner) this.owner = null;
  }

  /** The last outcome if no widget has shown it yet; it counts as shown from now on. */
  takeUnseen(): SettledBooking | null {
    const last = this.last;
    if (!last || last.seen) return null;
    last.seen = true;
    return last;
  }

  /**
   * The result of the booking in flight, once it lands (`null` when it fails or none is in
   * flight); a dialog closed during the booking reports it this way.
   */
  reportPending(): Observable<ScheduleResult | null> {
    if (!this.pending()) return of(null);
    return this.settled$.pipe(
      take(1),
      map((settled) => {
        if (!('result' in settled)) return null;
        settled.reported = true;
        return settled.result;
      }),
    );
  }

  private settle(outcome: SettledOutcome): void {
    const settled: SettledBooking = { ...outcome, owner: this.owner, seen: false, reported: false };
    this.pending.set(null);
    this.owner = null;
    if ('result' in settled) this.draft.reset();
    this.last = settled;
    this.settledSubject.next(settled);
  }
}

function timeOf(request: ScheduleRequest): number | null {
  return request.desiredTime === undefined ? null : new Date(request.desiredTime).getTime();
}
