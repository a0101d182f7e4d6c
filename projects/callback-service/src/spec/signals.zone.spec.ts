// The signal API with zone.js loaded (`ng test callback-service --configuration zone`): the
// resources and the booking state behave as in zoneless apps and keep the zone informed.
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import {
  ApplicationRef,
  Injector,
  NgZone,
  provideZoneChangeDetection,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  availabilityResource,
  injectCallbackBooking,
  provideCallback,
  type AvailabilityQuery,
} from '../public-api';
import { record, V1_URL } from './harness-test-helpers';

const isAvailability = (r: { url: string }) => r.url === `${V1_URL}/availability`;

describe('the signal API with zone.js', () => {
  let http: HttpTestingController;
  let injector: Injector;
  let zone: NgZone;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZoneChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL, ajaxTimeout: 60_000 }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    injector = TestBed.inject(Injector);
    zone = TestBed.inject(NgZone);
  });
  afterEach(() => http.verify());

  // A change-detection pass inside the zone, as the zone's own scheduler makes it (a bare
  // TestBed.tick() lets the zone turn stable mid-pass and tick again, recursively).
  const tick = () => zone.run(() => TestBed.tick());

  it('loads the slots of availabilityResource(), then the app is stable', async () => {
    const slots = zone.run(() =>
      availabilityResource(() => ({ startDate: '2026-05-02', numberOfDays: 1 }), { injector }),
    );
    tick();
    http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 2 });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(slots.value()?.slots).toEqual([{ utcTime: '2026-05-02T09:00:00.000Z', capacity: 2 }]);
  });

  it('aborts the previous query when it changes, and when it becomes undefined', () => {
    const query = signal<AvailabilityQuery | undefined>({ startDate: '2026-05-02' });
    const slots = zone.run(() => availabilityResource(query, { injector }));
    tick();
    const first = http.expectOne(isAvailability);
    query.set({ startDate: '2026-05-03' });
    tick();
    const second = http.expectOne(isAvailability);
    query.set(undefined);
    tick();
    expect([first.cancelled, second.cancelled]).toEqual([true, true]);
    expect(slots.status()).toBe('idle');
  });

  it('sends one POST for book() twice while sending, inside the Angular zone', () => {
    const booking = injectCallbackBooking({ injector });
    const first = record(zone.run(() => booking.book({ phonenumber: '5550102030' })));
    const second = record(zone.run(() => booking.book({ phonenumber: '5550104444' })));
    expect(zone.hasPendingMacrotasks).toBeTrue();
    http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(zone.hasPendingMacrotasks).toBeFalse();
    expect(second.values).toEqual(first.values);
    expect(booking.status()).toBe('booked');
  });
});
