// Browser benchmarks of the core: per-call overhead against bare HttpClient, and memory over
// 10,000 calls. Figures are printed (lines starting with BENCH), never asserted.
import {
  HttpBackend,
  HttpClient,
  HttpHeaders,
  HttpParams,
  provideHttpClient,
  withFetch,
} from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CallbackService, provideCallback } from 'ngx-genesys-callback';
import { compare, heapAfterGc, InMemoryGenesysBackend, report } from './bench-helpers';

const MEMORY_URL = 'https://gms.example.com/genesys/1/service/callback/bench';
const DAY_MS = 86_400_000;
const EMULATOR_URL = 'http://127.0.0.1:8792/genesys/1/service/callback/customer-care';
const FORM_HEADERS = new HttpHeaders({
  'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
});
const LONG = 10 * 60_000;

function setUp(
  dataURL: string,
  inMemory: boolean,
): { callbacks: CallbackService; http: HttpClient } {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withFetch()),
      ...(inMemory ? [{ provide: HttpBackend, useClass: InMemoryGenesysBackend }] : []),
      provideCallback({ dataURL, ajaxTimeout: 10_000 }),
    ],
  });
  return { callbacks: TestBed.inject(CallbackService), http: TestBed.inject(HttpClient) };
}

async function overhead(
  label: string,
  dataURL: string,
  inMemory: boolean,
  rounds: number,
  calls: number,
): Promise<void> {
  const { callbacks, http } = setUp(dataURL, inMemory);
  // Tomorrow (UTC midnight): a fixed date would one day fall past the emulator's 366-day
  // horizon, or into the past.
  const day = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS);
  // Distinct phone numbers: identical bookings in flight would be shared, not sent.
  const phone = (i: number) => `55501${String(i % 100000).padStart(5, '0')}`;
  const schedule = await compare(
    rounds,
    calls,
    (i) => firstValueFrom(callbacks.schedule({ phonenumber: phone(i) })),
    (i) =>
      firstValueFrom(
        http.post(dataURL, new HttpParams({ fromObject: { _customer_number: phone(i) } }), {
          headers: FORM_HEADERS,
        }),
      ),
  );
  const availability = await compare(
    rounds,
    calls,
    () => firstValueFrom(callbacks.availability({ startDate: day, numberOfDays: 1 })),
    () =>
      firstValueFrom(
        http.get(`${dataURL}/availability`, {
          params: { start: day.toISOString(), 'number-of-days': 1 },
        }),
      ),
  );
  for (const [operation, result] of [
    ['schedule', schedule],
    ['availability', availability],
  ] as const) {
    report(
      `${label} ${operation}: ${result.libraryUs.toFixed(1)} µs/call with CallbackService, ` +
        `${result.bareUs.toFixed(1)} µs/call with bare HttpClient, ratio ${result.ratio.toFixed(3)}x`,
    );
  }
}

describe('benchmarks', () => {
  afterEach(() => TestBed.resetTestingModule());

  it(
    'per-call overhead, in-memory backend (client code only)',
    async () => {
      await overhead('in-memory', MEMORY_URL, true, 5, 2000);
      expect().nothing();
    },
    LONG,
  );

  it(
    'per-call overhead, emulator on loopback (real HTTP)',
    async () => {
      await overhead('loopback', EMULATOR_URL, false, 3, 300);
      expect().nothing();
    },
    LONG,
  );

  it(
    'memory after 10,000 calls with subscribers coming and going',
    async () => {
      const { callbacks } = setUp(MEMORY_URL, true);
      const before = await heapAfterGc();
      for (let i = 0; i < 10_000; i++) {
        const events = callbacks.events$.subscribe();
        const slots = callbacks.availability({ numberOfDays: 1 + (i % 7) }).subscribe();
        // Half the subscribers leave before the answer, half after it.
        if (i % 2 === 0) slots.unsubscribe();
        await firstValueFrom(
          callbacks.schedule({ phonenumber: `55502${String(i).padStart(5, '0')}` }),
        );
        slots.unsubscribe();
        events.unsubscribe();
      }
      const after = await heapAfterGc();
      report(
        `memory: heap ${(before / 1024).toFixed(0)} KB before, ${(after / 1024).toFixed(0)} KB after 10,000 calls ` +
          `(${((after - before) / 1024).toFixed(0)} KB difference, after forced GC)`,
      );
      expect().nothing();
    },
    LONG,
  );
});
