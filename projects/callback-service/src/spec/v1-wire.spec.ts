import { TestBed } from '@angular/core/testing';
import { CallbackError } from '../public-api';
import {
  CallbackHarness,
  formFields,
  queryOf,
  record,
  setUpCallbacks,
  V1_URL,
} from './harness-test-helpers';

describe('Callback API v1 (GMS) on the wire', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    h = setUpCallbacks({
      dataURL: `${V1_URL}/`,
      apikey: 'gms-key-123',
      callDirection: 'USERTERMINATED',
      userData: { portal: 'self-service', tier: 2 },
    });
  });
  afterEach(() => h.http.verify());

  it('schedule() posts a form with the GMS keys, top-level fields and merged user data', () => {
    h.callbacks.schedule({
      phonenumber: '+1 (555) 010-2030',
      firstname: 'Ada',
      lastname: 'Lovelace',
      email: 'ada@example.com',
      subject: 'Invoice & refund?',
      desiredTime: '2026-05-02T15:30:00+02:00',
      userData: { tier: 3, orderId: 'A-17' },
    });
    const req = h.http.expectOne(V1_URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.detectContentTypeHeader()).toContain('application/x-www-form-urlencoded');
    expect(req.request.headers.get('apikey')).toBe('gms-key-123');
    expect(req.request.headers.has('x-api-key')).toBeFalse();
    expect(formFields(req)).toEqual({
      _customer_number: '+15550102030',
      _desired_time: '2026-05-02T13:30:00.000Z',
      _call_direction: 'USERTERMINATED',
      firstname: 'Ada',
      lastname: 'Lovelace',
      email: 'ada@example.com',
      subject: 'Invoice & refund?',
      portal: 'self-service',
      tier: '3',
      orderId: 'A-17',
    });
    req.flush({ _id: 'gms-1' });
  });

  it('percent-encodes form values completely, as jQuery.param did', () => {
    h.callbacks.schedule({ phonenumber: '+15550102030', desiredTime: '2026-05-02T13:30:00.000Z' });
    const body = h.http.expectOne(V1_URL).request.serializeBody() as string;
    expect(body).toContain('_customer_number=%2B15550102030');
    expect(body).toContain('_desired_time=2026-05-02T13%3A30%3A00.000Z');
  });

  it('omits _desired_time for "as soon as possible"', () => {
    h.callbacks.schedule({ phonenumber: '5550102030' });
    const fields = formFields(h.http.expectOne(V1_URL));
    expect('_desired_time' in fields).toBeFalse();
    expect(fields['_customer_number']).toBe('5550102030');
  });

  it('passes GMS options in user data but refuses keys that would replace the booking', () => {
    h.callbacks.schedule({ phonenumber: '5550102030', userData: { _urs_virtual_queue: 'VQ_1' } });
    expect(formFields(h.http.expectOne(V1_URL))['_urs_virtual_queue']).toBe('VQ_1');
    for (const key of ['_customer_number', '_desired_time']) {
      const refused = record(
        h.callbacks.schedule({ phonenumber: '5550102030', userData: { [key]: 'x' } }),
      );
      expect(refused.error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'userData' }),
      );
    }
    h.http.expectNone(V1_URL);
  });

  it('lets a call set _call_direction in user data over the configured default', () => {
    h.callbacks.schedule({
      phonenumber: '5550102030',
      userData: { _call_direction: 'USERORIGINATED' },
    });
    expect(formFields(h.http.expectOne(V1_URL))['_call_direction']).toBe('USERORIGINATED');
  });

  it('schedule() resolves with the _id and the raw body', () => {
    const outcome = record(
      h.callbacks.schedule({
        phonenumber: '5550102030',
        desiredTime: new Date(Date.UTC(2026, 4, 2, 9)),
      }),
    );
    const body = {
      _id: 'gms-7',
      _action: 'ConfirmationDialog',
      _text: 'You will receive the call shortly',
    };
    h.http.expectOne(V1_URL).flush(body);
    expect(outcome.values).toEqual([
      { id: 'gms-7', desiredTime: '2026-05-02T09:00:00.000Z', raw: body },
    ]);
    expect(outcome.completed).toBeTrue();
  });

  it('availability() sends start, number-of-days, end and max-time-slots with GMS names, in order', () => {
    record(
      h.callbacks.availability({
        startDate: '2026-05-02T00:00:00+02:00',
        numberOfDays: '3',
        maxTimeSlots: 40,
      }),
    );
    const req = h.http.expectOne((r) => r.url === `${V1_URL}/availability`);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.get('apikey')).toBe('gms-key-123');
    expect(req.request.urlWithParams).toBe(
      `${V1_URL}/availability?start=2026-05-01T22%3A00%3A00.000Z&number-of-days=3&max-time-slots=40`,
    );
    req.flush({});
  });

  it('availability() reads a date-only start as UTC midnight, and refuses an impossible date', () => {
    record(h.callbacks.availability({ startDate: '2026-05-02', numberOfDays: 1 }));
    const req = h.http.expectOne((r) => r.url === `${V1_URL}/availability`);
    expect(queryOf(req)['start']).toBe('2026-05-02T00:00:00.000Z');
    req.flush({});
    const refused = record(h.callbacks.availability({ startDate: '2026-02-30' }));
    expect(refused.error).toEqual(
      jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'startDate' }),
    );
  });

  it('availability() sends end when given instead of a number of days', () => {
    record(
      h.callbacks.availability({
        startDate: '2026-05-02T00:00:00Z',
        endDate: '2026-05-03T00:00:00Z',
      }),
    );
    const req = h.http.expectOne((r) => r.url === `${V1_URL}/availability`);
    expect(queryOf(req)).toEqual({
      start: '2026-05-02T00:00:00.000Z',
      end: '2026-05-03T00:00:00.000Z',
    });
    req.flush({});
  });

  it('availability() turns the capacity map into slots sorted by time', () => {
    const outcome = record(h.callbacks.availability({ numberOfDays: 1 }));
    const body = {
      '2026-05-02T13:30:00.000Z': 0,
      '2026-05-02T13:00:00.000Z': 5,
      '2026-05-02T13:15:00': 3, // GMS sometimes omits the offset: that is UTC
    };
    h.http.expectOne((r) => r.url === `${V1_URL}/availability`).flush(body);
    expect(outcome.values).toEqual([
      {
        slots: [
          { utcTime: '2026-05-02T13:00:00.000Z', capacity: 5 },
          { utcTime: '2026-05-02T13:15:00.000Z', capacity: 3 },
          { utcTime: '2026-05-02T13:30:00.000Z', capacity: 0 },
        ],
        raw: body,
      },
    ]);
  });

  it('cancel() sends DELETE {dataURL}/{id} with the id percent-encoded', () => {
    const outcome = record(h.callbacks.cancel('id/with space'));
    const req = h.http.expectOne(`${V1_URL}/id%2Fwith%20space`);
    expect(req.request.method).toBe('DELETE');
    expect(req.request.headers.get('apikey')).toBe('gms-key-123');
    req.flush({});
    expect(outcome.values).toEqual([undefined]);
    expect(outcome.completed).toBeTrue();
  });

  it('retrieve() queries GET …/service/callback?_id= and normalises the record', () => {
    const outcome = record(h.callbacks.retrieve('gms-7'));
    const req = h.http.expectOne(
      (r) => r.url === 'https://gms.example.com/genesys/1/service/callback',
    );
    expect(req.request.method).toBe('GET');
    expect(queryOf(req)).toEqual({ _id: 'gms-7' });
    const body = [
      {
        _id: 'gms-7',
        _callback_state: 'SCHEDULED',
        _desired_time: '2026-05-02T09:00:00.000Z',
        _customer_number: '5550102030',
        _service_name: 'customer-care',
      },
    ];
    req.flush(body);
    expect(outcome.values).toEqual([
      {
        id: 'gms-7',
        state: 'SCHEDULED',
        desiredTime: '2026-05-02T09:00:00.000Z',
        phoneNumber: '5550102030',
        raw: body,
      },
    ]);
  });

  it('retrieve() of an unknown id fails with HTTP_ERROR 404', () => {
    const outcome = record(h.callbacks.retrieve('nope'));
    h.http.expectOne((r) => r.url.endsWith('/service/callback')).flush([]);
    expect(outcome.error).toEqual(jasmine.objectContaining({ code: 'HTTP_ERROR', status: 404 }));
  });

  it('reads a GMS error body: message, code and proposed availability', () => {
    const outcome = record(
      h.callbacks.schedule({ phonenumber: '5550102030', desiredTime: '2026-05-02T13:00:00Z' }),
    );
    h.http.expectOne(V1_URL).flush(
      {
        message: 'Too many requests for the selected time slot. Proposing time slots.',
        exception:
          'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionTooManyRequests',
        availability: { '2026-05-02T13:30:00.000Z': 2, '2026-05-02T13:15:00.000Z': 1 },
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    const error = outcome.error as CallbackError;
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.serverMessage).toBe(
      'Too many requests for the selected time slot. Proposing time slots.',
    );
    expect(error.proposedSlots).toEqual([
      { utcTime: '2026-05-02T13:15:00.000Z', capacity: 1 },
      { utcTime: '2026-05-02T13:30:00.000Z', capacity: 2 },
    ]);
  });
});

describe('Callback API v1 without optional config', () => {
  it('sends no apikey header and no _call_direction when they are not configured', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    h.callbacks.schedule({ phonenumber: '5550102030' });
    const req = h.http.expectOne(V1_URL);
    expect(req.request.headers.has('apikey')).toBeFalse();
    expect(formFields(req)).toEqual({ _customer_number: '5550102030' });
    h.http.verify();
    TestBed.resetTestingModule();
  });
});
