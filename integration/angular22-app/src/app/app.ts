import { Component } from '@angular/core';
import { CallbackWidget } from 'ngx-genesys-callback/widget';
import { Booking } from './booking';
import { SignalBooking } from './signal-booking';

@Component({
  selector: 'app-root',
  imports: [Booking, CallbackWidget, SignalBooking],
  template: `
    <h1>Angular 22 + ngx-genesys-callback</h1>
    <app-booking />
    <app-signal-booking />
    <cb-callback-widget />
  `,
})
export class App {}
