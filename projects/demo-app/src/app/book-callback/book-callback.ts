import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  availabilityResource,
  callbackStatusResource,
  CallbackService,
  injectCallbackBooking,
  isCallbackError,
  type CallbackError,
  type CallbackSlot,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import { ChangeTime } from './change-time';
import { ErrorDetails } from './error-details';
import { OfficeHours } from './office-hours';
import { SlotTable } from './slot-table';

type When = 'asap' | 'slot';

const PAGE_SIZE = 12;
const DAYS_AHEAD = 7;

/** A resource's `error()` is typed `Error`; the library's resources fail with a CallbackError. */
const asCallbackError = (error: Error | undefined) => (isCallbackError(error) ? error : null);

/**
 * "Build your own": the smallest complete booking form, written with the library's signal
 * API. `availabilityResource()` fills the slot table, `injectCallbackBooking()` books and
 * guards against double submits, `callbackStatusResource()` reads the state of the booked
 * callback (on v3 with the queue position and wait of an immediate one); a refusal shows
 * every field of its `CallbackError`. Beyond the original plugin: "change time" moves a v1
 * booking with `reschedule()`, and v3 asks the `sales` office hours with `openFor()`.
 */
@Component({
  selector: 'app-book-callback',
  imports: [ChangeTime, DatePipe, ErrorDetails, OfficeHours, SlotTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './book-callback.html',
  styleUrl: './book-callback.css',
})
export class BookCallback {
  private readonly callbacks = inject(CallbackService);

  protected readonly phone = signal('');
  protected readonly firstname = signal('');
  protected readonly notes = signal('');
  protected readonly when = signal<When>('asap');
  protected readonly slot = signal<CallbackSlot | null>(null);
  protected readonly slotCount = signal(PAGE_SIZE);
  protected readonly statusOf = signal<string | undefined>(undefined);
  protected readonly cancelled = signal(false);
  protected readonly cancelError = signal<CallbackError | null>(null);
  protected readonly changingTime = signal(false);
  /** The booking as last moved by `reschedule()`, if it was. */
  protected readonly moved = signal<ScheduleResult | null>(null);

  protected readonly ready = this.callbacks.ready;
  /** A new count aborts the query in flight and sends the larger one. */
  protected readonly slots = availabilityResource(() => ({
    startDate: new Date(),
    numberOfDays: DAYS_AHEAD,
    maxTimeSlots: this.slotCount(),
  }));
  protected readonly booking = injectCallbackBooking();
  /** Idle until "Check its state" sets the id. */
  protected readonly state = callbackStatusResource(this.statusOf);
  protected readonly slotsError = computed(() => asCallbackError(this.slots.error()));
  protected readonly stateError = computed(() => asCallbackError(this.state.error()));

  protected showMore(): void {
    this.slotCount.update((count) => count + PAGE_SIZE);
  }

  protected text(field: 'phone' | 'firstname' | 'notes', event: Event): void {
    this[field].set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  }

  protected chooseSlot(slot: CallbackSlot): void {
    this.slot.set(slot);
    this.when.set('slot');
  }

  protected book(event: Event): void {
    event.preventDefault();
    const slot = this.when() === 'slot' ? this.slot() : null;
    // While a booking is in flight, book() sends nothing and returns that booking.
    this.booking
      .book({
        phonenumber: this.phone(),
        ...(this.firstname().trim() ? { firstname: this.firstname().trim() } : {}),
        ...(this.notes().trim() ? { subject: this.notes().trim() } : {}),
        ...(slot ? { desiredTime: slot.utcTime } : {}),
      })
      .subscribe({
        // A 429: the slot (or the service) is full now, so the free counts shown are stale.
        error: (error: CallbackError) => {
          if (error.code === 'RATE_LIMITED') this.slots.reload();
        },
      });
  }

  protected checkStatus(id: string): void {
    if (this.statusOf() === id) this.state.reload();
    else this.statusOf.set(id);
  }

  protected cancel(id: string): void {
    this.cancelError.set(null);
    this.callbacks.cancel(id).subscribe({
      complete: () => {
        this.cancelled.set(true);
        // The state shown (if any) was read before the cancellation: read it again.
        this.checkStatus(id);
      },
      error: (error: CallbackError) => this.cancelError.set(error),
    });
  }

  protected timeChanged(result: ScheduleResult): void {
    this.moved.set(result);
    this.changingTime.set(false);
  }

  protected startOver(): void {
    this.booking.reset();
    this.moved.set(null);
    this.changingTime.set(false);
    this.statusOf.set(undefined);
    this.cancelError.set(null);
    this.cancelled.set(false);
    this.slot.set(null);
    this.when.set('asap');
    this.slots.reload();
  }
}
