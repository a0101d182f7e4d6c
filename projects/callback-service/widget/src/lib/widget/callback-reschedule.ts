import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { CallbackService, type CallbackSlot, type ScheduleResult } from 'ngx-genesys-callback';
import type { Subscription } from 'rxjs';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { UniqueIds } from '../a11y/unique-ids';
import { toReportedWidgetError, type WidgetError } from '../errors/widget-error';
import { injectWidgetLocaleTag, injectWidgetStrings } from '../locale/widget-locale';
import { startOfLocalDay, toProposalViews } from '../slots/slot-days';
import { SlotListbox } from '../slots/slot-listbox';
import { SlotPicker } from '../slots/slot-picker';

/**
 * "Change time" of the confirmation (internal, v1): the slot picker again, then
 * `reschedule(id, slot.utcTime)`, sent once per click and never retried. A refusal shows as a
 * booking's does: the message, the times the server proposed, and the refused time shown full.
 */
@Component({
  selector: 'cb-callback-reschedule',
  imports: [SlotPicker, SlotListbox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './form-controls.css',
  host: { class: 'cb-reschedule' },
  template: `
    <cb-slot-picker
      [numberOfDays]="numberOfDays()"
      [hideUnavailable]="hideUnavailable()"
      [refused]="refused()"
      [describedBy]="error() ? id + '-error' : null"
      [(day)]="day"
      [slot]="slot()"
      (slotChange)="choose($event)"
    />
    @if (error(); as e) {
      <div class="cb-error-block">
        <p class="cb-error" data-field="reschedule" [id]="id + '-error'">{{ e.message }}</p>
        @if (e.detail) {
          <p class="cb-error-detail">{{ e.detail }}</p>
        }
        @if (proposalViews().length > 0) {
          <cb-slot-listbox
            class="cb-proposals"
            [describedBy]="id + '-error'"
            [views]="proposalViews()"
            [selected]="slot()?.utcTime ?? null"
            [label]="strings.proposedTimes"
            (choose)="chooseProposal($event)"
          />
        }
      </div>
    }
    <div class="cb-actions">
      <button
        type="button"
        class="cb-button cb-reschedule-submit"
        [disabled]="sending() || !slot()"
        (click)="send()"
      >
        {{ sending() ? strings.rescheduling : strings.rescheduleSubmit }}
      </button>
      <button
        type="button"
        class="cb-button cb-button-secondary cb-keep-time"
        [disabled]="sending()"
        (click)="dismissed.emit()"
      >
        {{ strings.keepTime }}
      </button>
    </div>
  `,
  styles: `
    :host,
    .cb-error-block {
      display: block;
      margin-bottom: var(--_cb-gap);
    }
    .cb-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CallbackReschedule {
  private readonly callbacks = inject(CallbackService);
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly locale = injectWidgetLocaleTag();
  private sendingNow?: Subscription;
  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** Prefix of the ids that tie the error to the picker. */
  protected readonly id = inject(UniqueIds).create('cb-callback-reschedule-');

  /** The callback to move. */
  readonly callbackId = input.required<string>();
  /** Days in the strip. */
  readonly numberOfDays = input.required<number>();
  /** Hides full slots instead of disabling them. */
  readonly hideUnavailable = input(false);
  /** Emits the moved callback once the server accepted the new time. */
  readonly rescheduled = output<ScheduleResult>();
  /** Emits when the customer keeps the booked time. */
  readonly dismissed = output<void>();

  /** The day shown in the strip. */
  protected readonly day = signal<number | null>(null);
  /** The new time chosen. */
  protected readonly slot = signal<CallbackSlot | null>(null);
  /** The move is in flight. */
  protected readonly sending = signal(false);
  /** Why the last move was refused. */
  protected readonly error = signal<WidgetError | null>(null);
  /** Times the server refused (epoch ms): the picker shows them full. */
  protected readonly refused = signal<readonly number[]>([]);
  /** The times the server proposed instead, as slots. */
  protected readonly proposalViews = computed(() =>
    toProposalViews(this.error()?.proposals ?? [], this.day(), this.locale()),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.sendingNow?.unsubscribe());
  }

  /** Chooses the new time (or drops it) and clears the last refusal. */
  protected choose(slot: CallbackSlot | null): void {
    this.slot.set(slot);
    this.error.set(null);
  }

  /** Chooses a time the server proposed, and shows its day. */
  protected chooseProposal(slot: CallbackSlot): void {
    this.day.set(startOfLocalDay(new Date(slot.utcTime)).getTime());
    this.choose(slot);
  }

  /** Sends the move once; a second click while it is in flight does nothing. */
  protected send(): void {
    const slot = this.slot();
    if (!slot || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.sendingNow = this.callbacks.reschedule(this.callbackId(), slot.utcTime).subscribe({
      next: (moved) => {
        this.sending.set(false);
        this.rescheduled.emit(moved);
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        const error = toReportedWidgetError(failure, this.strings);
        if (error.timeRefused) {
          this.refused.update((times) => [...times, Date.parse(slot.utcTime)]);
          this.slot.set(null);
        }
        this.error.set(error);
        this.announcer.announce(error.message, 'assertive');
      },
    });
  }
}
