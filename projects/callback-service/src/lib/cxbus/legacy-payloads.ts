import { HttpErrorResponse } from '@angular/common/http';
import type { CallbackError } from '../errors/callback-error';
import { copyJsonBounded, toBoundedJsonText } from '../internal/bounded-json';
import type { AvailabilityResult } from '../models/availability';
import type { ScheduleResult } from '../models/schedule';

/**
 * The fields of a jQuery jqXHR that legacy `fail` handlers and `scheduleError` subscribers
 * read (the Widgets Callback form reads `status`, `responseJSON` and `responseText`).
 */
export interface LegacyXhrError {
  readonly readyState: number;
  readonly status: number;
  readonly statusText: string;
  readonly responseJSON?: unknown;
  readonly responseText: string;
  /** The typed error, for code that is migrating away from the jqXHR shape. */
  readonly callbackError: CallbackError;
}

/** What the original plugin resolved and published for a booking: the server's body. */
export function legacyScheduleResult(result: ScheduleResult): unknown {
  return result.raw ?? {};
}

/** What the original plugin resolved `availability` with: the server's body (v1 map, v3 envelope). */
export function legacyAvailabilityResult(result: AvailabilityResult): unknown {
  return result.raw ?? {};
}

/**
 * What the original plugin published as `availableSlots`: v1 the raw `{ time: capacity }` map;
 * v3 `{ response, slots }` where `slots` maps each slot's `localTime` (when a time zone is
 * configured) or `utcTime` to its capacity.
 */
export function legacyAvailableSlotsEvent(
  result: AvailabilityResult,
  apiVersion: 'v1' | 'v3',
  timezone?: string,
): unknown {
  if (apiVersion === 'v1') return result.raw ?? {};
  const slots: Record<string, number> = {};
  for (const slot of result.slots)
    slots[(timezone !== undefined ? slot.localTime : undefined) ?? slot.utcTime] = slot.capacity;
  return { response: result.raw, slots };
}

/** The jqXHR-like object the original rejected with and published for a failed request. */
export function legacyXhrError(error: CallbackError): LegacyXhrError {
  const response = error.cause instanceof HttpErrorResponse ? error.cause : undefined;
  const status = error.status ?? 0;
  const body: unknown = response?.error;
  // Server data, so bounded: a body nested too deep to serialise is cut, not thrown on.
  const responseJSON =
    body !== null &&
    typeof body === 'object' &&
    !(typeof ProgressEvent !== 'undefined' && body instanceof ProgressEvent)
      ? copyJsonBounded(body).value
      : undefined;
  return {
    readyState: status === 0 ? 0 : 4,
    status,
    // jQuery's own words for requests that got no HTTP answer.
    statusText:
      error.code === 'TIMEOUT' ? 'timeout' : status === 0 ? 'error' : (response?.statusText ?? ''),
    responseText:
      typeof body === 'string'
        ? body
        : responseJSON === undefined
          ? ''
          : toBoundedJsonText(responseJSON),
    callbackError: error,
    ...(responseJSON === undefined ? {} : { responseJSON }),
  };
}
