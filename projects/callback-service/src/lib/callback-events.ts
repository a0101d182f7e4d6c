import type { CallbackError } from './errors/callback-error';
import type { CallbackApiVersion } from './config/callback-config';
import type { AvailabilityResult } from './models/availability';
import type { ScheduleResult } from './models/schedule';

/** Published once the configuration is resolved; replayed to late subscribers. */
export interface CallbackReadyEvent {
  readonly type: 'ready';
  /** The API version in use. */
  readonly apiVersion: CallbackApiVersion;
  /** The configured service name (v3), if any. */
  readonly serviceName?: string;
}

/** Published when a callback was booked. */
export interface CallbackScheduledEvent {
  readonly type: 'scheduled';
  readonly result: ScheduleResult;
}

/** Published when the server refused a booking or could not be reached. */
export interface CallbackScheduleErrorEvent {
  readonly type: 'scheduleError';
  readonly error: CallbackError;
}

/** Published when an availability query answered. */
export interface CallbackAvailableSlotsEvent {
  readonly type: 'availableSlots';
  readonly result: AvailabilityResult;
}

/** Published when an availability query failed (after any retries). */
export interface CallbackAvailabilityErrorEvent {
  readonly type: 'availabilityError';
  readonly error: CallbackError;
}

/**
 * Every event of `CallbackService` as one discriminated union keyed on `type`, mirroring the
 * Widgets events `CallbackService.ready`, `.scheduled`, `.scheduleError`, `.availableSlots`
 * and `.availabilityError`.
 *
 * @example
 * ```ts
 * callbacks.events$.subscribe((event) => {
 *   if (event.type === 'scheduled') analytics.track('callback booked', event.result.id);
 * });
 * ```
 */
export type CallbackEvent =
  | CallbackReadyEvent
  | CallbackScheduledEvent
  | CallbackScheduleErrorEvent
  | CallbackAvailableSlotsEvent
  | CallbackAvailabilityErrorEvent;
