import { Directionality, type Direction } from '@angular/cdk/bidi';
import { ErrorHandler, Injectable, Injector, PendingTasks, inject } from '@angular/core';
import type { CallbackUserData } from 'ngx-genesys-callback';
import { UniqueIds } from '../a11y/unique-ids';
import {
  CALLBACK_WIDGET_DEFAULTS,
  CALLBACK_WIDGET_OPTIONS,
} from '../options/callback-widget-options';
import { CallbackBooking } from '../state/callback-booking';
import { CallbackWidgetDraft, type CallbackFormPrefill } from '../state/callback-widget-draft';
import type { CallbackDialogSpec } from './callback-dialog-opener';
import { CallbackDialogRef } from './callback-dialog-ref';

type DialogChunk = typeof import('./callback-dialog-opener');

/** The `form` of `CallbackDialog.open()`: values that pre-fill it, and `autoSubmit`. */
export interface CallbackDialogForm extends CallbackFormPrefill {
  /** Submits at once, as `Callback.open({ form: { autoSubmit: true } })` of Genesys Widgets. */
  autoSubmit?: boolean;
}

/** What `CallbackDialog.open()` accepts, as `Callback.open()` of Genesys Widgets. */
export interface CallbackDialogOpenOptions {
  /**
   * Pre-fills the form; fields it does not name keep the draft's value. A `desiredTime` that is
   * past or after the days the widget shows is ignored.
   */
  form?: CallbackDialogForm;
  /** Submits at once; an alias of `form.autoSubmit`, which wins when both are set. */
  autoSubmit?: boolean;
  /** Attached data sent with the booking (the top-level `userData` of `Callback.open`). */
  userData?: CallbackUserData;
  /** Classes for the dialog panel, e.g. `cb-theme-dark`, or one that sets `--cb-…` properties. */
  panelClass?: string | string[];
  /**
   * Writing direction of the dialog: its layout, day strip and arrow keys mirror in `'rtl'`.
   * Defaults to the `Directionality` of `CallbackDialog`'s injector (the `dir` of `<html>` or
   * `<body>` at start-up): the dialog lies outside the page's `dir` elements, so an app that
   * switches direction at run time passes it here.
   */
  direction?: Direction;
}

/**
 * Opens the callback form in a CDK dialog: focus is trapped inside and given back to the
 * opener on close, Escape and the backdrop ask before throwing input away, and the draft is
 * kept for the next time. A booking sent from the dialog lands even if the dialog is closed
 * before the answer; a dialog opened meanwhile shows it in flight, then its confirmation. Uses
 * the widget options and draft of its injector; to open dialogs with a route's
 * `provideCallbackWidget()`, add `CallbackDialog` to that route's providers.
 *
 * The dialog's code (the CDK dialog and overlay, and the dialog content) is fetched on the
 * first `open()`, so it costs the page nothing until then; `open()` still returns the ref at
 * once, and the dialog shows when the code has arrived. Call {@link preload} (e.g. on hover of
 * the button that opens it) to fetch it earlier.
 *
 * @example
 * ```ts
 * readonly callbackDialog = inject(CallbackDialog);
 *
 * callMeBack() {
 *   this.callbackDialog
 *     .open({ form: { phonenumber: '+33 6 12 34 56 78', desiredTime: 'now' } })
 *     .closed.subscribe((outcome) => console.log(outcome.status));
 * }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class CallbackDialog {
  private readonly injector = inject(Injector);
  private readonly draft = inject(CallbackWidgetDraft);
  private readonly booking = inject(CallbackBooking);
  private readonly options = inject(CALLBACK_WIDGET_OPTIONS);
  private readonly ids = inject(UniqueIds);
  private readonly directionality = inject(Directionality);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly errorHandler = inject(ErrorHandler);
  private chunk: Promise<DialogChunk> | null = null;
  private current: CallbackDialogRef | null = null;

  /**
   * Opens the dialog and returns its ref at once. While one is open, returns that one (the
   * Widgets plugin rejected a second `open` with "already opened").
   */
  open(options: CallbackDialogOpenOptions = {}): CallbackDialogRef {
    if (this.current) return this.current;
    const { autoSubmit, ...prefill } = options.form ?? {};
    const panelClasses = [options.panelClass ?? []].flat();
    const direction = options.direction ?? this.directionality.value;
    const days = this.options.numberOfDays ?? CALLBACK_WIDGET_DEFAULTS.numberOfDays;
    this.draft.patch(prefill, days);
    const spec: CallbackDialogSpec = {
      id: this.ids.create('cb-callback-dialog-'),
      data: {
        titleId: this.ids.create('cb-callback-dialog-title-'),
        autoSubmit: autoSubmit ?? options.autoSubmit ?? false,
        ...(options.userData ? { userData: options.userData } : {}),
      },
      panelClass: panelClasses,
      direction,
    };
    // The app counts as busy until the dialog is shown (whenStable() and SSR wait for it).
    const doneOpening = this.pendingTasks.add();
    const opening = this.loadChunk().then(
      ({ openCallbackCdkDialog }) =>
        () =>
          openCallbackCdkDialog(this.injector, spec),
    );
    const ref = new CallbackDialogRef(spec.id, opening, this.booking, {
      ended: () => {
        if (this.current === ref) this.current = null;
      },
      failed: (error) => this.errorHandler.handleError(error),
    });
    // Registered after the ref's own reaction, so the task ends once the dialog is open.
    opening.then(doneOpening, doneOpening);
    this.current = ref;
    return ref;
  }

  /**
   * Fetches the dialog's code now, so that the first `open()` shows the dialog without a wait;
   * call it when the customer is likely to open it soon (on hover or focus of the button, or
   * when the browser is idle). Resolves once it is loaded.
   */
  preload(): Promise<void> {
    return this.loadChunk().then(() => undefined);
  }

  private loadChunk(): Promise<DialogChunk> {
    // A failed fetch is not kept: the next open() tries again.
    this.chunk ??= import('./callback-dialog-opener').catch((error: unknown) => {
      this.chunk = null;
      throw error;
    });
    return this.chunk;
  }
}
