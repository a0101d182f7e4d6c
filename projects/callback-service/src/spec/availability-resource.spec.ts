import {
  ApplicationRef,
  EnvironmentInjector,
  Injector,
  createEnvironmentInjector,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  availabilityResource,
  CallbackError,
  type AvailabilityQuery,
  type AvailabilityResult,
} from '../public-api';
import { CallbackHarness, setUpCallbacks, V1_URL } from './harness-test-helpers';

const AVAILABILITY_URL = `${V1_URL}/availability`;
const isAvailability = (r: { url: string }) => r.url === AVAILABILITY_URL;
const dayQuery = (day: number): AvailabilityQuery => ({
  startDate: `2026-05-0${day}T00:00:00.000Z`,
  numberOfDays: 1,
});

describe('availabilityResource()', () => {
  let h: CallbackHarness;
  let injector: Injector;

  beforeEach(() => {
    // A long ajaxTimeout: a request must be aborted by the resource, not end by timing out.
    h = setUpCallbacks({ dataURL: V1_URL, ajaxTimeout: 60_000 });
    injector = TestBed.inject(Injector);
  });
  afterEach(() => h.http.verify());

  /** Runs the resources' effects (a change-detection pass, as the app does). */
  const runEffects = () => TestBed.tick();
  /** Waits until the resources have taken in what the server answered. */
  const settled = () => TestBed.inject(ApplicationRef).whenStable();

  it('sends the query and holds the normalised result', async () => {
    const slots = availabilityResource(() => dayQuery(2), { injector });
    expect(slots.status()).toBe('loading');
    runEffects();
    const req = h.http.expectOne(isAvailability);
    expect(req.request.params.get('_start')).toBeNull();
    req.flush({ '2026-05-02T10:00:00.000Z': 1, '2026-05-02T09:00:00.000Z': 2 });
    await settled();
    expect(slots.status()).toBe('resolved');
    expect(slots.value()?.slots).toEqual([
      { utcTime: '2026-05-02T09:00:00.000Z', capacity: 2 },
      { utcTime: '2026-05-02T10:00:00.000Z', capacity: 1 },
    ]);
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'availableSlots']);
  });

  it('sends three requests for a query changed three times, aborting the first two', async () => {
    const day = signal(2);
    const slots = availabilityResource(() => dayQuery(day()), { injector });
    runEffects();
    const first = h.http.expectOne(isAvailability);
    day.set(3);
    runEffects();
    const second = h.http.expectOne(isAvailability);
    day.set(4);
    runEffects();
    const third = h.http.expectOne(isAvailability);

    expect([first.cancelled, second.cancelled, third.cancelled]).toEqual([true, true, false]);
    expect([first, second, third].map((r) => r.request.urlWithParams)).toEqual([
      jasmine.stringContaining('2026-05-02'),
      jasmine.stringContaining('2026-05-03'),
      jasmine.stringContaining('2026-05-04'),
    ]);
    third.flush({ '2026-05-04T09:00:00.000Z': 3 });
    await settled();
    expect(slots.value()?.slots.map((s) => s.utcTime)).toEqual(['2026-05-04T09:00:00.000Z']);
  });

  it('stays idle and sends nothing while the query is undefined', async () => {
    const slots = availabilityResource(() => undefined, { injector });
    runEffects();
    await settled();
    h.http.expectNone(isAvailability);
    expect(slots.status()).toBe('idle');
    expect(slots.value()).toBeUndefined();
  });

  it('aborts the request in flight and goes idle when the query becomes undefined', async () => {
    const query = signal<AvailabilityQuery | undefined>(dayQuery(2));
    const slots = availabilityResource(query, { injector });
    runEffects();
    const req = h.http.expectOne(isAvailability);
    query.set(undefined);
    runEffects();
    expect(req.cancelled).toBeTrue();
    await settled();
    expect(slots.status()).toBe('idle');
    expect(slots.value()).toBeUndefined();
    h.http.expectNone(isAvailability);
  });

  it('sends the query again on reload()', async () => {
    const slots = availabilityResource(() => dayQuery(2), { injector });
    runEffects();
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 2 });
    await settled();
    expect(slots.reload()).toBeTrue();
    runEffects();
    expect(slots.status()).toBe('reloading');
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 1 });
    await settled();
    expect(slots.value()?.slots).toEqual([{ utcTime: '2026-05-02T09:00:00.000Z', capacity: 1 }]);
  });

  it('holds a server failure as the CallbackError in error(), with status() error', async () => {
    const slots = availabilityResource(() => dayQuery(2), { injector });
    runEffects();
    h.http
      .expectOne(isAvailability)
      .flush({ message: 'down' }, { status: 500, statusText: 'Server Error' });
    await settled();
    expect(slots.status()).toBe('error');
    const error = slots.error();
    expect(error).toBeInstanceOf(CallbackError);
    expect(error).toEqual(jasmine.objectContaining({ code: 'SERVER_ERROR', status: 500 }));
    expect(slots.hasValue()).toBeFalse();
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'availabilityError']);
  });

  it('holds a refused query as an INVALID_REQUEST CallbackError, and sends nothing', async () => {
    const slots = availabilityResource(
      () => ({ startDate: '2026-05-03T00:00:00Z', endDate: '2026-05-02T00:00:00Z' }),
      { injector },
    );
    runEffects();
    await settled();
    h.http.expectNone(isAvailability);
    expect(slots.status()).toBe('error');
    expect(slots.error()).toEqual(
      jasmine.objectContaining({
        name: 'CallbackError',
        code: 'INVALID_REQUEST',
        field: 'endDate',
      }),
    );
  });

  it('shares one request between two resources asking the same query', async () => {
    const first = availabilityResource(() => dayQuery(2), { injector });
    const second = availabilityResource(() => ({ ...dayQuery(2), numberOfDays: '1' }), {
      injector,
    });
    runEffects();
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 2 });
    await settled();
    const valueOf = (r: { value(): AvailabilityResult | undefined }) => r.value()?.slots;
    expect(valueOf(first)).toEqual([{ utcTime: '2026-05-02T09:00:00.000Z', capacity: 2 }]);
    expect(valueOf(second)).toEqual(valueOf(first));
    expect(h.events.filter((e) => e.type === 'availableSlots').length).toBe(1);
  });

  it('aborts its request when its injector is destroyed', () => {
    const child = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    availabilityResource(() => dayQuery(2), { injector: child });
    runEffects();
    const req = h.http.expectOne(isAvailability);
    child.destroy();
    expect(req.cancelled).toBeTrue();
  });

  it('aborts its request when the resource is destroyed', () => {
    const slots = availabilityResource(() => dayQuery(2), { injector });
    runEffects();
    const req = h.http.expectOne(isAvailability);
    slots.destroy();
    expect(req.cancelled).toBeTrue();
  });

  it('stops reading its query once destroyed', () => {
    const day = signal(2);
    let reads = 0;
    const slots = availabilityResource(
      () => {
        reads++;
        return dayQuery(day());
      },
      { injector },
    );
    runEffects();
    h.http.expectOne(isAvailability);
    slots.destroy();
    const readsBefore = reads;
    day.set(3);
    runEffects();
    expect(reads).toBe(readsBefore);
    h.http.expectNone(isAvailability);
  });

  it('runs in an injection context without an injector option', () => {
    const slots = TestBed.runInInjectionContext(() => availabilityResource(() => undefined));
    expect(slots.status()).toBe('idle');
  });

  it("throws Angular's injection-context error outside one without an injector", () => {
    expect(() => availabilityResource(() => dayQuery(2))).toThrowError(
      /NG0203.*availabilityResource\(\) can only be used within an injection context/,
    );
  });
});
