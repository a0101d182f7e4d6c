import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideCallback } from 'ngx-genesys-callback';
import { App } from './app';
import { BookCallback } from './book-callback/book-callback';

describe('demo app', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback({ dataURL: 'https://gms.example.com/genesys/1/service/callback/demo' }),
      ],
    });
  });

  it('renders the shell heading', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toContain(
      'ngx-genesys-callback demo',
    );
  });

  it('books a callback through the packaged library and shows the id', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(BookCallback);
    http
      .expectOne((req) => req.url.endsWith('/availability'))
      .flush({ '2030-01-01T10:00:00.000Z': 2 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const phone = element.querySelector<HTMLInputElement>('#phone')!;
    phone.value = '+1 555 010 2030';
    phone.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const post = http.expectOne({ method: 'POST' });
    expect(post.request.body.get('_customer_number')).toBe('+15550102030');
    post.flush({ _id: 'cb-42' });
    await fixture.whenStable();
    expect(element.textContent).toContain('cb-42');
    http.verify();
  });
});
