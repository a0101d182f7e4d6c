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
  'closed' | 'close' | 'componentInstance'
>;

/** What `CallbackDialog` learns from a ref (internal). */
export interface CallbackDialogRefHooks {
  /** The dialog is gone (closed, or never shown): another one may open. */
  ended(): void;
  /** The dialog's code could not be fetched. */
  failed(error: unknown): void;
}

/**
 * A callback dialog opened by `CallbackDialog.open()`: tells how it ended, and closes it. It
 * exists at once, before the dialog's code has arrived and the dialog shows; closing it before
 * then means the dialog never shows.
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
  /** The id of the dialog element (the CDK `DialogRef.id`), known before it shows. */
  readonly id: string;
  private readonly ended = new ReplaySubject<CallbackDialogOutcome | undefined>(1);
  private cdkRef: CallbackCdkDialogRef | null = null;
  private over = false;

  /** @internal Created by `CallbackDialog.open()`. */
  constructor(
    id: string,
    opening: Promise<() => CallbackCdkDialogRef>,
    booking: CallbackBooking,
    hooks: CallbackDialogRefHooks,
  ) {
    this.id = id;
    // Subscribed at once: the outcome must be kept even if nobody listens before the close.
    const outcome = new ReplaySubject<CallbackDialogOutcome>(1);
    this.ended
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
    this.ended.pipe(take(1)).subscribe(() => hooks.ended());
    opening.then(
      (open) => {
        if (this.over) return; // closed before it could show
        try {
          this.cdkRef = open();
        } catch (error) {
          this.end(undefined);
          hooks.failed(error);
          return;
        }
        this.cdkRef.closed.pipe(take(1)).subscribe((ended) => this.end(ended));
      },
      (error: unknown) => {
        this.end(undefined);
        hooks.failed(error);
      },
    );
  }

  /**
   * Closes the dialog at once, even if the form holds unsaved input (the draft keeps it for the
   * next opening). To ask the customer first, as the close button does, use {@link requestClose}.
   */
  close(): void {
    const content = this.cdkRef?.componentInstance;
    if (content) content.close();
    else if (this.cdkRef) this.cdkRef.close();
    else this.end(undefined);
  }

  /**
   * Closes the dialog, after asking "Close the callback form?" when the form holds unsaved input
   * (the Widgets `Callback.close` answered "User must confirm close" then). Before the dialog
   * shows, the customer cannot have typed anything: it closes at once.
   */
  requestClose(): void {
    const content = this.cdkRef?.componentInstance;
    if (content) content.requestClose();
    else this.close();
  }

  private end(ended: CallbackDialogOutcome | undefined): void {
    if (this.over) return;
    this.over = true;
    this.ended.next(ended);
  }
}
