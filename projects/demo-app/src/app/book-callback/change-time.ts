import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  availabilityResource,
  CallbackService,
  isCallbackError,
  type CallbackError,
  type CallbackSlot,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import { ErrorDetails } from './error-details';
import { SlotTable } from './slot-table';

/**
 * "Change time" of a booked callback (Callback API v1): the free times again, and a chosen
 * one moves the booking with `CallbackService.reschedule()`. A full time is refused with
 * proposals, which can be chosen in turn.
 */
@Component({
  selector: 'app-change-time',
  imports: [ErrorDetails, SlotTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (slotsError(); as e) {
      <app-error-details [error]="e" />
    } @else if (slots.hasValue()) {
      <app-slot-table
        caption="Move it to (reschedule())"
        [slots]="slots.value().slots"
        [selected]="null"
        (choose)="moveTo($event)"
      />
    } @else {
      <p class="status-line">Loading free times…</p>
    }
    @if (moving()) {
      <p class="status-line" role="status">Moving the callback…</p>
    }
    @if (error(); as e) {
      <app-error-details [error]="e" (choose)="moveTo($event)" />
    }
  `,
})
export class ChangeTime {
  private readonly callbacks = inject(CallbackService);

  /** The id of the booked callback to move. */
  readonly callbackId = input.required<string>();
  /** The callback at its new time, as the server confirmed it. */
  readonly moved = output<ScheduleResult>();

  protected readonly slots = availabilityResource(() => ({
    startDate: new Date(),
    numberOfDays: 7,
    maxTimeSlots: 12,
  }));
  protected readonly slotsError = computed(() => {
    const error = this.slots.error();
    return isCallbackError(error) ? error : null;
  });
  protected readonly moving = signal(false);
  protected readonly error = signal<CallbackError | null>(null);

  protected moveTo(slot: CallbackSlot): void {
    // A move is sent once and never retried: one at a time.
    if (this.moving()) return;
    this.moving.set(true);
    this.error.set(null);
    this.callbacks.reschedule(this.callbackId(), slot.utcTime).subscribe({
      next: (result) => {
        this.moving.set(false);
        this.moved.emit(result);
      },
      error: (error: CallbackError) => {
        this.moving.set(false);
        this.error.set(error);
        // A full time means the free counts shown are stale.
        if (error.code === 'RATE_LIMITED') this.slots.reload();
      },
    });
  }
}
