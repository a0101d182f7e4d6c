// openFor(): v3 GET {dataURL}/open-for/{service}?start=&timezone= → seconds the
// office stays open; lazy and cancellable; v1 UNSUPPORTED with nothing sent.
import { CallbackError } from '../public-api';
import {
  CallbackHarness,
  queryOf,
  record,
  setUpCallbacks,
  V1_URL,
  V3_URL,
} from './harness-test-helpers';

const OPEN_FOR_URL = `${V3_URL}/open-for/customer%20care`;

describe('openFor() on Callback API v3 (GES)', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    h = setUpCallbacks({
      dataURL: V3_URL,
      apiVersion: 'v3',
      apikey: 'ges-key-456',
      serviceName: 'customer care',
      timezone: 'Europe/Paris',
    });
  });
  afterEach(() => h.http.verify());

  it('sends GET /open-for/{service} with start in UTC, the time zone and x-api-key, and reads data.openFor', () => {
    const answer = record(h.callbacks.openFor({ start: '2026-05-04T11:00:00+02:00' }));
    const req = h.http.expectOne((r) => r.url === OPEN_FOR_URL);
    expect(req.request.method).toBe('GET');
    expect(queryOf(req)).toEqual({ start: '2026-05-04T09:00:00.000Z', timezone: 'Europe/Paris' });
    expect(req.request.headers.get('x-api-key')).toBe('ges-key-456');
    const body = {
      status: { code: 0, message: 'Successful', corrId: 'c-1' },
      data: { openFor: 5400 },
    };
    req.flush(body);
    expect(answer).toEqual({
      values: [{ openForSeconds: 5400, raw: body }],
      error: undefined,
      completed: true,
    });
  });

  it('asks about now (no start) by default, and 0 seconds means closed', () => {
    const answer = record(h.callbacks.openFor());
    const req = h.http.expectOne((r) => r.url === OPEN_FOR_URL);
    expect(queryOf(req)).toEqual({ timezone: 'Europe/Paris' });
    req.flush({ status: { code: 0 }, data: { openFor: 0 } });
    expect(answer.values.map((v) => v.openForSeconds)).toEqual([0]);
  });

  it('uses a per-call service name, percent-encoded as one path segment', () => {
    h.callbacks.openFor({ serviceName: 'sales/emea' }).subscribe();
    h.http
      .expectOne((r) => r.url === `${V3_URL}/open-for/sales%2Femea`)
      .flush({ data: { openFor: 60 } });
  });

  it('is lazy and cancellable: nothing before subscription, aborted on unsubscription', () => {
    const query = h.callbacks.openFor();
    h.http.expectNone((r) => r.url === OPEN_FOR_URL);
    const subscription = query.subscribe();
    const req = h.http.expectOne((r) => r.url === OPEN_FOR_URL);
    subscription.unsubscribe();
    expect(req.cancelled).toBeTrue();
  });

  it('is a BAD_RESPONSE when data.openFor is missing or negative', () => {
    for (const data of [{}, { openFor: -5 }, { openFor: 'soon' }]) {
      const answer = record(h.callbacks.openFor());
      h.http.expectOne((r) => r.url === OPEN_FOR_URL).flush({ status: { code: 0 }, data });
      expect((answer.error as CallbackError).code)
        .withContext(JSON.stringify(data))
        .toBe('BAD_RESPONSE');
    }
  });

  it('reads a GES error envelope as other calls do', () => {
    const answer = record(h.callbacks.openFor());
    h.http
      .expectOne((r) => r.url === OPEN_FOR_URL)
      .flush(
        { status: { code: 7040, message: 'Unknown service.', corrId: 'c-9' } },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(answer.error).toEqual(
      jasmine.objectContaining({ code: 'BAD_REQUEST', serverCode: 7040, correlationId: 'c-9' }),
    );
  });

  it('refuses an unreadable start or an unknown field, naming it and sending nothing', () => {
    const refusals = [
      record(h.callbacks.openFor({ start: 'tomorrow' })),
      record(h.callbacks.openFor({ begin: 'x' } as never)),
    ];
    expect(
      refusals.map((r) => [(r.error as CallbackError).code, (r.error as CallbackError).field]),
    ).toEqual([
      ['INVALID_REQUEST', 'start'],
      ['INVALID_REQUEST', 'begin'],
    ]);
  });
});

describe('openFor() without a service name (v3)', () => {
  it('fails with INVALID_CONFIG naming serviceName, sending nothing', () => {
    const h = setUpCallbacks({ dataURL: V3_URL, apiVersion: 'v3' });
    const answer = record(h.callbacks.openFor());
    expect(answer.error).toEqual(
      jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'serviceName' }),
    );
    h.http.verify();
  });
});

describe('openFor() on Callback API v1 (GMS)', () => {
  it('fails with UNSUPPORTED naming the operation and the version, and sends nothing', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    const answer = record(h.callbacks.openFor());
    const error = answer.error as CallbackError;
    expect([error.code, error.retryable]).toEqual(['UNSUPPORTED', false]);
    expect(error.message).toMatch(
      /^openFor\(\) is not available with Callback API v1: .*Nothing was sent\.$/,
    );
    h.http.verify();
  });

  it('says UNSUPPORTED before it reads the arguments: none would make the call possible', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    const answer = record(h.callbacks.openFor({ start: 'not a time', serviceName: '..' }));
    expect((answer.error as CallbackError).code).toBe('UNSUPPORTED');
    h.http.verify();
  });
});
