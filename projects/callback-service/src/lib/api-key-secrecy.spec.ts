import { HttpClient, HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  type CallbackConfig,
  type CallbackEvent,
} from '../public-api';
import {
  API_KEY,
  V1_CONFIG,
  V1_URL,
  V3_CONFIG,
  V3_URL,
  verifyAfterSpec,
} from './security-fixtures';
import { startCallbacks, watch, type Outcome } from './test-helpers';

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

describe('CallbackService security', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let events: Outcome<CallbackEvent>;

  function setUp(config: CallbackConfig): void {
    ({ callbacks, http, events } = startCallbacks(config));
  }

  beforeEach(() => {
    // Specs that fail at start-up never get a controller: do not verify a previous one.
    http = undefined as unknown as HttpTestingController;
  });

  afterEach(() => verifyAfterSpec(http));

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
});
