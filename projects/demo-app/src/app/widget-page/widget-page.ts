import { Dir } from '@angular/cdk/bidi';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { ScheduleResult } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_STRINGS,
  CallbackDialog,
  CallbackWidget,
  type CallbackDialogOutcome,
} from 'ngx-genesys-callback/widget';
import { ThemeChoice } from '../shell/theme-choice';
import { WidgetLanguage } from './widget-language';

interface InlineOutcome {
  readonly action: 'booked' | 'cancelled';
  readonly id: string;
}

/**
 * The ready-made widget of `ngx-genesys-callback/widget`, inline and in a dialog opened by
 * `CallbackDialog`. Both share the form's draft and its booking (by design of the library), so
 * what is typed in one shows in the other, and so does a booking made in either.
 */
@Component({
  selector: 'app-widget-page',
  imports: [CallbackWidget, Dir],
  providers: [
    // The widget and the dialog of this page follow its language picker, a Signal of texts
    // (as a portal on ngx-translate or Transloco would). Provided here, with a CallbackDialog
    // of the page, so that the 20 translations load with this page only.
    { provide: CALLBACK_WIDGET_STRINGS, useFactory: () => inject(WidgetLanguage).strings },
    CallbackDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './widget-page.html',
  styleUrl: './widget-page.css',
})
export class WidgetPage {
  private readonly dialog = inject(CallbackDialog);
  private readonly themes = inject(ThemeChoice);
  /** The widget's language, from the picker. */
  protected readonly language = inject(WidgetLanguage);

  /** The widget keeps its light defaults in a dark system scheme when "Light" is chosen. */
  protected readonly forceLight = computed(() => this.themes.theme() === 'light');
  /** What the inline widget last did: booked or cancelled a callback. */
  protected readonly inlineOutcome = signal<InlineOutcome | null>(null);
  protected readonly dialogOutcome = signal<CallbackDialogOutcome | null>(null);

  protected onBooked(result: ScheduleResult): void {
    this.inlineOutcome.set({ action: 'booked', id: result.id });
  }

  protected onCancelled(id: string): void {
    this.inlineOutcome.set({ action: 'cancelled', id });
  }

  protected openDialog(): void {
    this.dialog
      // The dialog lies outside the page's dir: it gets the direction of the language.
      .open({ userData: { channel: 'dialog' }, direction: this.language.direction() })
      .closed.subscribe((outcome) => this.dialogOutcome.set(outcome));
  }

  protected chooseLanguage(event: Event): void {
    this.language.choose((event.target as HTMLSelectElement).value);
  }

  protected describeOutcome(outcome: CallbackDialogOutcome): string {
    switch (outcome.status) {
      case 'booked':
        return `booked, callback ${outcome.result.id}`;
      case 'cancelled':
        return `booked, then cancelled (${outcome.id})`;
      case 'closed':
        return 'closed without booking';
    }
  }
}
