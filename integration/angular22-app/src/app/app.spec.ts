import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { App } from './app';
import { appConfig, DATA_URL } from './app.config';

describe('App with provideHttpClient() + provideCallback() (Angular 22)', () => {
  it('books over HttpClient with the app config', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Angular 22');

    element.querySelector<HTMLButtonElement>('#book')!.click();
    const request = TestBed.inject(HttpTestingController).expectOne(
      (req) => req.method === 'POST' && req.url === DATA_URL,
    );
    request.flush({ _id: 'cb-http' });
    await fixture.whenStable();
    expect(element.querySelector('#booked')?.textContent?.trim()).toBe('Booked cb-http');
  });
});
