import { HttpClient, HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Observable } from 'rxjs';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  type CallbackConfig,
  type CallbackEvent,
  type CallbackUserData,
  type ScheduleRequest,
} from '../public-api';

const API_KEY = 'sk-live-7f3a9c21';
const V1_URL = 'https://gms.example.com/genesys/1/service/callback/care';
const V3_URL = 'https://api.example.com/engagement/v3/callbacks';
const V1_CONFIG: CallbackConfig = { dataURL: V1_URL, apikey: API_KEY };
const V3_CONFIG: CallbackConfig = {
  dataURL: V3_URL,
  apiVersion: 'v3',
  serviceName: 'care',
  apikey: API_KEY,
};

interface Outcome<T> {
  values: T[];
  error?: unknown;
  complete: boolean;
}

/** Subscribes and records everything the Observable does. */
function watch<T>(source: Observable<T>): Outcome<T> {
  const outcome: Outcome<T> = { values: [], complete: false };
  source.subscribe({
    next: (value) => outcome.values.push(value),
    error: (error: unknown) => (outcome.error = error),
    complete: () => (outcome.complete = true),
  });
  return outcome;
}

/** JSON of a value, tolerating cycles (an HttpErrorResponse cause may hold some). */
function serialize(value: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (_key, entry: unknown) => {
      if (typeof entry === 'object' && entry !== null) {
        if (seen.has(entry)) return '[cycle]';
        seen.add(entry);
      }
      return entry;
    }) ?? ''
  );
}

/** Every text of an error a developer could log or show: message, stack, fields, cause. */
function textsOf(error: unknown): string[] {
  const e = error as CallbackError;
  return [
    String(e.message),
    String(e.stack),
    String(e.serverMessage),
    serialize(e),
    String(e.cause ?? ''),
    serialize(e.cause ?? null),
  ];
}

function formFields(body: unknown): Record<string, string | null> {
  const params = body as HttpParams;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
}

function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] === undefined && probe['isAdmin'] === undefined;
}

describe('CallbackService security', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let events: Outcome<CallbackEvent>;

  function setUp(config: CallbackConfig): void {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideCallback(config)],
    });
    callbacks = TestBed.inject(CallbackService);
    http = TestBed.inject(HttpTestingController);
    events = watch(callbacks.events$);
  }

  beforeEach(() => {
    // Specs that fail at start-up never get a controller: do not verify a previous one.
    http = undefined as unknown as HttpTestingController;
  });

  afterEach(() => {
    if (http) http.verify();
    expect(prototypeIsClean()).withContext('Object.prototype after the spec').toBeTrue();
  });

  function expectNoKeyIn(error: unknown): void {
    expect(error).toBeInstanceOf(CallbackError);
    for (const text of textsOf(error)) expect(text).not.toContain(API_KEY);
  }

  function expectNoKeyInEvents(): void {
    expect(events.values.length).toBeGreaterThan(1);
    for (const event of events.values) expect(serialize(event)).not.toContain(API_KEY);
  }

  describe('the API key in errors and events', () => {
    it('is scrubbed from a v1 401 whose body echoes the key', () => {
      setUp(V1_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: `invalid apikey ${API_KEY}`, exception: 'AuthenticationException' },
          { status: 401, statusText: 'Unauthorized' },
        );

      expect(booking.error).toEqual(
        jasmine.objectContaining({ code: 'UNAUTHORIZED', status: 401 }),
      );
      expectNoKeyIn(booking.error);
      // The rest of the server's text is still there for support.
      expect((booking.error as CallbackError).serverMessage).toContain('invalid apikey');
      expect(events.values.map((event) => event.type)).toEqual(['ready', 'scheduleError']);
      expectNoKeyInEvents();
    });

    it('is scrubbed from a v3 401 whose status message echoes the key', () => {
      setUp(V3_CONFIG);
      const slots = watch(callbacks.availability({ numberOfDays: 1 }));

      http
        .expectOne((req) => req.url === `${V3_URL}/availability/care`)
        .flush(
          { status: { code: 401, message: `bad key ${API_KEY}`, corrId: 'corr-1' } },
          { status: 401, statusText: 'Unauthorized' },
        );

      expect(slots.error).toEqual(
        jasmine.objectContaining({ code: 'UNAUTHORIZED', status: 401, correlationId: 'corr-1' }),
      );
      expectNoKeyIn(slots.error);
      expect((slots.error as CallbackError).serverMessage).toContain('bad key');
      expect(events.values.map((event) => event.type)).toEqual(['ready', 'availabilityError']);
      expectNoKeyInEvents();
    });

    it('is scrubbed from a v3 403 on schedule whose body echoes the key', () => {
      setUp(V3_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: `${V3_URL}/create` })
        .flush(
          { status: { code: 403, message: `key ${API_KEY} is not allowed for care` } },
          { status: 403, statusText: 'Forbidden' },
        );

      expect(booking.error).toEqual(
        jasmine.objectContaining({ code: 'UNAUTHORIZED', status: 403 }),
      );
      expectNoKeyIn(booking.error);
      expectNoKeyInEvents();
    });

    it('is absent from a v1 401 whose body echoes the key in `exception` rather than `message`', () => {
      setUp(V1_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: 'Unauthorized', exception: `InvalidApiKeyException: apikey=${API_KEY}` },
          { status: 401, statusText: 'Unauthorized' },
        );

      expect(booking.error).toEqual(
        jasmine.objectContaining({ code: 'UNAUTHORIZED', status: 401 }),
      );
      // `cause` is what console.error(error) prints under "Caused by".
      expectNoKeyIn(booking.error);
      expectNoKeyInEvents();
    });

    it('is absent when the server echoes the key beyond the part of its message that is kept', () => {
      setUp(V1_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: `${'Authentication failed. '.repeat(21)}apikey ${API_KEY}` },
          { status: 401, statusText: 'Unauthorized' },
        );

      expect(booking.error).toEqual(
        jasmine.objectContaining({ code: 'UNAUTHORIZED', status: 401 }),
      );
      expectNoKeyIn(booking.error);
      // Not even a long prefix of the key may survive the cut.
      expect((booking.error as CallbackError).message).not.toContain(API_KEY.slice(0, 8));
      expectNoKeyInEvents();
    });

    describe('with a virtual clock', () => {
      beforeEach(() => jasmine.clock().install());
      afterEach(() => jasmine.clock().uninstall());

      it('is absent from a timeout', () => {
        setUp({ ...V1_CONFIG, ajaxTimeout: 1000 });
        const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));
        const post = http.expectOne({ method: 'POST', url: V1_URL });

        jasmine.clock().tick(999);
        expect(booking.error).toBeUndefined();
        jasmine.clock().tick(1);

        expect(post.cancelled).toBeTrue();
        expect(booking.error).toEqual(jasmine.objectContaining({ code: 'TIMEOUT' }));
        expectNoKeyIn(booking.error);
        expectNoKeyInEvents();
      });
    });

    it('is absent from a network error', () => {
      setUp(V3_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne({ method: 'POST', url: `${V3_URL}/create` }).error(new ProgressEvent('error'));

      expect(booking.error).toEqual(jasmine.objectContaining({ code: 'NETWORK' }));
      expectNoKeyIn(booking.error);
      expectNoKeyInEvents();
    });

    it('is absent from the ready event and from successful results', () => {
      setUp(V1_CONFIG);
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http.expectOne({ method: 'POST', url: V1_URL }).flush({ _id: 'cb-1' });

      expect(booking.values.map((result) => result.id)).toEqual(['cb-1']);
      expect(events.values.map((event) => event.type)).toEqual(['ready', 'scheduled']);
      expectNoKeyInEvents();
    });

    it('is absent from the INVALID_CONFIG error of an http: dataURL that is not loopback', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({
            dataURL: 'http://gms.example.com/genesys/1/service/callback/care',
            apikey: API_KEY,
          }),
        ],
      });

      let error: unknown;
      try {
        TestBed.inject(CallbackService);
      } catch (thrown) {
        error = thrown;
      }

      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'apikey' }));
      expectNoKeyIn(error);
    });
  });

  describe('the API key header', () => {
    it('is sent as `apikey` on the library’s v1 requests only', () => {
      setUp(V1_CONFIG);
      const appHttp = TestBed.inject(HttpClient);

      watch(callbacks.schedule({ phonenumber: '5550102030' }));
      watch(callbacks.availability({ numberOfDays: 1 }));
      watch(appHttp.get('https://cdn.example.com/profile.json'));

      const post = http.expectOne({ method: 'POST', url: V1_URL });
      const get = http.expectOne(`${V1_URL}/availability?number-of-days=1`);
      const appRequest = http.expectOne('https://cdn.example.com/profile.json');
      expect([post, get].map((req) => req.request.headers.get('apikey'))).toEqual([
        API_KEY,
        API_KEY,
      ]);
      expect([post, get].map((req) => req.request.headers.has('x-api-key'))).toEqual([
        false,
        false,
      ]);
      expect(appRequest.request.headers.has('apikey')).toBeFalse();
      expect(appRequest.request.headers.has('x-api-key')).toBeFalse();
      expect(appRequest.request.headers.keys()).toEqual([]);
      post.flush({ _id: 'cb-1' });
      get.flush({});
      appRequest.flush({});
    });

    it('is sent as `x-api-key` on the library’s v3 requests only', () => {
      setUp(V3_CONFIG);
      const appHttp = TestBed.inject(HttpClient);

      watch(callbacks.schedule({ phonenumber: '5550102030' }));
      watch(appHttp.post(`${V3_URL}/not-the-library`, { hello: 'world' }));

      const post = http.expectOne({ method: 'POST', url: `${V3_URL}/create` });
      const appRequest = http.expectOne(`${V3_URL}/not-the-library`);
      expect(post.request.headers.get('x-api-key')).toBe(API_KEY);
      expect(post.request.headers.has('apikey')).toBeFalse();
      expect(appRequest.request.headers.has('x-api-key')).toBeFalse();
      expect(appRequest.request.headers.has('apikey')).toBeFalse();
      post.flush({ status: { code: 0 }, data: { id: 'v3-1' } });
      appRequest.flush({});
    });

    it('is never put in the URL or the body', () => {
      setUp(V1_CONFIG);

      watch(callbacks.schedule({ phonenumber: '5550102030', userData: { portal: 'web' } }));

      const post = http.expectOne({ method: 'POST', url: V1_URL });
      expect(post.request.urlWithParams).not.toContain(API_KEY);
      expect((post.request.body as HttpParams).toString()).not.toContain(API_KEY);
      post.flush({ _id: 'cb-1' });
    });
  });

  describe('prototype pollution', () => {
    const pollutingUserData: [string, string][] = [
      ['__proto__', '{"__proto__": {"polluted": true, "isAdmin": true}}'],
      ['constructor', '{"constructor": {"prototype": {"polluted": true}}}'],
    ];

    for (const [key, json] of pollutingUserData) {
      it(`refuses config userData with a ${key} key from JSON.parse and leaves Object.prototype clean`, () => {
        TestBed.configureTestingModule({
          providers: [
            provideHttpClient(),
            provideHttpClientTesting(),
            provideCallback({
              dataURL: V1_URL,
              userData: JSON.parse(json) as CallbackUserData,
            }),
          ],
        });

        let error: unknown;
        try {
          TestBed.inject(CallbackService);
        } catch (thrown) {
          error = thrown;
        }

        expect(error).toEqual(
          jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'userData' }),
        );
        expect(prototypeIsClean()).toBeTrue();
      });

      it(`refuses per-call userData with a ${key} key from JSON.parse, sends nothing and leaves Object.prototype clean`, () => {
        setUp({ dataURL: V1_URL, userData: { portal: 'web' } });

        const booking = watch(
          callbacks.schedule({
            phonenumber: '5550102030',
            userData: JSON.parse(json) as CallbackUserData,
          } as ScheduleRequest),
        );

        expect(booking.error).toEqual(
          jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'userData' }),
        );
        http.expectNone(() => true);
        expect(prototypeIsClean()).toBeTrue();
      });
    }

    it('merges config and per-call userData without touching Object.prototype (v3 JSON body)', () => {
      setUp({ ...V3_CONFIG, userData: { portal: 'web', tier: 1 } });

      watch(
        callbacks.schedule({
          phonenumber: '5550102030',
          userData: JSON.parse('{"tier": 2, "orderId": "A-17"}') as CallbackUserData,
        }),
      );

      const post = http.expectOne({ method: 'POST', url: `${V3_URL}/create` });
      expect(post.request.body).toEqual({
        serviceName: 'care',
        phoneNumber: '5550102030',
        userData: { portal: 'web', tier: 2, orderId: 'A-17' },
      });
      post.flush({ status: { code: 0 }, data: { id: 'v3-2' } });
      expect(prototypeIsClean()).toBeTrue();
    });

    it('merges config and per-call userData into the v1 form without touching Object.prototype', () => {
      setUp({ dataURL: V1_URL, userData: { portal: 'web', tier: 1 } });

      watch(
        callbacks.schedule({
          phonenumber: '5550102030',
          userData: JSON.parse('{"tier": 2}') as CallbackUserData,
        }),
      );

      const post = http.expectOne({ method: 'POST', url: V1_URL });
      expect(formFields(post.request.body)).toEqual({
        portal: 'web',
        tier: '2',
        _customer_number: '5550102030',
      });
      post.flush({ _id: 'cb-3' });
      expect(prototypeIsClean()).toBeTrue();
    });
  });

  describe('untrusted server bodies', () => {
    const html = '<img src=x onerror=alert(1)>';

    it('keeps an HTML-looking v1 error message as plain text, unchanged', () => {
      setUp({ dataURL: V1_URL });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: html, exception: 'BadRequest' },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error).toEqual(jasmine.objectContaining({ code: 'BAD_REQUEST', status: 400 }));
      expect(typeof error.serverMessage).toBe('string');
      expect(error.serverMessage).toBe(html);
    });

    it('keeps an HTML-looking v3 error message as plain text, unchanged', () => {
      setUp({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: `${V3_URL}/create` })
        .flush(
          { status: { code: 400, message: html } },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'BAD_REQUEST', status: 400, serverCode: 400 }),
      );
      expect(typeof error.serverMessage).toBe('string');
      expect(error.serverMessage).toBe(html);
    });

    it('does not take an error message that is not a string', () => {
      setUp({ dataURL: V1_URL });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: { toString: 'evil', html: '<b>x</b>' } },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error.code).toBe('BAD_REQUEST');
      expect(
        error.serverMessage === undefined || typeof error.serverMessage === 'string',
      ).toBeTrue();
      expect(String(error.serverMessage)).not.toContain('<b>');
      expect(String(error.serverMessage)).not.toContain('[object Object]');
      expect(error.message).not.toContain('[object Object]');
    });

    it('reads a __proto__ key in a server body as data, not as a prototype', () => {
      setUp({ dataURL: V1_URL });
      const slots = watch(callbacks.availability({ numberOfDays: 1 }));

      http
        .expectOne(`${V1_URL}/availability?number-of-days=1`)
        .flush(JSON.parse('{"__proto__": {"polluted": true}, "2026-05-02T10:00:00Z": 2}'));

      // Whatever the verdict on such a body, nothing leaks into Object.prototype.
      expect(slots.values.length + (slots.error === undefined ? 0 : 1)).toBe(1);
      expect(prototypeIsClean()).toBeTrue();
    });
  });
});
