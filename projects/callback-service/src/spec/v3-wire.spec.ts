import { CallbackError } from '../public-api';
import { CallbackHarness, queryOf, record, setUpCallbacks, V3_URL } from './harness-test-helpers';

describe('Callback API v3 (GES) on the wire', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    h = setUpCallbacks({
      dataURL: V3_URL,
      apiVersion: 'V3',
      apikey: 'ges-key-456',
      serviceName: 'customer care',
      timezone: 'Europe/Paris',
      userData: { portal: 'self-service' },
    });
  });
  afterEach(() => h.http.verify());

  it('schedule() posts JSON to /create with x-api-key and the config userData merged', () => {
    h.callbacks.schedule({
      phonenumber: '+44 20 7946 0018',
      firstname: 'Ada',
      lastname: 'Lovelace',
      email: 'ada@example.com',
      subject: 'Notes',
      desiredTime: new Date(Date.UTC(2026, 4, 2, 13, 30)),
      userData: { orderId: 'A-17', vip: true },
      captchaToken: 'captcha-xyz',
    });
    const req = h.http.expectOne(`${V3_URL}/create`);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('x-api-key')).toBe('ges-key-456');
    expect(req.request.headers.has('apikey')).toBeFalse();
    expect(req.request.detectContentTypeHeader()).toBe('application/json');
    expect(req.request.body).toEqual({
      serviceName: 'customer care',
      phoneNumber: '+442079460018',
      desiredTime: '2026-05-02T13:30:00.000Z',
      userData: {
        portal: 'self-service',
        orderId: 'A-17',
        vip: true,
        firstname: 'Ada',
        lastname: 'Lovelace',
        email: 'ada@example.com',
        subject: 'Notes',
      },
      captchaToken: 'captcha-xyz',
    });
    req.flush({ status: { code: 0, message: 'Successful', corrId: 'c-1' }, data: { id: 'ges-1' } });
  });

  it('schedule() sends only serviceName, phoneNumber and userData for "as soon as possible"', () => {
    const outcome = record(
      h.callbacks.schedule({ phonenumber: '5550102030', serviceName: 'sales' }),
    );
    const req = h.http.expectOne(`${V3_URL}/create`);
    expect(req.request.body).toEqual({
      serviceName: 'sales',
      phoneNumber: '5550102030',
      userData: { portal: 'self-service' },
    });
    const body = {
      status: { code: 0, message: 'Successful', corrId: 'c-2' },
      data: { id: 'ges-2' },
    };
    req.flush(body);
    expect(outcome.values).toEqual([{ id: 'ges-2', raw: body }]);
  });

  it('availability() uses the percent-encoded service in the path and camelCase query names', () => {
    record(
      h.callbacks.availability({
        startDate: '2026-05-02T00:00:00Z',
        numberOfDays: 2,
        maxTimeSlots: 10,
      }),
    );
    const req = h.http.expectOne((r) => r.url === `${V3_URL}/availability/customer%20care`);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('x-api-key')).toBe('ges-key-456');
    expect(queryOf(req)).toEqual({
      start: '2026-05-02T00:00:00.000Z',
      numberOfDays: '2',
      maxTimeSlots: '10',
      timezone: 'Europe/Paris',
    });
    req.flush({ status: { code: 0 }, data: { slots: [] } });
  });

  it('availability() normalises data.slots, sorted, with time zone and slot length', () => {
    const outcome = record(
      h.callbacks.availability({ startDate: '2026-05-02T00:00:00Z', serviceName: 'sales/emea' }),
    );
    const body = {
      status: { code: 0, message: 'Successful', corrId: 'c-3' },
      data: {
        slots: [
          {
            utcTime: '2026-05-02T08:15:00.000Z',
            localTime: '2026-05-02T10:15:00.000+02:00',
            capacity: 0,
            total: 4,
          },
          {
            utcTime: '2026-05-02T08:00:00.000Z',
            localTime: '2026-05-02T10:00:00.000+02:00',
            capacity: 3,
            total: 4,
          },
        ],
        durationMin: 15,
        timezone: 'Europe/Paris',
      },
    };
    h.http.expectOne((r) => r.url === `${V3_URL}/availability/sales%2Femea`).flush(body);
    expect(outcome.values).toEqual([
      {
        slots: [
          {
            utcTime: '2026-05-02T08:00:00.000Z',
            capacity: 3,
            localTime: '2026-05-02T10:00:00.000+02:00',
            total: 4,
          },
          {
            utcTime: '2026-05-02T08:15:00.000Z',
            capacity: 0,
            localTime: '2026-05-02T10:15:00.000+02:00',
            total: 4,
          },
        ],
        timezone: 'Europe/Paris',
        durationMin: 15,
        raw: body,
      },
    ]);
  });

  it('availability() without data.slots is a BAD_RESPONSE', () => {
    const outcome = record(h.callbacks.availability({ numberOfDays: 1 }));
    h.http
      .expectOne((r) => r.url.startsWith(`${V3_URL}/availability/`))
      .flush({ status: { code: 0 } });
    expect((outcome.error as CallbackError).code).toBe('BAD_RESPONSE');
  });

  it('cancel() posts {id} to /cancel', () => {
    const outcome = record(h.callbacks.cancel('ges-1'));
    const req = h.http.expectOne(`${V3_URL}/cancel`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ id: 'ges-1' });
    expect(req.request.headers.get('x-api-key')).toBe('ges-key-456');
    req.flush({ status: { code: 0 }, data: { id: 'ges-1' } });
    expect(outcome.completed).toBeTrue();
  });

  it('retrieve() posts {id} to /retrieve and normalises the status', () => {
    const outcome = record(h.callbacks.retrieve('ges-1'));
    const req = h.http.expectOne(`${V3_URL}/retrieve`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ id: 'ges-1' });
    const body = {
      status: { code: 0 },
      data: {
        id: 'ges-1',
        desiredTime: '2026-05-02T08:00:00.000Z',
        callbackState: 'QUEUED',
        phoneNumber: '5550102030',
        positionInQueue: 2,
        estimatedWaitTime: 90,
      },
    };
    req.flush(body);
    expect(outcome.values).toEqual([
      {
        id: 'ges-1',
        state: 'QUEUED',
        desiredTime: '2026-05-02T08:00:00.000Z',
        phoneNumber: '5550102030',
        positionInQueue: 2,
        estimatedWaitTime: 90,
        raw: body,
      },
    ]);
  });

  it('reads a GES error envelope: code, message, corrId and proposed slots', () => {
    const outcome = record(
      h.callbacks.schedule({ phonenumber: '5550102030', desiredTime: '2026-05-02T13:00:00Z' }),
    );
    h.http.expectOne(`${V3_URL}/create`).flush(
      {
        status: { code: 7041, message: 'Too many requests at this time', corrId: 'corr-99' },
        data: { slots: { '2026-05-02T13:15:00.000Z': 2 } },
      },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '30' } },
    );
    expect(outcome.error).toEqual(
      jasmine.objectContaining({
        code: 'RATE_LIMITED',
        status: 429,
        serverCode: 7041,
        serverMessage: 'Too many requests at this time',
        correlationId: 'corr-99',
        retryAfterMs: 30_000,
        proposedSlots: [{ utcTime: '2026-05-02T13:15:00.000Z', capacity: 2 }],
      }),
    );
  });
});
