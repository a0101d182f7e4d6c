import { Component, inject, input, signal } from '@angular/core';
import {
  CallbackService,
  isCallbackError,
  type CallbackErrorCode,
  type ScheduleResult,
} from 'ngx-genesys-callback';

/** Books a callback through CallbackService and shows the outcome. */
@Component({
  selector: 'app-booking',
  template: `
    <button type="button" id="book" (click)="book()">Call me back</button>
    @if (result(); as booked) {
      <p id="booked">Booked {{ booked.id }}</p>
    }
    @if (error(); as code) {
      <p id="error">Failed: {{ code }}</p>
    }
  `,
})
export class Booking {
  private readonly callbacks = inject(CallbackService);
  readonly phone = input('+1 555 010 2030');
  protected readonly result = signal<ScheduleResult | null>(null);
  protected readonly error = signal<CallbackErrorCode | null>(null);

  book(): void {
    this.callbacks.schedule({ phonenumber: this.phone(), firstname: 'Ada' }).subscribe({
      next: (result) => this.result.set(result),
      error: (error: unknown) => this.error.set(isCallbackError(error) ? error.code : null),
    });
  }
}
