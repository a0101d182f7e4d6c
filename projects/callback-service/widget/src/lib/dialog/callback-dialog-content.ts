import { hasModifierKey } from '@angular/cdk/keycodes';
import { DIALOG_DATA, DialogRef } from '@angular/cdk/dialog';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { CallbackUserData, ScheduleResult } from 'ngx-genesys-callback';
import { CallbackWidgetDraft } from '../state/callback-widget-draft';
import { injectWidgetStrings } from '../locale/widget-locale';
import { CallbackWidget } from '../widget/callback-widget';
import { CallbackDialogBackdropStyles } from './callback-dialog-backdrop';
import type { CallbackDialogOutcome, ClosableCallbackDialog } from './callback-dialog-ref';

/** What `CallbackDialog.open()` hands to the dialog's content (internal). */
export interface CallbackDialogData {
  /** Id of the widget's heading, which labels the dialog. */
  readonly titleId: string;
  /** Submits at once. */
  readonly autoSubmit: boolean;
  /** Attached data sent with the booking. */
  readonly userData?: CallbackUserData;
}

/**
 * The content of the callback dialog (internal): the widget, a close button, and the
 * "close the form?" question the Genesys form asked before throwing away typed input. The CDK
 * dialog around it traps focus and gives it back to the opener on close.
 */
@Component({
  selector: 'cb-callback-dialog',
  imports: [CallbackWidget, CallbackDialogBackdropStyles],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../widget/callback-widget-theme.css', '../widget/form-controls.css'],
  template: `
    <cb-callback-dialog-backdrop-styles />
    <button
      #closeButton
      type="button"
      class="cb-dialog-close"
      [style.display]="confirming() ? 'none' : null"
      [attr.aria-label]="strings.close"
      (click)="requestClose()"
    >
      <span aria-hidden="true">✕</span>
    </button>
    <cb-callback-widget
      [style.display]="confirming() ? 'none' : null"
      [titleId]="data.titleId"
      [userData]="data.userData"
      [autoSubmit]="data.autoSubmit"
      (booked)="onBooked($event)"
      (cancelled)="outcome = { status: 'cancelled', id: $event }"
    />
    @if (confirming()) {
      <div class="cb-confirm-close" role="group" [attr.aria-labelledby]="data.titleId + '-confirm'">
        <h2 class="cb-title" [id]="data.titleId + '-confirm'">{{ strings.confirmClose }}</h2>
        <p>{{ strings.confirmCloseDetail }}</p>
        <div class="cb-actions">
          <button
            #keepButton
            type="button"
            class="cb-button cb-button-secondary cb-keep-editing"
            (click)="keepEditing()"
          >
            {{ strings.confirmCloseNo }}
          </button>
          <button type="button" class="cb-button cb-confirm-close-yes" (click)="close()">
            {{ strings.confirmCloseYes }}
          </button>
        </div>
      </div>
    }
  `,
  styles: `
    :host {
      position: relative;
      display: block;
      max-height: 100vh;
      overflow-y: auto;
      font-family: var(--_cb-font);
      color: var(--_cb-text);
      background: var(--_cb-bg);
      border: 1px solid var(--_cb-dialog-border);
      border-radius: var(--_cb-radius);
      box-shadow: 0 8px 32px rgb(0 0 0 / 35%);
    }
    /* Even padding; the headings alone leave room for the close button. */
    cb-callback-widget {
      --_cb-title-inset: 2.5rem;
      max-width: none;
      width: min(32rem, 100vw - 2px);
    }
    .cb-dialog-close {
      position: absolute;
      top: 8px;
      inset-inline-end: 8px;
      width: 2.5rem;
      height: 2.5rem;
      font-size: 1.1rem;
      color: var(--_cb-text);
      background: transparent;
      border: 0;
      border-radius: 50%;
      cursor: pointer;
    }
    .cb-dialog-close:focus-visible {
      outline: 2px solid var(--_cb-focus);
    }
    .cb-confirm-close {
      width: min(28rem, 100vw - 2px);
      box-sizing: border-box;
      padding: calc(var(--_cb-gap) * 1.5);
    }
  `,
})
export class CallbackDialogContent implements ClosableCallbackDialog {
  /** The title id and the options. */
  protected readonly data = inject<CallbackDialogData>(DIALOG_DATA);
  private readonly dialogRef = inject<DialogRef<CallbackDialogOutcome>>(DialogRef);
  private readonly draft = inject(CallbackWidgetDraft);
  private readonly closeButton = viewChild.required<ElementRef<HTMLElement>>('closeButton');
  private readonly keepEditingButton = viewChild<ElementRef<HTMLElement>>('keepButton');
  protected readonly strings = injectWidgetStrings();
  protected readonly confirming = signal(false);
  protected outcome: CallbackDialogOutcome = { status: 'closed' };
  private readonly injector = inject(Injector);

  constructor() {
    // The dialog is opened with disableClose, so Escape and the backdrop come here and can ask first.
    const keys = this.dialogRef.keydownEvents.subscribe((event) => {
      if (event.key !== 'Escape' || hasModifierKey(event)) return;
      event.preventDefault();
      if (this.confirming()) this.keepEditing();
      else this.requestClose();
    });
    const backdrop = this.dialogRef.backdropClick.subscribe(() => this.requestClose());
    inject(DestroyRef).onDestroy(() => {
      keys.unsubscribe();
      backdrop.unsubscribe();
    });
  }

  /** Closes at once with the outcome so far. */
  close(): void {
    this.dialogRef.close(this.outcome);
  }

  /** Closes, after asking when the form holds input that was not booked. */
  requestClose(): void {
    if (!this.draft.dirty()) {
      this.close();
      return;
    }
    this.confirming.set(true);
    this.focusOnceShown(() => this.keepEditingButton()?.nativeElement);
  }

  /** Goes back to the form from the question. */
  protected keepEditing(): void {
    this.confirming.set(false);
    this.focusOnceShown(() => this.closeButton().nativeElement);
  }

  // Focus moves once the question (or the form again) is rendered, not before it is visible.
  private focusOnceShown(element: () => HTMLElement | undefined): void {
    afterNextRender(() => element()?.focus(), { injector: this.injector });
  }

  /** Remembers the booking for the outcome. */
  protected onBooked(result: ScheduleResult): void {
    this.outcome = { status: 'booked', result };
  }
}
