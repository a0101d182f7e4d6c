import { DestroyRef, Injectable, inject, signal, type Signal } from '@angular/core';
import { defer, filter, finalize, map, Observable, Subject, switchMap } from 'rxjs';
import { CALLBACK_BACKEND } from './transport/callback-backend';
import { CALLBACK_AVAILABILITY_RETRY } from './callback-features';
import type { CallbackEvent, CallbackReadyEvent } from './callback-events';
import { CallbackConfigLoader } from './config/callback-config-loader';
import { CallbackError, isClientSideRefusal } from './errors/callback-error';
import type { AvailabilityQuery, AvailabilityResult } from './models/availability';
import type { CallbackStatus } from './models/callback-status';
import type { OpenForQuery, OpenForResult } from './models/open-for';
import type { ScheduleRequest, ScheduleResult } from './models/schedule';
import { redactApiKey } from './internal/redact';
import {
  assertOperationAvailable,
  type VersionSpecificOperation,
} from './protocol/unsupported-operation';
import { ReplayLast } from './internal/replay-last';
import { shareWhileSubscribed } from './internal/share-while-subscribed';
import { validateAvailabilityQuery } from './validation/validate-availability-query';
import { validateCallbackId } from './validation/validate-callback-id';
import { validateOpenForQuery } from './validation/validate-open-for-query';
import { validateReschedule } from './validation/validate-reschedule';
import { validateScheduleRequest } from './validation/validate-schedule-request';

/**
 * Books callbacks and reads available time slots over Genesys Callback API v1 or v3: the
 * Angular replacement of the Genesys Widgets `CallbackService` plugin. Provided by
 * `provideCallback()`.
 *
 * Results, errors (`CallbackError`) and events are typed. Outcomes of requests sent to the
 * server are published on the event streams before the returned Observable settles;
 * requests refused by client-side validation only error the returned Observable (nothing was
 * sent; on the CXBus, `withCxBus()` answers such refusals as the original's server did).
 *
 * @example
 * ```ts
 * export class CallMeBack {
 *   private readonly callbacks = inject(CallbackService);
 *   readonly booked = signal<ScheduleResult | null>(null);
 *
 *   book(phonenumber: string) {
 *     this.callbacks.schedule({ phonenumber }).subscribe({
 *       next: (result) => this.booked.set(result),
 *       error: (error: CallbackError) => console.warn(error.code, error.message),
 *     });
 *   }
 * }
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: missingProvideCallback })
export class CallbackService {
  private readonly backend = inject(CALLBACK_BACKEND);
  private readonly configLoader = inject(CallbackConfigLoader);
  private readonly retryAvailability = inject(CALLBACK_AVAILABILITY_RETRY, { optional: true });
  private readonly _ready = new ReplayLast<CallbackReadyEvent>();
  private readonly _readySignal = signal<CallbackReadyEvent | undefined>(undefined);
  private readonly _events = new Subject<Exclude<CallbackEvent, CallbackReadyEvent>>();
  private readonly schedulesInFlight = new Map<string, Observable<ScheduleResult>>();
  private readonly queriesInFlight = new Map<string, Observable<AvailabilityResult>>();
  private apikey?: string;

  /** Emits once when the configuration is resolved, and replays it to late subscribers. */
  readonly ready$: Observable<CallbackReadyEvent> = this._ready.observable;
  /** `ready$` as a signal: `undefined` until the configuration is resolved, then its event. */
  readonly ready: Signal<CallbackReadyEvent | undefined> = this._readySignal.asReadonly();
  /** Every event as one discriminated union; `ready` is replayed first to late subscribers. */
  readonly events$: Observable<CallbackEvent> = new Observable<CallbackEvent>((subscriber) => {
    // What merge() did: both streams end together (at destroy), so `ready$` is followed for
    // its value only and `_events` to the end.
    subscriber.add(this.ready$.subscribe((ready) => subscriber.next(ready)));
    return this._events.subscribe({
      next: (event) => subscriber.next(event),
      complete: () => subscriber.complete(),
    });
  });
  /** Each callback booked. */
  readonly scheduled$: Observable<ScheduleResult> = this.eventsOfType('scheduled', (e) => e.result);
  /** Each booking the server refused, or whose outcome is unknown (timeout, network). */
  readonly scheduleError$: Observable<CallbackError> = this.eventsOfType(
    'scheduleError',
    (e) => e.error,
  );
  /** Each availability answer. */
  readonly availableSlots$: Observable<AvailabilityResult> = this.eventsOfType(
    'availableSlots',
    (e) => e.result,
  );
  /** Each failed availability query (after any retries). */
  readonly availabilityError$: Observable<CallbackError> = this.eventsOfType(
    'availabilityError',
    (e) => e.error,
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this._ready.complete();
      this._events.complete();
    });
    this.configLoader.config$.subscribe({
      next: (config) => {
        this.apikey = config.apikey;
        const ready: CallbackReadyEvent = {
          type: 'ready',
          apiVersion: config.apiVersion,
          ...(config.serviceName ? { serviceName: config.serviceName } : {}),
        };
        this._readySignal.set(ready);
        this._ready.next(ready);
      },
      // A failed config is reported by the loader and fails every call; ready$ never emits.
      error: () => undefined,
    });
  }

  /**
   * Books a callback. Eager: exactly one request is sent, at the call, however many times
   * (zero included) the result is subscribed; the Observable replays the outcome, and
   * unsubscribing does not cancel the booking. While a booking for the same number, time
   * and service is in flight, an identical call shares it instead of sending a second POST.
   * Never retried automatically; `CallbackError.retryable` says whether a retry is safe.
   */
  schedule(request: ScheduleRequest): Observable<ScheduleResult> {
    let validated;
    try {
      validated = this.validate(() => validateScheduleRequest(request));
    } catch (error) {
      return new Observable<never>((subscriber) => subscriber.error(error));
    }
    const key = [
      validated.serviceName ?? '',
      validated.phonenumber,
      validated.desiredTime ?? 'asap',
    ].join('|');
    const inFlight = this.schedulesInFlight.get(key);
    if (inFlight) return inFlight;

    const outcome = new ReplayLast<ScheduleResult>();
    const shared = outcome.observable;
    this.schedulesInFlight.set(key, shared);
    this.backend.schedule(validated).subscribe({
      next: (result) => {
        this.schedulesInFlight.delete(key);
        this._events.next({ type: 'scheduled', result });
        outcome.next(result);
      },
      error: (error: unknown) => {
        this.schedulesInFlight.delete(key);
        if (isServerOutcome(error)) this._events.next({ type: 'scheduleError', error });
        outcome.error(error);
      },
      complete: () => outcome.complete(),
    });
    return shared;
  }

  /**
   * Reads the free time slots of a window. Lazy and cancellable like `HttpClient`: the
   * request is sent on subscription and aborted on unsubscription; identical queries in
   * flight at the same time share one request. Retried after transient failures only when
   * `withRetry()` is provided.
   */
  availability(query: AvailabilityQuery): Observable<AvailabilityResult> {
    return defer(() => {
      const validated = this.validate(() => validateAvailabilityQuery(query));
      const key = JSON.stringify(validated);
      const inFlight = this.queriesInFlight.get(key);
      if (inFlight) return inFlight;

      const attempts = this.backend.availability(validated);
      const retried = this.retryAvailability ? attempts.pipe(this.retryAvailability) : attempts;
      const reported = new Observable<AvailabilityResult>((subscriber) =>
        retried.subscribe({
          next: (result) => {
            this.forgetQuery(key, shared);
            this._events.next({ type: 'availableSlots', result });
            subscriber.next(result);
          },
          error: (error: unknown) => {
            this.forgetQuery(key, shared);
            if (isServerOutcome(error)) this._events.next({ type: 'availabilityError', error });
            subscriber.error(error);
          },
          complete: () => subscriber.complete(),
        }),
      );
      const shared: Observable<AvailabilityResult> = shareWhileSubscribed(
        // Covers the last subscriber leaving early: the aborted query must not be shared.
        reported.pipe(finalize(() => this.forgetQuery(key, shared))),
      );
      this.queriesInFlight.set(key, shared);
      return shared;
    });
  }

  /**
   * Cancels a booked callback (v1 `DELETE {dataURL}/{id}`, v3 `POST …/cancel`). Eager like
   * `schedule()`: sent once at the call, replayed, not cancelled by unsubscribing.
   */
  cancel(id: string): Observable<void> {
    const outcome = new ReplayLast<void>();
    defer(() => {
      const validId = this.validate(() => validateCallbackId(id));
      return this.backend.cancel(validId);
    }).subscribe(outcome);
    return outcome.observable;
  }

  /**
   * Reads the state of a booked callback (v1 `GET …/callback?_id=`, v3 `POST …/retrieve`).
   * Lazy and cancellable like `HttpClient`.
   */
  retrieve(id: string): Observable<CallbackStatus> {
    return defer(() => {
      const validId = this.validate(() => validateCallbackId(id));
      return this.backend.retrieve(validId);
    });
  }

  /**
   * Moves a booked callback to a new time (v1 `PUT {dataURL}/{id}` with JSON
   * `{ _new_desired_time }`). Eager like `schedule()`: sent once at the call, replayed, not
   * cancelled by unsubscribing, never retried. A full or closed time fails as a booking
   * does (`RATE_LIMITED` / `BAD_REQUEST` with `proposedSlots`). v3 has no such endpoint:
   * `UNSUPPORTED`, nothing sent.
   *
   * @example
   * ```ts
   * callbacks.reschedule(booking.id, slot.utcTime).subscribe((moved) => show(moved.desiredTime));
   * ```
   */
  reschedule(id: string, desiredTime: string | Date): Observable<ScheduleResult> {
    const outcome = new ReplayLast<ScheduleResult>();
    this.versionSpecific('reschedule', () =>
      this.backend.reschedule(this.validate(() => validateReschedule(id, desiredTime))),
    ).subscribe(outcome);
    return outcome.observable;
  }

  /**
   * Asks how long a service's office stays open from `start` (default now): v3
   * `GET {dataURL}/open-for/{service}?start=&timezone=`; `openForSeconds` 0 means closed.
   * Lazy and cancellable like `availability()`. v1 has no such endpoint: `UNSUPPORTED`,
   * nothing sent.
   *
   * @example
   * ```ts
   * callbacks.openFor().subscribe(({ openForSeconds }) => asap.set(openForSeconds > 0));
   * ```
   */
  openFor(query: OpenForQuery = {}): Observable<OpenForResult> {
    return this.versionSpecific('openFor', () =>
      this.backend.openFor(this.validate(() => validateOpenForQuery(query))),
    );
  }

  // Refusals quote the caller's bad value: should the caller have passed the API key, it is
  // masked there too (known once the config is resolved).
  private validate<T>(check: () => T): T {
    try {
      return check();
    } catch (error) {
      throw error instanceof CallbackError ? redactApiKey(error, this.apikey) : error;
    }
  }

  // The API version decides first: an operation it lacks is UNSUPPORTED whatever the
  // arguments, so they are read once the config is known (at once when it is already).
  private versionSpecific<T>(
    operation: VersionSpecificOperation,
    call: () => Observable<T>,
  ): Observable<T> {
    return this.configLoader.config$.pipe(
      switchMap((config) => {
        assertOperationAvailable(operation, config.apiVersion);
        return call();
      }),
    );
  }

  private forgetQuery(key: string, query: Observable<AvailabilityResult>): void {
    if (this.queriesInFlight.get(key) === query) this.queriesInFlight.delete(key);
  }

  private eventsOfType<K extends Exclude<CallbackEvent, CallbackReadyEvent>['type'], R>(
    type: K,
    select: (event: Extract<CallbackEvent, { type: K }>) => R,
  ): Observable<R> {
    return this._events.pipe(
      filter((event): event is Extract<CallbackEvent, { type: K }> => event.type === type),
      map(select),
    );
  }
}

/** Client-side refusals are the caller's business; only what happened on the wire is an event. */
function isServerOutcome(error: unknown): error is CallbackError {
  return error instanceof CallbackError && !isClientSideRefusal(error);
}

function missingProvideCallback(): never {
  throw new CallbackError({
    code: 'INVALID_CONFIG',
    message: ngDevMode
      ? 'CallbackService has no configuration: add provideCallback({ dataURL, ... }) to your application (or route) providers.'
      : 'CallbackService needs provideCallback().',
  });
}
