import { CallbackError, CallbackErrorCode } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL } from './harness-test-helpers';

interface Row {
  readonly status: number;
  readonly code: CallbackErrorCode;
  readonly scheduleRetryable: boolean;
  readonly availabilityRetryable: boolean;
}

// Every HTTP status the service maps to a CallbackError code, with retry safety per operation:
// a booking may only be re-sent when the server says it did not act on it (429, 503).
const HTTP_ROWS: Row[] = [
  { status: 400, code: 'BAD_REQUEST', scheduleRetryable: false, availabilityRetryable: false },
  { status: 401, code: 'UNAUTHORIZED', scheduleRetryable: false, availabilityRetryable: false },
  { status: 403, code: 'UNAUTHORIZED', scheduleRetryable: false, availabilityRetryable: false },
  { status: 404, code: 'HTTP_ERROR', scheduleRetryable: false, availabilityRetryable: false },
  { status: 409, code: 'HTTP_ERROR', scheduleRetryable: false, availabilityRetryable: false },
  { status: 429, code: 'RATE_LIMITED', scheduleRetryable: true, availabilityRetryable: true },
  { status: 500, code: 'SERVER_ERROR', scheduleRetryable: false, availabilityRetryable: false },
  { status: 502, code: 'SERVER_ERROR', scheduleRetryable: false, availabilityRetryable: true },
  { status: 503, code: 'SERVER_ERROR', scheduleRetryable: true, availabilityRetryable: true },
  { status: 504, code: 'SERVER_ERROR', scheduleRetryable: false, availabilityRetryable: true },
];

describe('CallbackError codes for every server outcome', () => {
  let h: CallbackHarness;
  const book = () => record(h.callbacks.schedule({ phonenumber: '5550102030' }));
  const query = () => record(h.callbacks.availability({ numberOfDays: 1 }));
  const availabilityRequest = () => h.http.expectOne((r) => r.url === `${V1_URL}/availability`);

  beforeEach(() => (h = setUpCallbacks({ dataURL: V1_URL })));
  afterEach(() => h.http.verify());

  for (const row of HTTP_ROWS) {
    it(`maps HTTP ${row.status} to ${row.code} with status, server message and retry safety`, () => {
      const booking = book();
      h.http
        .expectOne(V1_URL)
        .flush(
          { message: `failure ${row.status}`, exception: 'x.Y' },
          { status: row.status, statusText: 'Nope' },
        );
      const slots = query();
      availabilityRequest().flush(
        { message: `failure ${row.status}` },
        { status: row.status, statusText: 'Nope' },
      );

      const scheduleError = booking.error as CallbackError;
      expect(scheduleError).toBeInstanceOf(CallbackError);
      expect(scheduleError.name).toBe('CallbackError');
      expect([
        scheduleError.code,
        scheduleError.status,
        scheduleError.serverMessage,
        scheduleError.retryable,
      ]).toEqual([row.code, row.status, `failure ${row.status}`, row.scheduleRetryable]);
      expect(scheduleError.message).toContain(`HTTP ${row.status}`);
      const availabilityError = slots.error as CallbackError;
      expect([availabilityError.code, availabilityError.retryable]).toEqual([
        row.code,
        row.availabilityRetryable,
      ]);
    });
  }

  it('maps no response at all (offline, CORS) to NETWORK, and says a booking may have gone through', () => {
    const booking = book();
    h.http.expectOne(V1_URL).error(new ProgressEvent('error'));
    const error = booking.error as CallbackError;
    expect([error.code, error.status, error.retryable]).toEqual(['NETWORK', 0, false]);
    expect(error.message).toContain('check before trying again');
    const slots = query();
    availabilityRequest().error(new ProgressEvent('error'));
    expect(slots.error).toEqual(jasmine.objectContaining({ code: 'NETWORK', retryable: true }));
  });

  it('maps a 2xx body that is not JSON to BAD_RESPONSE', () => {
    const booking = book();
    h.http.expectOne(V1_URL).flush('<html>proxy login</html>', { status: 200, statusText: 'OK' });
    expect((booking.error as CallbackError).code).toBe('BAD_RESPONSE');
  });

  it('maps a 2xx body of the wrong shape to BAD_RESPONSE', () => {
    const booking = book();
    h.http.expectOne(V1_URL).flush({ id: 'not-a-gms-record' });
    const slots = query();
    availabilityRequest().flush({ '2026-05-02T09:00:00.000Z': 'three' });
    expect((booking.error as CallbackError).code).toBe('BAD_RESPONSE');
    expect((slots.error as CallbackError).code).toBe('BAD_RESPONSE');
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    const first = book();
    h.http
      .expectOne(V1_URL)
      .flush({}, { status: 429, statusText: 'Too Many', headers: { 'Retry-After': '12' } });
    expect((first.error as CallbackError).retryAfterMs).toBe(12_000);
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    const second = book();
    h.http
      .expectOne(V1_URL)
      .flush({}, { status: 429, statusText: 'Too Many', headers: { 'Retry-After': inOneMinute } });
    const retryAfterMs = (second.error as CallbackError).retryAfterMs ?? 0;
    expect(retryAfterMs).toBeGreaterThan(55_000);
    expect(retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('keeps the HttpErrorResponse as a non-enumerable cause', () => {
    const booking = book();
    h.http.expectOne(V1_URL).flush({ message: 'x' }, { status: 500, statusText: 'Err' });
    const error = booking.error as CallbackError;
    expect((error.cause as { status?: number }).status).toBe(500);
    expect(Object.keys(error)).not.toContain('cause');
  });

  it('tolerates error bodies that are not JSON objects', () => {
    const booking = book();
    h.http
      .expectOne(V1_URL)
      .flush('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });
    const error = booking.error as CallbackError;
    expect(error.code).toBe('SERVER_ERROR');
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toContain('Service Unavailable');
  });
});
