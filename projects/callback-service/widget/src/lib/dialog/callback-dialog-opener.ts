import { Directionality, type Direction } from '@angular/cdk/bidi';
import { Dialog } from '@angular/cdk/dialog';
import type { Injector } from '@angular/core';
import { fixedDirectionality } from '../locale/text-direction';
import { CALLBACK_DIALOG_BACKDROP } from './callback-dialog-backdrop';
import { CallbackDialogContent, type CallbackDialogData } from './callback-dialog-content';
import type { CallbackCdkDialogRef, CallbackDialogOutcome } from './callback-dialog-ref';

// This module is the dialog chunk: `CallbackDialog` imports it on the first open() (or
// preload()), so the CDK dialog, overlay, portal and focus trap, and the dialog content, stay
// out of the page's initial JavaScript.

/** What `CallbackDialog.open()` decided about the dialog to open (internal). */
export interface CallbackDialogSpec {
  /** The id of the dialog element, known before it exists. */
  readonly id: string;
  /** What the content gets. */
  readonly data: CallbackDialogData;
  /** Classes the app gave for the panel. */
  readonly panelClass: readonly string[];
  /** The dialog's writing direction. */
  readonly direction: Direction;
}

const THEMES = ['cb-theme-light', 'cb-theme-dark'];

/** Opens the CDK dialog around the callback form (internal; see the module comment). */
export function openCallbackCdkDialog(
  injector: Injector,
  spec: CallbackDialogSpec,
): CallbackCdkDialogRef {
  return injector
    .get(Dialog)
    .open<CallbackDialogOutcome, CallbackDialogData, CallbackDialogContent>(CallbackDialogContent, {
      id: spec.id,
      data: spec.data,
      injector,
      ariaLabelledBy: spec.data.titleId,
      ariaModal: true,
      // Escape and the backdrop come to the content, which asks before throwing input away.
      disableClose: true,
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      panelClass: ['cb-callback-dialog-panel', ...spec.panelClass],
      // The theme classes of the panel go to the backdrop too, which lies outside the panel.
      backdropClass: [
        CALLBACK_DIALOG_BACKDROP,
        ...spec.panelClass.filter((c) => THEMES.includes(c)),
      ],
      maxWidth: '100vw',
      direction: spec.direction,
      // The CDK only gives the content this direction when the injector has none; it always
      // has one (the root's), so the content gets its own.
      providers: [{ provide: Directionality, useValue: fixedDirectionality(spec.direction) }],
    });
}
