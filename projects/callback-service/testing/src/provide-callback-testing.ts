import {
  Injectable,
  inject,
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import {
  provideCallback,
  ɵCALLBACK_BACKEND,
  ɵinjectResolvedCallbackConfig,
  ɵAPI_VERSION_OF,
  ɵunsupportedOperation,
  type AvailabilityResult,
  type CallbackConfig,
  type CallbackFeature,
  type CallbackStatus,
  type OpenForResult,
  type ScheduleResult,
  type ɵCallbackBackend,
  type ɵValidatedAvailabilityQuery,
  type ɵValidatedOpenForQuery,
  type ɵValidatedReschedule,
  type ɵValidatedScheduleRequest,
} from 'ngx-genesys-callback';
import { Observable, switchMap, throwError, type Subscriber } from 'rxjs';
import { CallbackTestingController } from './callback-testing-controller';
import {
  TestAvailabilityCall,
  TestCancelCall,
  TestOpenForCall,
  TestRescheduleCall,
  TestRetrieveCall,
  TestScheduleCall,
} from './test-calls';

/** The config `provideCallbackTesting()` uses unless told otherwise; no request ever leaves. */
export const TESTING_CALLBACK_CONFIG: CallbackConfig = Object.freeze({
  dataURL: 'https://callback.test/genesys/1/service/callback/test',
});

/** Hands every call of `CallbackService` to the `CallbackTestingController` (internal). */
@Injectable()
class TestingCallbackBackend implements ɵCallbackBackend {
  private readonly controller = inject(CallbackTestingController);
  private readonly config$ = ɵinjectResolvedCallbackConfig();

  schedule(request: ɵValidatedScheduleRequest): Observable<ScheduleResult> {
    return new Observable((subscriber) =>
      this.controller.ɵadd(
        new TestScheduleCall(request, subscriber, () => this.controller.ɵnextBookingId()),
      ),
    );
  }

  availability(query: ɵValidatedAvailabilityQuery): Observable<AvailabilityResult> {
    return new Observable((subscriber) =>
      this.controller.ɵadd(new TestAvailabilityCall({ ...query }, subscriber)),
    );
  }

  cancel(id: string): Observable<void> {
    return new Observable((subscriber) =>
      this.controller.ɵadd(new TestCancelCall({ id }, subscriber)),
    );
  }

  retrieve(id: string): Observable<CallbackStatus> {
    return new Observable((subscriber) =>
      this.controller.ɵadd(new TestRetrieveCall({ id }, subscriber)),
    );
  }

  reschedule(move: ɵValidatedReschedule): Observable<ScheduleResult> {
    return this.onlyIn('reschedule', (subscriber) =>
      this.controller.ɵadd(new TestRescheduleCall({ ...move }, subscriber)),
    );
  }

  openFor(query: ɵValidatedOpenForQuery): Observable<OpenForResult> {
    return this.onlyIn('openFor', (subscriber) =>
      this.controller.ɵadd(new TestOpenForCall({ ...query }, subscriber)),
    );
  }

  // The version rule of the real protocols, so a test on the wrong version sees UNSUPPORTED
  // and the controller sees no call.
  private onlyIn<T>(
    operation: 'reschedule' | 'openFor',
    open: (subscriber: Subscriber<T>) => void,
  ): Observable<T> {
    return this.config$.pipe(
      switchMap((config) =>
        config.apiVersion === ɵAPI_VERSION_OF[operation]
          ? new Observable<T>(open)
          : throwError(() => ɵunsupportedOperation(operation, config.apiVersion)),
      ),
    );
  }
}

/**
 * Provides a real `CallbackService` whose calls go to a {@link CallbackTestingController}
 * instead of a Genesys server: validation, sharing, events and retries behave as in
 * production, and the test answers each call without knowing the wire format. Needs no
 * `HttpClient`.
 *
 * @param config overrides of the default test config (e.g. `{ apiVersion: 'v3' }`).
 * @param features the same `withX()` features as `provideCallback()`.
 *
 * @example
 * ```ts
 * TestBed.configureTestingModule({ imports: [BookingPage], providers: [provideCallbackTesting()] });
 * const controller = TestBed.inject(CallbackTestingController);
 * ```
 */
export function provideCallbackTesting(
  config: Partial<CallbackConfig> = {},
  ...features: CallbackFeature[]
): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideCallback({ ...TESTING_CALLBACK_CONFIG, ...config }, ...features),
    CallbackTestingController,
    TestingCallbackBackend,
    // Listed after provideCallback(): the later provider of a token wins.
    { provide: ɵCALLBACK_BACKEND, useExisting: TestingCallbackBackend },
  ]);
}
