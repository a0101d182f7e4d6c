// Size probe: with-callback/main.ts plus <cb-callback-widget> inline, without CallbackDialog;
// measured against with-callback (what a page with the inline form alone pays).
import { provideHttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CallbackService, provideCallback } from 'ngx-genesys-callback';
import { CallbackWidget } from 'ngx-genesys-callback/widget';

const URL = 'https://gms.example.com/genesys/1/service/callback/care';

@Component({
  selector: 'app-root',
  imports: [CallbackWidget],
  template: `<button (click)="book()">Book</button> <button (click)="slots()">Slots</button>
    {{ out() }}
    <cb-callback-widget />`,
})
class Root {
  private readonly callbacks = inject(CallbackService);
  protected readonly out = signal('');
  book() {
    this.callbacks
      .schedule({ phonenumber: '5550102030' })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
  slots() {
    this.callbacks
      .availability({ numberOfDays: 1 })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
}

bootstrapApplication(Root, {
  providers: [provideHttpClient(), provideCallback({ dataURL: URL })],
}).catch((e) => console.error(e));
