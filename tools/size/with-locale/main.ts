// Size probe: with-widget/main.ts with the German texts registered and LOCALE_ID de, so the
// difference with with-widget is what one extra locale costs an app.
import { provideHttpClient } from '@angular/common/http';
import { Component, LOCALE_ID, inject, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CallbackService, provideCallback } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_STRINGS_DE,
  CallbackDialog,
  CallbackWidget,
  provideCallbackWidgetLocales,
} from 'ngx-genesys-callback/widget';

const URL = 'https://gms.example.com/genesys/1/service/callback/care';

@Component({
  selector: 'app-root',
  imports: [CallbackWidget],
  template: `<button (click)="book()">Book</button> <button (click)="slots()">Slots</button>
    <button (click)="callMeBack()">Call me back</button>
    {{ out() }}
    <cb-callback-widget />`,
})
class Root {
  private readonly callbacks = inject(CallbackService);
  private readonly dialog = inject(CallbackDialog);
  protected readonly out = signal('');
  book() {
    this.callbacks
      .schedule({ phonenumber: '5550102030' })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
  callMeBack() {
    this.dialog.open().closed.subscribe((o) => this.out.set(o.status));
  }
  slots() {
    this.callbacks
      .availability({ numberOfDays: 1 })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
}

bootstrapApplication(Root, {
  providers: [
    provideHttpClient(),
    provideCallback({ dataURL: URL }),
    { provide: LOCALE_ID, useValue: 'de' },
    provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE),
  ],
}).catch((e) => console.error(e));
