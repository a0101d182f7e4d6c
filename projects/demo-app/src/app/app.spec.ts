import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { App } from './app';
import { BookCallback } from './book-callback/book-callback';
import type { DemoConfigFile } from './config/demo-config';

const EMULATOR = 'http://127.0.0.1:8787';
const CONFIG_FILE: DemoConfigFile = {
  emulator: EMULATOR,
  v1: { dataURL: `${EMULATOR}/genesys/1/service/callback/customer-care`, ajaxTimeout: 3000 },
  v3: {
    dataURL: `${EMULATOR}/engagement/v3/callbacks`,
    apiVersion: 'v3',
    serviceName: 'customer-care',
    apikey: 'demo-api-key',
  },
};

describe('demo app', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallbackTesting(),
      ],
    });
  });

  it('renders the shell: pages, API switch, emulator panel and the event log from `ready` on', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    http.expectOne('callback-config.json').flush(CONFIG_FILE);
    http.expectOne(`${EMULATOR}/__emulator/faults`).flush({ faults: [] });
    http.expectOne(`${EMULATOR}/__emulator/callbacks`).flush({ count: 0, callbacks: [] });
    http
      .expectOne((req) => req.url === `${CONFIG_FILE.v1.dataURL}/availability`)
      .flush({ '2030-01-01T10:00:00.000Z': 2 });
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.brand')?.textContent).toContain('ngx-genesys-callback');
    const pages = [...element.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(pages).toEqual(['Widget', 'Build your own', 'Legacy bus']);
    expect(element.querySelector<HTMLInputElement>('input[value="v1"]')?.checked).toBeTrue();
    expect(element.textContent).toContain('Faults off: bookings answer normally.');
    expect(element.textContent).toContain('0 bookings on the emulator');
    expect(element.querySelector('.event-log')?.textContent).toContain('API v1 ready');
    http.verify();
  });

  it('builds its own form: slots in a table, every field of a typed error, then a booking', async () => {
    const controller = TestBed.inject(CallbackTestingController);
    const fixture = TestBed.createComponent(BookCallback);
    // availabilityResource() sends its query on the first change detection.
    TestBed.tick();
    controller.expectAvailability({ maxTimeSlots: 12 }).respond([
      { utcTime: '2030-01-01T10:00:00.000Z', capacity: 2 },
      { utcTime: '2030-01-01T10:15:00.000Z', capacity: 0 },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const rows = element.querySelectorAll('tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[1]?.textContent).toContain('full');

    const phone = element.querySelector<HTMLInputElement>('#byo-phone')!;
    phone.value = '+1 555 010 2030';
    phone.dispatchEvent(new Event('input'));
    rows[0]!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const refused = controller.expectSchedule({
      phonenumber: '+15550102030',
      desiredTime: '2030-01-01T10:00:00.000Z',
    });
    refused.fail({
      code: 'SERVER_ERROR',
      status: 500,
      message: 'The callback service failed (HTTP 500).',
      correlationId: 'corr-1',
      retryable: true,
    });
    await fixture.whenStable();
    const alert = element.querySelector('[role=alert]')?.textContent ?? '';
    for (const text of ['SERVER_ERROR', 'status', '500', 'corr-1', 'retryable', 'true']) {
      expect(alert).toContain(text);
    }

    element.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    controller.expectSchedule({ phonenumber: '+15550102030' }).succeed({ id: 'cb-42' });
    await fixture.whenStable();
    expect(element.querySelector('.byo-booked-id')?.textContent).toBe('cb-42');
    controller.verify();
  });
});
