import {
  Injectable,
  inject,
  makeEnvironmentProviders,
  type EnvironmentProviders,
} from '@angular/core';
import {
  provideCallback,
  ɵCALLBACK_BACKEND,
  type AvailabilityResult,
  type CallbackConfig,
  type CallbackFeature,
  type CallbackStatus,
  type ScheduleResult,
  type ɵCallbackBackend,
  type ɵValidatedAvailabilityQuery,
  type ɵValidatedScheduleRequest,
} from 'ngx-genesys-callback';
import { Observable } from 'rxjs';
import { CallbackTestingController } from './callback-testing-controller';
import {
  TestAvailabilityCall,
  TestCancelCall,
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

  schedule(request: ɵValidatedScheduleRequest): Observable<ScheduleResult> {
    const { phoneNumber, ...rest } = request;
    return new Observable((subscriber) =>
      this.controller.ɵadd(
        new TestScheduleCall({ phonenumber: phoneNumber, ...rest }, subscriber, () =>
          this.controller.ɵnextBookingId(),
        ),
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
