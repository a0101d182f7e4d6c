import { _IdGenerator } from '@angular/cdk/a11y';
import { Directionality, type Direction } from '@angular/cdk/bidi';
import { Dialog } from '@angular/cdk/dialog';
import { _CdkPrivateStyleLoader } from '@angular/cdk/private';
import { Injectable, Injector, inject } from '@angular/core';
import type { CallbackUserData } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_DEFAULTS,
  CALLBACK_WIDGET_OPTIONS,
} from '../options/callback-widget-options';
import { fixedDirectionality } from '../locale/text-direction';
import { CallbackBooking } from '../state/callback-booking';
import { CallbackWidgetDraft, type CallbackFormPrefill } from '../state/callback-widget-draft';
import { CALLBACK_DIALOG_BACKDROP, CallbackDialogBackdropStyles } from './callback-dialog-backdrop';
import { CallbackDialogContent, type CallbackDialogData } from './callback-dialog-content';
import { CallbackDialogRef, type CallbackDialogOutcome } from './callback-dialog-ref';

const THEMES = ['cb-theme-light', 'cb-theme-dark'];

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
 * before the answer; a dialog opened meanwhile shows it in flight, then its confirmation. Uses the widget options and draft of its injector; to open dialogs
 * with a route's `provideCallbackWidget()`, add `CallbackDialog` to that route's providers.
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
  private readonly dialog = inject(Dialog);
  private readonly injector = inject(Injector);
  private readonly draft = inject(CallbackWidgetDraft);
  private readonly booking = inject(CallbackBooking);
  private readonly options = inject(CALLBACK_WIDGET_OPTIONS);
  private readonly ids = inject(_IdGenerator);
  private readonly directionality = inject(Directionality);
  private readonly styleLoader = inject(_CdkPrivateStyleLoader);
  private current: CallbackDialogRef | null = null;

  /**
   * Opens the dialog. While one is open, returns that one (the Widgets plugin rejected a
   * second `open` with "already opened").
   */
  open(options: CallbackDialogOpenOptions = {}): CallbackDialogRef {
    if (this.current) return this.current;
    this.styleLoader.load(CallbackDialogBackdropStyles);
    const { autoSubmit, ...prefill } = options.form ?? {};
    const panelClasses = [options.panelClass ?? []].flat();
    const direction = options.direction ?? this.directionality.value;
    const days = this.options.numberOfDays ?? CALLBACK_WIDGET_DEFAULTS.numberOfDays;
    this.draft.patch(prefill, days);
    const data: CallbackDialogData = {
      titleId: this.ids.getId('cb-callback-dialog-title-'),
      autoSubmit: autoSubmit ?? options.autoSubmit ?? false,
      ...(options.userData ? { userData: options.userData } : {}),
    };
    const dialogRef = this.dialog.open<
      CallbackDialogOutcome,
      CallbackDialogData,
      CallbackDialogContent
    >(CallbackDialogContent, {
      data,
      injector: this.injector,
      ariaLabelledBy: data.titleId,
      ariaModal: true,
      disableClose: true,
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      panelClass: ['cb-callback-dialog-panel', ...panelClasses],
      // The theme classes of the panel go to the backdrop too, which lies outside the panel.
      backdropClass: [CALLBACK_DIALOG_BACKDROP, ...panelClasses.filter((c) => THEMES.includes(c))],
      maxWidth: '100vw',
      direction,
      // The CDK only gives the content this direction when the injector has none; it always
      // has one (the root's), so the content gets its own.
      providers: [{ provide: Directionality, useValue: fixedDirectionality(direction) }],
    });
    const ref = new CallbackDialogRef(dialogRef, this.booking);
    this.current = ref;
    dialogRef.closed.subscribe(() => {
      if (this.current === ref) this.current = null;
    });
    return ref;
  }
}
