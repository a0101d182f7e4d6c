import type { DialogRef } from '@angular/cdk/dialog';
import type { ScheduleResult } from 'ngx-genesys-callback';
import { ReplaySubject, concatMap, map, of, take, type Observable } from 'rxjs';
import type { CallbackBooking } from '../state/callback-booking';

/**
 * How a callback dialog ended: a callback was booked (and is still booked), the customer booked
 * and then cancelled it, or the dialog was closed without booking.
 */
export type CallbackDialogOutcome =
  | {
      /** A callback was booked from the dialog. */
      readonly status: 'booked';
      /** The booked callback. */
      readonly result: ScheduleResult;
    }
  | {
      /** A callback was booked, then cancelled from the confirmation. */
      readonly status: 'cancelled';
      /** The id of the cancelled callback. */
      readonly id: string;
    }
  | {
      /** Closed without booking. */
      readonly status: 'closed';
    };

/** What the dialog's content can be asked to do (internal). */
export interface ClosableCallbackDialog {
  /** Closes at once, with the outcome so far. */
  close(): void;
  /** Closes, after asking when the form holds input that was not booked. */
  requestClose(): void;
}

/** The parts of the CDK `DialogRef` the callback ref uses (internal). */
export type CallbackCdkDialogRef = Pick<
  DialogRef<CallbackDialogOutcome, ClosableCallbackDialog>,
  'id' | 'closed' | 'close' | 'componentInstance'
>;

/**
 * A callback dialog opened by `CallbackDialog.open()`: tells how it ended, and closes it.
 *
 * @example
 * ```ts
 * callbackDialog.open({ form: { desiredTime: 'now' } }).closed.subscribe((outcome) => {
 *   if (outcome.status === 'booked') console.log('callback', outcome.result.id);
 * });
 * ```
 */
export class CallbackDialogRef {
  /**
   * Emits how the dialog ended once, when it closes, then completes; replayed to late
   * subscribers, like the CDK `DialogRef.closed`. A dialog closed while its booking is in
   * flight emits when the booking lands: `booked` if it succeeded, else `closed`.
   */
  readonly closed: Observable<CallbackDialogOutcome>;

  /** @internal Created by `CallbackDialog.open()`. */
  constructor(
    private readonly dialogRef: CallbackCdkDialogRef,
    booking: CallbackBooking,
  ) {
    // Subscribed at once: the outcome must be kept even if nobody listens before the close.
    const outcome = new ReplaySubject<CallbackDialogOutcome>(1);
    dialogRef.closed
      .pipe(
        take(1),
        concatMap((ended) =>
          ended && ended.status !== 'closed'
            ? of(ended)
            : // Closed during its booking: this ref tells the app how it ends.
              booking
                .adopt(this)
                .pipe(
                  map((result): CallbackDialogOutcome =>
                    result ? { status: 'booked', result } : { status: 'closed' },
                  ),
                ),
        ),
      )
      .subscribe(outcome);
    this.closed = outcome.asObservable();
  }

  /** The id of the dialog element (CDK `DialogRef.id`). */
  get id(): string {
    return this.dialogRef.id;
  }

  /**
   * Closes the dialog at once, even if the form holds unsaved input (the draft keeps it for the
   * next opening). To ask the customer first, as the close button does, use {@link requestClose}.
   */
  close(): void {
    const content = this.dialogRef.componentInstance;
    if (content) content.close();
    else this.dialogRef.close();
  }

  /**
   * Closes the dialog, after asking "Close the callback form?" when the form holds unsaved input
   * (the Widgets `Callback.close` answered "User must confirm close" then).
   */
  requestClose(): void {
    const content = this.dialogRef.componentInstance;
    if (content) content.requestClose();
    else this.dialogRef.close();
  }
}
