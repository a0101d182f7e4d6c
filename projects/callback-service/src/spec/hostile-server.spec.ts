import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import {
  CallbackError,
  type CallbackEvent,
  type CallbackService,
  type CxBusPlugin,
  type LegacyXhrError,
} from '../public-api';
import { record, setUpCallbacks, setUpPageScript, V1_URL, V3_URL } from './harness-test-helpers';
import { containsText, depthOf, HOSTILE_KEY, nestedBody } from './hostile-fixtures';

// Deeper than any engine's stack: JSON.stringify overflows around 10,000 levels.
const LEVELS = 20_000;
const AJAX_TIMEOUT = 2000;

describe('CallbackService against a hostile server', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let events: CallbackEvent[];

  beforeEach(() => jasmine.clock().install());
  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  describe(`an error body nested ${LEVELS} levels deep`, () => {
    it('settles a booking at once with an apikey configured, publishes the event and frees the in-flight entry', () => {
      ({ callbacks, http, events } = setUpCallbacks({
        dataURL: V1_URL,
        apikey: HOSTILE_KEY,
        ajaxTimeout: AJAX_TIMEOUT,
      }));
      const first = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne(V1_URL)
        .flush(nestedBody(LEVELS, HOSTILE_KEY), { status: 500, statusText: 'Oops' });

      const error = first.error as CallbackError;
      expect(error).toBeInstanceOf(CallbackError);
      expect([error.code, error.status]).toEqual(['SERVER_ERROR', 500]);
      expect(events.map((event) => event.type)).toEqual(['ready', 'scheduleError']);
      // What reaches the caller is cut to a sane depth, and the key deep inside is gone.
      const cause = error.cause as HttpErrorResponse;
      expect(depthOf(cause.error)).toBeLessThanOrEqual(64);
      expect(containsText(error, HOSTILE_KEY)).toBeFalse();

      // The identical booking is not stuck behind the failed one: it is sent.
      const second = record(callbacks.schedule({ phonenumber: '5550102030' }));
      http.expectOne(V1_URL).flush({ _id: 'cb-2' });
      expect(second.values.map((result) => result.id)).toEqual(['cb-2']);
      jasmine.clock().tick(AJAX_TIMEOUT);
      expect(first.values).toEqual([]);
    });

    it('settles a v3 availability query with an apikey configured and publishes availabilityError', () => {
      ({ callbacks, http, events } = setUpCallbacks({
        dataURL: V3_URL,
        apiVersion: 'v3',
        serviceName: 'care',
        apikey: HOSTILE_KEY,
      }));
      const slots = record(callbacks.availability({ numberOfDays: 1 }));

      http
        .expectOne((req) => req.url === `${V3_URL}/availability/care`)
        .flush(nestedBody(LEVELS), { status: 400, statusText: 'Bad Request' });

      expect((slots.error as CallbackError).code).toBe('BAD_REQUEST');
      expect(events.map((event) => event.type)).toEqual(['ready', 'availabilityError']);
    });

    it('cuts an error body of 200,000 values where the key is masked, and settles', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL, apikey: HOSTILE_KEY }));
      const slots = record(callbacks.availability({ numberOfDays: 1 }));
      const wide = Array.from({ length: 200_000 }, (_, i) => (i === 199_999 ? HOSTILE_KEY : i));

      http
        .expectOne((req) => req.url === `${V1_URL}/availability`)
        .flush(wide, { status: 502, statusText: 'Bad Gateway' });

      const error = slots.error as CallbackError;
      expect(error.code).toBe('SERVER_ERROR');
      const kept = (error.cause as HttpErrorResponse).error as unknown[];
      expect(kept.length).toBeLessThanOrEqual(100_000);
      expect(kept.at(-1)).toBe('[truncated]');
      expect(containsText(error, HOSTILE_KEY)).toBeFalse();
    });

    it('settles a booking without an apikey too', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL }));
      const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush(nestedBody(LEVELS), { status: 503, statusText: 'Busy' });

      expect((booking.error as CallbackError).code).toBe('SERVER_ERROR');
      expect(events.map((event) => event.type)).toEqual(['ready', 'scheduleError']);
    });

    it('keeps a deep 2xx body out of `raw` when a key must be scrubbed, and still books', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL, apikey: HOSTILE_KEY }));
      const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush({ _id: 'cb-1', trace: nestedBody(LEVELS, HOSTILE_KEY) });

      expect(booking.values.map((result) => result.id)).toEqual(['cb-1']);
      expect(depthOf(booking.values[0]?.raw)).toBeLessThanOrEqual(64);
      expect(containsText(events, HOSTILE_KEY)).toBeFalse();
    });
  });

  for (const apikey of [undefined, HOSTILE_KEY]) {
    it(`settles a booking from its status when reading the answer throws (${apikey ? 'with' : 'without'} an apikey)`, () => {
      ({ callbacks, http, events } = setUpCallbacks({
        dataURL: V1_URL,
        ...(apikey ? { apikey } : {}),
      }));
      const throwing = () => {
        throw new Error(`reading failed near ${HOSTILE_KEY}`);
      };
      // No server can send a Proxy; it stands for anything that throws while the answer is read.
      const unreadable = new Proxy({}, { getOwnPropertyDescriptor: throwing, ownKeys: throwing });
      const first = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush(unreadable, { status: 500, statusText: 'Oops' });

      const error = first.error as CallbackError;
      expect(error).toBeInstanceOf(CallbackError);
      expect([error.code, error.status]).toEqual(['SERVER_ERROR', 500]);
      expect(events.map((event) => event.type)).toEqual(['ready', 'scheduleError']);
      const second = record(callbacks.schedule({ phonenumber: '5550102030' }));
      http.expectOne(V1_URL).flush({ _id: 'cb-2' });
      expect(second.values.map((result) => result.id)).toEqual(['cb-2']);
    });
  }

  describe('the API key echoed back', () => {
    it('is masked in the response headers a proxy echoed, in the error and its event', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL, apikey: HOSTILE_KEY }));
      const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush(
        { message: 'Unauthorized' },
        {
          status: 401,
          statusText: 'Unauthorized',
          headers: new HttpHeaders({
            'X-Echo-Apikey': HOSTILE_KEY,
            'X-Trace': `req apikey=${HOSTILE_KEY}; id=7`,
            [`X-${HOSTILE_KEY}`]: 'named after the key',
          }),
        },
      );

      const error = booking.error as CallbackError;
      expect(error.code).toBe('UNAUTHORIZED');
      const headers = (error.cause as HttpErrorResponse).headers;
      expect(headers.keys()).toEqual(['X-Echo-Apikey', 'X-Trace']);
      expect(headers.get('X-Echo-Apikey')).toBe('[redacted]');
      expect(headers.get('X-Trace')).toBe('req apikey=[redacted]; id=7');
      expect(containsText(error, HOSTILE_KEY)).toBeFalse();
      expect(containsText(events, HOSTILE_KEY)).toBeFalse();
    });

    it('is masked in a v1 2xx body, so neither the result nor scheduled$ carries it', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL, apikey: HOSTILE_KEY }));
      const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush({ _id: 'cb-1', echo: { headers: { apikey: HOSTILE_KEY } } });

      expect(booking.values.map((result) => result.raw)).toEqual([
        { _id: 'cb-1', echo: { headers: { apikey: '[redacted]' } } },
      ]);
      expect(events.map((event) => event.type)).toEqual(['ready', 'scheduled']);
      expect(containsText(events, HOSTILE_KEY)).toBeFalse();
    });

    it('is masked in a v3 availability body, so neither the result nor availableSlots$ carries it', () => {
      ({ callbacks, http, events } = setUpCallbacks({
        dataURL: V3_URL,
        apiVersion: 'v3',
        serviceName: 'care',
        apikey: HOSTILE_KEY,
      }));
      const slots = record(callbacks.availability({ numberOfDays: 1 }));

      http
        .expectOne((req) => req.url === `${V3_URL}/availability/care`)
        .flush({ status: { code: 0, message: `ok for ${HOSTILE_KEY}` }, data: { slots: [] } });

      expect(slots.values.map((result) => result.raw)).toEqual([
        { status: { code: 0, message: 'ok for [redacted]' }, data: { slots: [] } },
      ]);
      expect(containsText(events, HOSTILE_KEY)).toBeFalse();
    });
  });

  describe('long server texts', () => {
    const longId = `cb-${'7'.repeat(600)}`;

    it('passes a v1 booking id over 500 characters on unaltered', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL }));
      const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne(V1_URL).flush({ _id: longId });

      expect(booking.values.map((result) => result.id)).toEqual([longId]);
    });

    it('passes v3 retrieve ids and correlation ids over 500 characters on unaltered', () => {
      ({ callbacks, http, events } = setUpCallbacks({
        dataURL: V3_URL,
        apiVersion: 'v3',
        serviceName: 'care',
      }));
      const status = record(callbacks.retrieve(longId));
      const failed = record(callbacks.cancel(longId));

      http.expectOne(`${V3_URL}/retrieve`).flush({ status: { code: 0 }, data: { id: longId } });
      http
        .expectOne(`${V3_URL}/cancel`)
        .flush(
          { status: { code: 500, message: 'x'.repeat(800), corrId: `corr-${longId}` } },
          { status: 500, statusText: 'Oops' },
        );

      expect(status.values.map((result) => result.id)).toEqual([longId]);
      const error = failed.error as CallbackError;
      expect(error.correlationId).toBe(`corr-${longId}`);
      // The human text is the one thing shortened.
      expect(error.serverMessage).toBe(`${'x'.repeat(500)}…`);
    });

    it('finds a v1 record whose id is over 500 characters', () => {
      ({ callbacks, http, events } = setUpCallbacks({ dataURL: V1_URL }));
      const status = record(callbacks.retrieve(longId));

      http
        .expectOne((req) => req.params.get('_id') === longId)
        .flush([{ _id: longId, _callback_state: 'QUEUED' }]);

      expect(status.values.map((result) => [result.id, result.state])).toEqual([
        [longId, 'QUEUED'],
      ]);
    });
  });
});

describe('withCxBus() against a hostile server', () => {
  let http: HttpTestingController;
  let script: CxBusPlugin;

  beforeEach(() => {
    jasmine.clock().install();
    ({ http, script } = setUpPageScript({ dataURL: V1_URL }));
  });
  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  it(`fails the deferred with a jqXHR-like object for an error body ${LEVELS} levels deep`, () => {
    const failures: LegacyXhrError[] = [];
    const published: LegacyXhrError[] = [];
    script.subscribe('CallbackService.scheduleError', (e) =>
      published.push(e.data as LegacyXhrError),
    );
    script
      .command('CallbackService.schedule', { phonenumber: '5550102030' })
      .fail((xhr) => failures.push(xhr as LegacyXhrError));

    http.expectOne(V1_URL).flush(nestedBody(LEVELS), { status: 500, statusText: 'Oops' });
    jasmine.clock().tick(0);

    expect(failures.length).toBe(1);
    expect(published.length).toBe(1);
    for (const xhr of [failures[0], published[0]] as LegacyXhrError[]) {
      expect(xhr.status).toBe(500);
      expect(xhr.callbackError.code).toBe('SERVER_ERROR');
      // responseText is the body as JSON, cut where it grows too deep.
      expect(depthOf(JSON.parse(xhr.responseText))).toBeLessThanOrEqual(64);
      expect(depthOf(xhr.responseJSON)).toBeLessThanOrEqual(64);
    }
  });
});
