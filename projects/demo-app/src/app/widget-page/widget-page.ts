import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { ScheduleResult } from 'ngx-genesys-callback';
import {
  CallbackDialog,
  CallbackWidget,
  type CallbackDialogOutcome,
} from 'ngx-genesys-callback/widget';
import { ThemeChoice } from '../shell/theme-choice';

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
  imports: [CallbackWidget],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './widget-page.html',
  styleUrl: './widget-page.css',
})
export class WidgetPage {
  private readonly dialog = inject(CallbackDialog);
  private readonly themes = inject(ThemeChoice);

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
      .open({ userData: { channel: 'dialog' } })
      .closed.subscribe((outcome) => this.dialogOutcome.set(outcome));
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
