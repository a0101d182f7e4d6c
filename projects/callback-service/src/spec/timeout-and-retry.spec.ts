import { CallbackError, withRetry } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL } from './harness-test-helpers';

const AVAILABILITY_URL = `${V1_URL}/availability`;
const isAvailability = (r: { url: string }) => r.url === AVAILABILITY_URL;

describe('ajaxTimeout', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-05-02T08:00:00Z'));
    h = setUpCallbacks({ dataURL: V1_URL, ajaxTimeout: 250 });
  });
  afterEach(() => {
    h.http.verify();
    jasmine.clock().uninstall();
  });

  it('aborts a booking after ajaxTimeout and reports TIMEOUT with an unknown outcome', () => {
    const booking = record(h.callbacks.schedule({ phonenumber: '5550102030' }));
    const req = h.http.expectOne(V1_URL);
    jasmine.clock().tick(249);
    expect(booking.error).toBeUndefined();
    jasmine.clock().tick(1);
    expect(req.cancelled).toBeTrue();
    const error = booking.error as CallbackError;
    expect([error.code, error.retryable]).toEqual(['TIMEOUT', false]);
    expect(error.message).toContain('may or may not have been booked');
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'scheduleError']);
  });

  it('aborts an availability query after ajaxTimeout', () => {
    const slots = record(h.callbacks.availability({ numberOfDays: 1 }));
    const req = h.http.expectOne(isAvailability);
    jasmine.clock().tick(250);
    expect(req.cancelled).toBeTrue();
    expect(slots.error).toEqual(jasmine.objectContaining({ code: 'TIMEOUT', retryable: true }));
  });

  it('does not fire after an answer arrived in time', () => {
    const booking = record(h.callbacks.schedule({ phonenumber: '5550102030' }));
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    jasmine.clock().tick(1000);
    expect(booking.values.length).toBe(1);
    expect(booking.error).toBeUndefined();
  });
});

describe('withRetry()', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-05-02T08:00:00Z'));
    spyOn(Math, 'random').and.returnValue(0.5);
    h = setUpCallbacks({ dataURL: V1_URL, ajaxTimeout: 1000 }, [
      withRetry({ maxAttempts: 3, initialDelayMs: 200, maxDelayMs: 1000, maxTotalMs: 10_000 }),
    ]);
  });
  afterEach(() => {
    h.http.verify();
    jasmine.clock().uninstall();
  });

  it('retries availability after 503 with full-jitter exponential backoff, and succeeds', () => {
    const slots = record(h.callbacks.availability({ numberOfDays: 1 }));
    h.http.expectOne(isAvailability).flush({}, { status: 503, statusText: 'Unavailable' });
    jasmine.clock().tick(99); // 0.5 × 200 ms
    h.http.expectNone(isAvailability);
    jasmine.clock().tick(1);
    h.http.expectOne(isAvailability).error(new ProgressEvent('error'));
    jasmine.clock().tick(199); // 0.5 × 400 ms
    h.http.expectNone(isAvailability);
    jasmine.clock().tick(1);
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 1 });
    expect(slots.values.length).toBe(1);
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'availableSlots']);
  });

  it('retries after a timed-out attempt, each attempt with its own timeout', () => {
    const slots = record(h.callbacks.availability({ numberOfDays: 1 }));
    const first = h.http.expectOne(isAvailability);
    jasmine.clock().tick(1000);
    expect(first.cancelled).toBeTrue();
    jasmine.clock().tick(100);
    h.http.expectOne(isAvailability).flush({});
    expect(slots.values.length).toBe(1);
  });

  it('gives up after maxAttempts and publishes one availabilityError', () => {
    const slots = record(h.callbacks.availability({ numberOfDays: 1 }));
    for (let attempt = 0; attempt < 3; attempt++) {
      h.http.expectOne(isAvailability).flush({}, { status: 502, statusText: 'Bad Gateway' });
      jasmine.clock().tick(1000);
    }
    h.http.expectNone(isAvailability);
    expect((slots.error as CallbackError).status).toBe(502);
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'availabilityError']);
  });

  it('waits at least Retry-After', () => {
    record(h.callbacks.availability({ numberOfDays: 1 }));
    h.http
      .expectOne(isAvailability)
      .flush({}, { status: 429, statusText: 'Too Many', headers: { 'Retry-After': '3' } });
    jasmine.clock().tick(2999);
    h.http.expectNone(isAvailability);
    jasmine.clock().tick(1);
    h.http.expectOne(isAvailability).flush({});
  });

  it('gives up at once when Retry-After is beyond the total time budget', () => {
    const slots = record(h.callbacks.availability({ numberOfDays: 1 }));
    h.http
      .expectOne(isAvailability)
      .flush({}, { status: 429, statusText: 'Too Many', headers: { 'Retry-After': '60' } });
    expect(slots.error).toEqual(
      jasmine.objectContaining({ code: 'RATE_LIMITED', retryAfterMs: 60_000 }),
    );
  });

  it('does not retry what a retry cannot fix (400, 500)', () => {
    const bad = record(h.callbacks.availability({ numberOfDays: 1 }));
    h.http.expectOne(isAvailability).flush({}, { status: 400, statusText: 'Bad Request' });
    const broken = record(h.callbacks.availability({ numberOfDays: 2 }));
    h.http.expectOne(isAvailability).flush({}, { status: 500, statusText: 'Error' });
    jasmine.clock().tick(5000);
    h.http.expectNone(isAvailability);
    expect([(bad.error as CallbackError).code, (broken.error as CallbackError).code]).toEqual([
      'BAD_REQUEST',
      'SERVER_ERROR',
    ]);
  });

  it('never retries schedule()', () => {
    const booking = record(h.callbacks.schedule({ phonenumber: '5550102030' }));
    h.http.expectOne(V1_URL).flush({}, { status: 503, statusText: 'Unavailable' });
    jasmine.clock().tick(10_000);
    h.http.expectNone(V1_URL);
    expect((booking.error as CallbackError).code).toBe('SERVER_ERROR');
  });

  it('stops retrying when the subscriber leaves during the backoff', () => {
    const subscription = h.callbacks
      .availability({ numberOfDays: 1 })
      .subscribe({ error: () => undefined });
    h.http.expectOne(isAvailability).flush({}, { status: 503, statusText: 'Unavailable' });
    subscription.unsubscribe();
    jasmine.clock().tick(5000);
    h.http.expectNone(isAvailability);
  });
});
