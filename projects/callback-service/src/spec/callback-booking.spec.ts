import { EnvironmentInjector, Injector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackError, injectCallbackBooking, type CallbackBookingState } from '../public-api';
import {
  CallbackHarness,
  formFields,
  record,
  setUpCallbacks,
  V1_URL,
} from './harness-test-helpers';

describe('injectCallbackBooking()', () => {
  let h: CallbackHarness;
  let booking: CallbackBookingState;
  const stateOf = (b: CallbackBookingState) => ({
    status: b.status(),
    result: b.result(),
    error: b.error(),
  });

  beforeEach(() => {
    h = setUpCallbacks({ dataURL: V1_URL, ajaxTimeout: 60_000 });
    booking = injectCallbackBooking({ injector: TestBed.inject(Injector) });
  });
  afterEach(() => h.http.verify());

  it('is idle before the first booking', () => {
    expect(stateOf(booking)).toEqual({ status: 'idle', result: undefined, error: undefined });
  });

  it('sends at the call, unsubscribed, and goes sending then booked', () => {
    booking.book({ phonenumber: '5550102030' });
    const req = h.http.expectOne(V1_URL);
    expect(booking.status()).toBe('sending');
    req.flush({ _id: 'cb-1' });
    expect(stateOf(booking)).toEqual({
      status: 'booked',
      result: { id: 'cb-1', raw: { _id: 'cb-1' } },
      error: undefined,
    });
  });

  it('sends one POST for book() called twice while sending, and both get the same outcome', () => {
    const first = record(booking.book({ phonenumber: '5550102030' }));
    const second = record(booking.book({ phonenumber: '5550109999', firstname: 'Other' }));
    const req = h.http.expectOne(V1_URL);
    expect(formFields(req)['_customer_number']).toBe('5550102030');
    req.flush({ _id: 'cb-1' });
    expect(first.values.map((r) => r.id)).toEqual(['cb-1']);
    expect(second.values).toEqual(first.values);
    expect(second.completed).toBeTrue();
    expect(h.events.filter((e) => e.type === 'scheduled').length).toBe(1);
  });

  it('updates its state before the caller hears of the outcome', () => {
    const seen: string[] = [];
    booking.book({ phonenumber: '5550102030' }).subscribe(() => seen.push(booking.status()));
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(seen).toEqual(['booked']);
  });

  it('goes failed with the server refusal as a CallbackError', () => {
    const outcome = record(booking.book({ phonenumber: '5550102030' }));
    h.http
      .expectOne(V1_URL)
      .flush({ message: 'busy' }, { status: 503, statusText: 'Service Unavailable' });
    expect(booking.status()).toBe('failed');
    expect(booking.error()).toBeInstanceOf(CallbackError);
    expect(booking.error()).toEqual(
      jasmine.objectContaining({ code: 'SERVER_ERROR', status: 503 }),
    );
    expect(outcome.error).toBe(booking.error());
    expect(booking.result()).toBeUndefined();
  });

  it('goes failed on a refused request without sending anything', () => {
    booking.book({ phonenumber: '12' });
    h.http.expectNone(V1_URL);
    expect(booking.status()).toBe('failed');
    expect(booking.error()).toEqual(
      jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'phonenumber' }),
    );
  });

  it('sends a new booking after a failure, clearing the error while sending', () => {
    booking.book({ phonenumber: '12' });
    booking.book({ phonenumber: '5550102030' });
    expect(stateOf(booking)).toEqual({ status: 'sending', result: undefined, error: undefined });
    h.http.expectOne(V1_URL).flush({ _id: 'cb-2' });
    expect(booking.result()?.id).toBe('cb-2');
  });

  it('goes back to idle on reset(), forgetting the result', () => {
    booking.book({ phonenumber: '5550102030' });
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    booking.reset();
    expect(stateOf(booking)).toEqual({ status: 'idle', result: undefined, error: undefined });
  });

  it('ignores reset() while sending, so the state still reports how the booking ended', () => {
    booking.book({ phonenumber: '5550102030' });
    booking.reset();
    expect(booking.status()).toBe('sending');
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(booking.status()).toBe('booked');
  });

  it('never aborts a booking when its injector is destroyed: the Observable still delivers', () => {
    const child = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    const own = injectCallbackBooking({ injector: child });
    const outcome = record(own.book({ phonenumber: '5550102030' }));
    const req = h.http.expectOne(V1_URL);
    child.destroy();
    expect(req.cancelled).toBeFalse();
    req.flush({ _id: 'cb-1' });
    expect(outcome.values.map((r) => r.id)).toEqual(['cb-1']);
    expect(own.status()).toBe('booked');
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'scheduled']);
  });

  it('runs in an injection context without an injector option', () => {
    const own = TestBed.runInInjectionContext(() => injectCallbackBooking());
    expect(own.status()).toBe('idle');
  });

  it("throws Angular's injection-context error outside one without an injector", () => {
    expect(() => injectCallbackBooking()).toThrowError(
      /NG0203.*injectCallbackBooking\(\) can only be used within an injection context/,
    );
  });
});
