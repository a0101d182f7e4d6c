import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AvailabilityResult } from '../models/availability';
import type { CallbackStatus } from '../models/callback-status';
import type { OpenForResult } from '../models/open-for';
import type { ScheduleResult } from '../models/schedule';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedOpenForQuery } from '../validation/validate-open-for-query';
import type { ValidatedReschedule } from '../validation/validate-reschedule';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';

/**
 * Where `CallbackService` sends validated calls: over HTTP to Genesys by default, to a test
 * double with `provideCallbackTesting()`. The service keeps validation, sharing, events and
 * retries, so tests that swap the backend still exercise the real service.
 *
 * Every method is lazy (one attempt per subscription, aborted on unsubscription) and fails
 * with a `CallbackError`.
 */
export interface CallbackBackend {
  /** Sends one booking. */
  schedule(request: ValidatedScheduleRequest): Observable<ScheduleResult>;
  /** Sends one availability query. */
  availability(query: ValidatedAvailabilityQuery): Observable<AvailabilityResult>;
  /** Sends one cancellation. */
  cancel(id: string): Observable<void>;
  /** Sends one state query. */
  retrieve(id: string): Observable<CallbackStatus>;
  /** Sends one move to a new time (`UNSUPPORTED` where the API version has none). */
  reschedule(move: ValidatedReschedule): Observable<ScheduleResult>;
  /** Sends one office-hours query (`UNSUPPORTED` where the API version has none). */
  openFor(query: ValidatedOpenForQuery): Observable<OpenForResult>;
}

/** The backend of `CallbackService` (internal; `ɵ`-exported for the `/testing` entry point). */
export const CALLBACK_BACKEND = new InjectionToken<CallbackBackend>(
  ngDevMode ? 'ngx-genesys-callback backend' : '',
);
