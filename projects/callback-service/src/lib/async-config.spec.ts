import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import {
  createEnvironmentInjector,
  EnvironmentInjector,
  ErrorHandler,
  inject,
  InjectionToken,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, Subject } from 'rxjs';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  type CallbackConfig,
  type CallbackEvent,
} from '../public-api';
import { flushMicrotasks, formFields, watch, type Outcome } from './test-helpers';

const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';
const V3_URL = 'https://api.example.com/engagement/v3/callbacks';

describe('provideCallback', () => {
  describe('with a config factory', () => {
    let http: HttpTestingController;

    afterEach(() => http.verify());

    /** A service whose config is a Promise the test resolves. */
    function setUpPendingConfig(): {
      callbacks: CallbackService;
      resolveConfig: (config: CallbackConfig) => void;
    } {
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
      return { callbacks, resolveConfig };
    }

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
      const { callbacks, resolveConfig } = setUpPendingConfig();
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

    it("says UNSUPPORTED for a call the arriving config's version lacks, whatever its arguments", async () => {
      const { callbacks, resolveConfig } = setUpPendingConfig();

      const moved = watch(callbacks.reschedule('', 'not a time'));
      await flushMicrotasks();
      expect(moved.error).toBeUndefined();

      resolveConfig({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
      await firstValueFrom(callbacks.ready$);
      expect((moved.error as CallbackError).code).toBe('UNSUPPORTED');
    });

    it('sends nothing for an availability() query abandoned before the config arrives', async () => {
      const { callbacks, resolveConfig } = setUpPendingConfig();

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
