import { Component, computed, input } from '@angular/core';
import {
  availabilityResource,
  callbackStatusResource,
  injectCallbackBooking,
  isCallbackError,
  type CallbackSlot,
} from 'ngx-genesys-callback';

/**
 * The signal API in one small form: `availabilityResource()` lists the free slots of the
 * next `days()`, `injectCallbackBooking()` books the one chosen, and `callbackStatusResource()`
 * reads the state of the booked callback as soon as there is one.
 */
@Component({
  selector: 'app-signal-booking',
  template: `
    @if (slots.hasValue()) {
      <ul id="slots">
        @for (slot of slots.value().slots; track slot.utcTime) {
          <li>
            <button type="button" (click)="book(slot)">
              {{ slot.utcTime }} ({{ slot.capacity }} free)
            </button>
          </li>
        }
      </ul>
    }
    @if (slotsError(); as error) {
      <p id="slots-error">Slots failed: {{ error.code }}</p>
    }
    <p id="booking-status">{{ booking.status() }}</p>
    @if (booking.result(); as booked) {
      <p id="booked">Booked {{ booked.id }}</p>
    }
    @if (booking.error(); as error) {
      <p id="booking-error">Booking failed: {{ error.code }}</p>
    }
    @if (state.hasValue()) {
      <p id="state">State {{ state.value().state }}</p>
    }
  `,
})
export class SignalBooking {
  /** How many days of slots to list, from `start()`. */
  readonly days = input(1);
  /** The first day listed (`YYYY-MM-DD`, read as UTC midnight). */
  readonly start = input('2030-01-07');

  protected readonly slots = availabilityResource(() => ({
    startDate: this.start(),
    numberOfDays: this.days(),
  }));
  protected readonly booking = injectCallbackBooking();
  /** Idle until a booking succeeds, then reads that callback's state. */
  protected readonly state = callbackStatusResource(() => this.booking.result()?.id);
  /** A resource's `error()` is typed `Error`: shown only when it is the library's CallbackError. */
  protected readonly slotsError = computed(() => {
    const error = this.slots.error();
    return isCallbackError(error) ? error : undefined;
  });

  /** Books `slot`; a second click while sending returns the same booking and sends nothing. */
  book(slot: CallbackSlot): void {
    this.booking.book({ phonenumber: '+1 555 010 2030', desiredTime: slot.utcTime }).subscribe({
      // The outcome is in booking.status()/result()/error(); nothing more to do here.
      error: () => undefined,
    });
  }
}
