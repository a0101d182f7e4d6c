// reschedule(): v1 PUT {dataURL}/{id} with JSON { _new_desired_time }, eager,
// sent once, never retried, the errors of a booking; v3 UNSUPPORTED with nothing sent.
import { CallbackError, withRetry } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL, V3_URL } from './harness-test-helpers';

const MOVED_TO = '2026-05-04T09:30:00.000Z';

describe('reschedule() on Callback API v1 (GMS)', () => {
  let h: CallbackHarness;

  beforeEach(() => {
    h = setUpCallbacks({ dataURL: V1_URL, apikey: 'gms-key-123' }, [withRetry({ maxAttempts: 3 })]);
  });
  afterEach(() => h.http.verify());

  it('sends one PUT {dataURL}/{id} with JSON _new_desired_time in UTC, and resolves with the id and the time', () => {
    const moved = record(h.callbacks.reschedule('cb-17', '2026-05-04T11:30:00+02:00'));
    const req = h.http.expectOne(`${V1_URL}/cb-17`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ _new_desired_time: MOVED_TO });
    expect(req.request.headers.get('Content-Type')).toBe('application/json');
    expect(req.request.headers.get('apikey')).toBe('gms-key-123');
    req.flush({ _id: 'cb-17', _desired_time: MOVED_TO });
    expect(moved).toEqual({
      values: [
        { id: 'cb-17', desiredTime: MOVED_TO, raw: { _id: 'cb-17', _desired_time: MOVED_TO } },
      ],
      error: undefined,
      completed: true,
    });
  });

  it('accepts a Date, percent-encodes the id, and reads an empty 2xx as moved', () => {
    const moved = record(h.callbacks.reschedule('a/b c', new Date(MOVED_TO)));
    const req = h.http.expectOne(`${V1_URL}/a%2Fb%20c`);
    expect(req.request.body).toEqual({ _new_desired_time: MOVED_TO });
    req.flush(null);
    expect(moved.values).toEqual([{ id: 'a/b c', desiredTime: MOVED_TO, raw: null }]);
  });

  it('is eager: sent at the call with no subscriber, shared by later subscribers, not cancelled by unsubscribing', () => {
    const moved = h.callbacks.reschedule('cb-17', MOVED_TO);
    const req = h.http.expectOne(`${V1_URL}/cb-17`);
    const first = moved.subscribe();
    first.unsubscribe();
    expect(req.cancelled).toBeFalse();
    req.flush({});
    expect(record(moved).values).toEqual([{ id: 'cb-17', desiredTime: MOVED_TO, raw: {} }]);
  });

  it('is never retried, even with withRetry(), and says the outcome of a lost answer is unknown', () => {
    const moved = record(h.callbacks.reschedule('cb-17', MOVED_TO));
    h.http.expectOne(`${V1_URL}/cb-17`).error(new ProgressEvent('error'));
    h.http.expectNone(`${V1_URL}/cb-17`);
    const error = moved.error as CallbackError;
    expect([error.code, error.retryable]).toEqual(['NETWORK', false]);
    expect(error.message).toContain('may or may not have been moved');
  });

  it('fails a full slot as a booking does: RATE_LIMITED with the proposed slots', () => {
    const moved = record(h.callbacks.reschedule('cb-17', MOVED_TO));
    h.http.expectOne(`${V1_URL}/cb-17`).flush(
      {
        message: 'Too many requests for the selected time slot. Proposing time slots.',
        exception: 'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionAvailability',
        availability: { '2026-05-04T09:45:00.000Z': 2 },
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    expect(moved.error).toEqual(
      jasmine.objectContaining({
        code: 'RATE_LIMITED',
        status: 429,
        retryable: true,
        proposedSlots: [{ utcTime: '2026-05-04T09:45:00.000Z', capacity: 2 }],
      }),
    );
  });

  it('fails a closed time with BAD_REQUEST and the server message', () => {
    const moved = record(h.callbacks.reschedule('cb-17', MOVED_TO));
    h.http.expectOne(`${V1_URL}/cb-17`).flush(
      {
        message: 'The office is closed at that time.',
        exception: 'x.CallbackExceptionOfficeClosed',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(moved.error).toEqual(
      jasmine.objectContaining({
        code: 'BAD_REQUEST',
        serverMessage: 'The office is closed at that time.',
        retryable: false,
      }),
    );
  });

  it('refuses a missing or unreadable time, or a blank id, naming the field and sending nothing', () => {
    const refusals = [
      record(h.callbacks.reschedule('cb-17', '')),
      record(h.callbacks.reschedule('cb-17', 'next Monday')),
      record(h.callbacks.reschedule('cb-17', new Date(Number.NaN))),
      record(h.callbacks.reschedule(' ', MOVED_TO)),
    ];
    expect(
      refusals.map((r) => [(r.error as CallbackError).code, (r.error as CallbackError).field]),
    ).toEqual([
      ['INVALID_REQUEST', 'desiredTime'],
      ['INVALID_REQUEST', 'desiredTime'],
      ['INVALID_REQUEST', 'desiredTime'],
      ['INVALID_REQUEST', 'id'],
    ]);
  });

  it('publishes nothing on the event streams', () => {
    h.callbacks.reschedule('cb-17', MOVED_TO);
    h.http.expectOne(`${V1_URL}/cb-17`).flush({});
    expect(h.events.map((e) => e.type)).toEqual(['ready']);
  });
});

describe('reschedule() on Callback API v3 (GES)', () => {
  it('fails with UNSUPPORTED naming the operation and the version, and sends nothing', () => {
    const h = setUpCallbacks({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
    const moved = record(h.callbacks.reschedule('cb-17', MOVED_TO));
    const error = moved.error as CallbackError;
    expect([error.code, error.retryable]).toEqual(['UNSUPPORTED', false]);
    expect(error.message).toMatch(
      /^reschedule\(\) is not available with Callback API v3: .*Nothing was sent\.$/,
    );
    h.http.verify();
  });

  it('says UNSUPPORTED before it reads the arguments: none would make the call possible', () => {
    const h = setUpCallbacks({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
    const moved = record(h.callbacks.reschedule('', 'not a time'));
    expect((moved.error as CallbackError).code).toBe('UNSUPPORTED');
    h.http.verify();
  });
});
