// Size probe: provideCallback + schedule + availability, measured against baseline/main.ts.
import { provideHttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CallbackService, provideCallback } from 'ngx-genesys-callback';

const URL = 'https://gms.example.com/genesys/1/service/callback/care';

@Component({
  selector: 'app-root',
  template: `<button (click)="book()">Book</button> <button (click)="slots()">Slots</button>
    {{ out() }}`,
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
