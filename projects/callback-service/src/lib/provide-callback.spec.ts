import { HttpParams, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import {
  createEnvironmentInjector,
  EnvironmentInjector,
  ErrorHandler,
  inject,
  InjectionToken,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, Subject, type Observable } from 'rxjs';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  withRetry,
  type CallbackConfig,
  type CallbackEvent,
} from '../public-api';

const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';
const V3_URL = 'https://api.example.com/engagement/v3/callbacks';

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

/** Runs `fn` and returns what it threw (fails the spec when nothing was thrown). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  fail('expected an error to be thrown, but nothing was thrown');
  return undefined;
}

function formFields(body: unknown): Record<string, string | null> {
  const params = body as HttpParams;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
}

/** Lets pending promise callbacks (a resolved config) run. */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('provideCallback', () => {
  describe('with a bad synchronous config', () => {
    it('fails at start-up with INVALID_CONFIG naming the option and the value', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: DATA_URL, ajaxTimeout: -5 }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'ajaxTimeout' }),
      );
      expect((error as Error).message).toContain('ajaxTimeout');
      expect((error as Error).message).toContain('-5');
    });

    it('fails when the injector starts, before CallbackService is ever asked for', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: 'ftp://gms.example.com/callback' }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(HttpTestingController));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'dataURL' }));
    });

    it('fails at start-up when the config factory throws', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(() => {
            throw new Error('environment.json is missing');
          }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('environment.json is missing');
    });

    it('fails at start-up when a synchronous factory returns a bad config', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(
            () => ({ dataURL: DATA_URL, apiVersion: 'v2' }) as unknown as CallbackConfig,
          ),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'apiVersion' }),
      );
      expect((error as Error).message).toContain('v2');
    });
  });

  describe('features', () => {
    it('refuses withRetry() given twice, naming the feature', () => {
      const error = thrownBy(() =>
        provideCallback({ dataURL: DATA_URL }, withRetry(), withRetry()),
      );

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('withRetry');
    });

    it('refuses withRetry() with a policy out of range, naming the option', () => {
      const error = thrownBy(() => withRetry({ maxAttempts: 0 }));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'maxAttempts' }),
      );
      expect((error as Error).message).toContain('maxAttempts');
      expect((error as Error).message).toContain('0');
    });
  });

  describe('missing providers', () => {
    it('says to add provideCallback when CallbackService is injected without it', () => {
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting()],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('provideCallback');
    });
  });

  describe('with a config factory', () => {
    let http: HttpTestingController;

    afterEach(() => http.verify());

    it('runs the factory in an injection context', () => {
      const GMS_URL = new InjectionToken<string>('GMS_URL');
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          {
            provide: GMS_URL,
            useValue: 'https://gms.internal.example.com/genesys/1/service/callback/vip',
          },
          provideCallback(() => ({ dataURL: inject(GMS_URL) })),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);

      const outcome = watch(callbacks.schedule({ phonenumber: '5550102030' }));
      http
        .expectOne({
          method: 'POST',
          url: 'https://gms.internal.example.com/genesys/1/service/callback/vip',
        })
        .flush({ _id: 'cb-1' });

      expect(outcome.values).toEqual([{ id: 'cb-1', raw: { _id: 'cb-1' } }]);
      expect(outcome.complete).toBeTrue();
    });

    it('holds calls made before a Promise config resolves, then sends each exactly once', async () => {
      let resolveConfig!: (config: CallbackConfig) => void;
      const configPromise = new Promise<CallbackConfig>((resolve) => (resolveConfig = resolve));
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(() => configPromise),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);
      const ready = watch(callbacks.ready$);

      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));
      const slots = watch(callbacks.availability({ numberOfDays: 2 }));
      await flushMicrotasks();

      http.expectNone(() => true);
      expect(ready.values).toEqual([]);

      resolveConfig({ dataURL: DATA_URL, apiVersion: 'V1' });
      await firstValueFrom(callbacks.ready$);

      const post = http.expectOne({ method: 'POST', url: DATA_URL });
      expect(formFields(post.request.body)).toEqual({ _customer_number: '5550102030' });
      const get = http.expectOne(`${DATA_URL}/availability?number-of-days=2`);
      post.flush({ _id: 'cb-7' });
      get.flush({ '2026-05-02T10:00:00.000Z': 3 });

      expect(booking.values).toEqual([{ id: 'cb-7', raw: { _id: 'cb-7' } }]);
      expect(slots.values).toEqual([
        {
          slots: [{ utcTime: '2026-05-02T10:00:00.000Z', capacity: 3 }],
          raw: { '2026-05-02T10:00:00.000Z': 3 },
        },
      ]);
      expect(ready.values).toEqual([{ type: 'ready', apiVersion: 'v1' }]);
      expect(watch(callbacks.ready$).values).toEqual([{ type: 'ready', apiVersion: 'v1' }]);
    });

    it('sends nothing for an availability() query abandoned before the config arrives', async () => {
      let resolveConfig!: (config: CallbackConfig) => void;
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(
            () => new Promise<CallbackConfig>((resolve) => (resolveConfig = resolve)),
          ),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);

      const subscription = callbacks.availability({ numberOfDays: 1 }).subscribe();
      subscription.unsubscribe();
      resolveConfig({ dataURL: DATA_URL });
      await firstValueFrom(callbacks.ready$);

      http.expectNone(() => true);
    });

    it('holds calls made before an Observable config emits, and becomes ready once', async () => {
      const config$ = new Subject<CallbackConfig>();
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(() => config$),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);
      const events = watch(callbacks.events$);
      const ready = watch(callbacks.ready$);

      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));
      await flushMicrotasks();
      http.expectNone(() => true);

      config$.next({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
      // A second value must not re-configure the service or announce readiness again.
      config$.next({ dataURL: DATA_URL });
      await flushMicrotasks();

      const post = http.expectOne({ method: 'POST', url: `${V3_URL}/create` });
      post.flush({ status: { code: 0 }, data: { id: 'v3-1' } });

      expect(booking.values.map((result) => result.id)).toEqual(['v3-1']);
      expect(ready.values).toEqual([{ type: 'ready', apiVersion: 'v3', serviceName: 'care' }]);
      expect(events.values.map((event) => event.type)).toEqual(['ready', 'scheduled']);
      expect(watch(callbacks.ready$).values).toEqual([
        { type: 'ready', apiVersion: 'v3', serviceName: 'care' },
      ]);
    });

    it('fails every call with INVALID_CONFIG, sends nothing and reports to ErrorHandler when an async config is bad', async () => {
      const errorHandler = { handleError: jasmine.createSpy('handleError') };
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          { provide: ErrorHandler, useValue: errorHandler },
          provideCallback(() => Promise.resolve({ dataURL: '/relative/callback' })),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);
      const ready = watch(callbacks.ready$);
      const events = watch(callbacks.events$);

      const earlyBooking = watch(callbacks.schedule({ phonenumber: '5550102030' }));
      await flushMicrotasks();
      const lateBooking = watch(callbacks.schedule({ phonenumber: '5550102031' }));
      const slots = watch(callbacks.availability({ numberOfDays: 1 }));

      for (const outcome of [earlyBooking, lateBooking, slots]) {
        expect(outcome.error).toBeInstanceOf(CallbackError);
        expect(outcome.error).toEqual(
          jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'dataURL' }),
        );
        expect(outcome.values).toEqual([]);
      }
      http.expectNone(() => true);
      expect(errorHandler.handleError).toHaveBeenCalledOnceWith(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'dataURL' }),
      );
      expect(ready.values).toEqual([]);
      expect(ready.error).toBeUndefined();
      expect(events.values).toEqual([]);
      expect(events.error).toBeUndefined();
    });

    it('fails every call with INVALID_CONFIG when an async factory rejects', async () => {
      const errorHandler = { handleError: jasmine.createSpy('handleError') };
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          { provide: ErrorHandler, useValue: errorHandler },
          provideCallback(() => Promise.reject(new Error('config server down'))),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);

      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));
      await flushMicrotasks();

      expect(booking.error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((booking.error as Error).message).toContain('config server down');
      http.expectNone(() => true);
      expect(errorHandler.handleError).toHaveBeenCalledTimes(1);
    });
  });

  describe('in a zoneless application', () => {
    let http: HttpTestingController;

    afterEach(() => http.verify());

    it('books a callback and publishes it without zone.js', () => {
      TestBed.configureTestingModule({
        providers: [
          provideZonelessChangeDetection(),
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: DATA_URL }),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);
      const scheduled = watch(callbacks.scheduled$);

      const booking = watch(
        callbacks.schedule({ phonenumber: '5550102030', desiredTime: '2026-05-02T10:00:00Z' }),
      );
      http.expectOne({ method: 'POST', url: DATA_URL }).flush({ _id: 'cb-z' });

      const expected = {
        id: 'cb-z',
        desiredTime: '2026-05-02T10:00:00.000Z',
        raw: { _id: 'cb-z' },
      };
      expect(booking.values).toEqual([expected]);
      expect(booking.complete).toBeTrue();
      expect(scheduled.values).toEqual([expected]);
    });
  });

  describe('when the environment injector is destroyed', () => {
    it('completes every event stream', () => {
      const injector = createEnvironmentInjector(
        [provideHttpClient(), provideHttpClientTesting(), provideCallback({ dataURL: DATA_URL })],
        TestBed.inject(EnvironmentInjector),
      );
      const callbacks = injector.get(CallbackService);
      const streams: Record<string, Outcome<unknown>> = {
        ready$: watch(callbacks.ready$),
        events$: watch<CallbackEvent>(callbacks.events$),
        scheduled$: watch(callbacks.scheduled$),
        scheduleError$: watch(callbacks.scheduleError$),
        availableSlots$: watch(callbacks.availableSlots$),
        availabilityError$: watch(callbacks.availabilityError$),
      };
      const completedBefore = Object.values(streams).map((s) => s.complete);

      injector.destroy();

      expect(completedBefore).toEqual([false, false, false, false, false, false]);
      expect(
        Object.fromEntries(
          Object.entries(streams).map(([name, s]) => [
            name,
            { complete: s.complete, error: s.error },
          ]),
        ),
      ).toEqual({
        ready$: { complete: true, error: undefined },
        events$: { complete: true, error: undefined },
        scheduled$: { complete: true, error: undefined },
        scheduleError$: { complete: true, error: undefined },
        availableSlots$: { complete: true, error: undefined },
        availabilityError$: { complete: true, error: undefined },
      });
      expect(streams['ready$']?.values).toEqual([{ type: 'ready', apiVersion: 'v1' }]);
    });

    it('completes the event streams when the TestBed module is reset', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: DATA_URL }),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      const events = watch(callbacks.events$);
      const scheduled = watch(callbacks.scheduled$);

      TestBed.resetTestingModule();

      expect([events.complete, scheduled.complete]).toEqual([true, true]);
    });
  });
});
