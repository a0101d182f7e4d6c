import { Component, signal } from '@angular/core';
import { injectCallbackBooking } from 'ngx-genesys-callback';

/**
 * A "call me back" button on the core entry alone: no widget, so no @angular/cdk. Its spec
 * uses provideCallbackTesting(), which must therefore work without the CDK too.
 */
@Component({
  selector: 'app-root',
  template: `
    <h1>Call me back</h1>
    <label>
      Phone
      <input id="phone" [value]="phone()" (input)="phone.set(field($event))" />
    </label>
    <button type="button" id="book" (click)="book()">Call me back</button>
    <p id="status">{{ booking.status() }}</p>
    @if (booking.result(); as booked) {
      <p id="booked">Booked {{ booked.id }}</p>
    }
    @if (booking.error(); as error) {
      <p id="error">Failed: {{ error.code }}</p>
    }
  `,
})
export class App {
  protected readonly phone = signal('');
  protected readonly booking = injectCallbackBooking();

  protected field(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected book(): void {
    // The outcome is shown from booking.status()/result()/error().
    this.booking.book({ phonenumber: this.phone() }).subscribe({ error: () => undefined });
  }
}
