import { ApplicationRef, Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { callbackStatusResource, CallbackError } from '../public-api';
import { CallbackHarness, queryOf, setUpCallbacks, V1_URL } from './harness-test-helpers';

const RETRIEVE_URL = 'https://gms.example.com/genesys/1/service/callback';
const isRetrieve = (r: { url: string }) => r.url === RETRIEVE_URL;
const gmsRecord = (id: string, state: string) => [
  { _id: id, _callback_state: state, _customer_number: '5550102030' },
];

describe('callbackStatusResource()', () => {
  let h: CallbackHarness;
  let injector: Injector;
  const runEffects = () => TestBed.tick();
  const settled = () => TestBed.inject(ApplicationRef).whenStable();

  beforeEach(() => {
    h = setUpCallbacks({ dataURL: V1_URL, ajaxTimeout: 60_000 });
    injector = TestBed.inject(Injector);
  });
  afterEach(() => h.http.verify());

  it('reads the state of the callback through retrieve()', async () => {
    const state = callbackStatusResource(() => 'gms-7', { injector });
    runEffects();
    const req = h.http.expectOne(isRetrieve);
    expect(queryOf(req)).toEqual({ _id: 'gms-7' });
    req.flush(gmsRecord('gms-7', 'SCHEDULED'));
    await settled();
    expect(state.value()).toEqual(
      jasmine.objectContaining({ id: 'gms-7', state: 'SCHEDULED', phoneNumber: '5550102030' }),
    );
  });

  it('stays idle and sends nothing while the id is undefined', async () => {
    const state = callbackStatusResource(() => undefined, { injector });
    runEffects();
    await settled();
    h.http.expectNone(isRetrieve);
    expect(state.status()).toBe('idle');
  });

  it('aborts the read in flight when the id changes, and when it becomes undefined', async () => {
    const id = signal<string | undefined>('gms-1');
    const state = callbackStatusResource(id, { injector });
    runEffects();
    const first = h.http.expectOne(isRetrieve);
    id.set('gms-2');
    runEffects();
    const second = h.http.expectOne(isRetrieve);
    expect(first.cancelled).toBeTrue();
    expect(queryOf(second)).toEqual({ _id: 'gms-2' });
    id.set(undefined);
    runEffects();
    expect(second.cancelled).toBeTrue();
    await settled();
    expect(state.status()).toBe('idle');
  });

  it('reads the state again on reload()', async () => {
    const state = callbackStatusResource(() => 'gms-7', { injector });
    runEffects();
    h.http.expectOne(isRetrieve).flush(gmsRecord('gms-7', 'SCHEDULED'));
    await settled();
    state.reload();
    runEffects();
    h.http.expectOne(isRetrieve).flush(gmsRecord('gms-7', 'COMPLETED'));
    await settled();
    expect(state.value()?.state).toBe('COMPLETED');
  });

  it('holds an unknown id as the CallbackError in error()', async () => {
    const state = callbackStatusResource(() => 'nope', { injector });
    runEffects();
    h.http.expectOne(isRetrieve).flush([]);
    await settled();
    expect(state.status()).toBe('error');
    expect(state.error()).toBeInstanceOf(CallbackError);
    expect(state.error()).toEqual(jasmine.objectContaining({ code: 'HTTP_ERROR', status: 404 }));
  });

  it("throws Angular's injection-context error outside one without an injector", () => {
    expect(() => callbackStatusResource(() => 'gms-7')).toThrowError(/NG0203/);
  });
});
