import type { DialogRef } from '@angular/cdk/dialog';
import type { ScheduleResult } from 'ngx-genesys-callback';
import { map, shareReplay, type Observable, firstValueFrom } from 'rxjs';

/**
 * How a callback dialog ended: a callback was booked (and is still booked), the customer booked
 * and then cancelled it, or the dialog was closed without booking.
 */
export type CallbackDialogOutcome =
  | { readonly status: 'booked'; readonly result: ScheduleResult }
  | { readonly status: 'cancelled'; readonly id: string }
  | { readonly status: 'closed' };

/** What the dialog's content can be asked to do (internal). */
export interface ClosableCallbackDialog {
  /** Closes at once, with the outcome so far. */
  close(): void;
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
 * const outcome = await callbackDialog.open({ form: { desiredTime: 'now' } }).closed;
 * if (outcome.status === 'booked') console.log('callback', outcome.result.id);
 * ```
 */
export class CallbackDialogRef {
  /** Emits the outcome once, when the dialog closes, then completes; replayed to late subscribers. */
  readonly outcome$: Observable<CallbackDialogOutcome>;
  /** Resolves with the outcome when the dialog closes. */
  readonly closed: Promise<CallbackDialogOutcome>;

  /** @internal Created by `CallbackDialog.open()`. */
  constructor(private readonly dialogRef: CallbackCdkDialogRef) {
    this.outcome$ = dialogRef.closed.pipe(
      map((outcome): CallbackDialogOutcome => outcome ?? { status: 'closed' }),
      // The ref must report the outcome even when nobody listened before the dialog closed.
      shareReplay(1),
    );
    this.closed = firstValueFrom(this.outcome$);
  }

  /** The id of the dialog element (CDK `DialogRef.id`). */
  get id(): string {
    return this.dialogRef.id;
  }

  /** Closes the dialog without asking, even if the form has unsaved input (it is kept). */
  close(): void {
    const content = this.dialogRef.componentInstance;
    if (content) content.close();
    else this.dialogRef.close();
  }
}
