// Size baseline: the same job as with-callback/main.ts done with bare HttpClient calls.
import { HttpClient, provideHttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

const URL = 'https://gms.example.com/genesys/1/service/callback/care';

@Component({
  selector: 'app-root',
  template: `<button (click)="book()">Book</button> <button (click)="slots()">Slots</button>
    {{ out() }}`,
})
class Root {
  private readonly http = inject(HttpClient);
  protected readonly out = signal('');
  book() {
    this.http
      .post(URL, { _customer_number: '5550102030' })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
  slots() {
    this.http
      .get(`${URL}/availability`, { params: { 'number-of-days': 1 } })
      .subscribe((r) => this.out.set(JSON.stringify(r)));
  }
}

bootstrapApplication(Root, { providers: [provideHttpClient()] }).catch((e) => console.error(e));
