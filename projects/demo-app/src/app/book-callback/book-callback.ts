import { DatePipe } from '@angular/common';
import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import {
  AvailabilityResult,
  CallbackError,
  CallbackService,
  CallbackSlot,
  ScheduleResult,
} from 'ngx-genesys-callback';

/** "Build your own": a booking form written directly against CallbackService. */
@Component({
  selector: 'app-book-callback',
  imports: [FormsModule, DatePipe],
  templateUrl: './book-callback.html',
})
export class BookCallback {
  private readonly callbacks = inject(CallbackService);

  protected readonly ready = toSignal(this.callbacks.ready$);
  protected readonly phone = signal('');
  protected readonly notes = signal('');
  protected readonly selectedSlot = signal<CallbackSlot | null>(null);
  protected readonly availability = signal<AvailabilityResult | null>(null);
  protected readonly booking = signal(false);
  protected readonly booked = signal<ScheduleResult | null>(null);
  protected readonly error = signal<CallbackError | null>(null);
  protected readonly freeSlots = computed(
    () => this.availability()?.slots.filter((slot) => slot.capacity > 0) ?? [],
  );

  constructor() {
    this.loadSlots();
  }

  protected loadSlots(): void {
    this.callbacks.availability({ startDate: new Date(), numberOfDays: 1 }).subscribe({
      next: (result) => this.availability.set(result),
      error: (error: CallbackError) => this.error.set(error),
    });
  }

  protected book(): void {
    this.booking.set(true);
    this.error.set(null);
    const slot = this.selectedSlot();
    this.callbacks
      .schedule({
        phonenumber: this.phone(),
        subject: this.notes() || undefined,
        desiredTime: slot?.utcTime,
      })
      .subscribe({
        next: (result) => {
          this.booked.set(result);
          this.booking.set(false);
        },
        error: (error: CallbackError) => {
          this.error.set(error);
          this.booking.set(false);
        },
      });
  }
}
