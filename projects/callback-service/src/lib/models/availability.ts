import type { CallbackSlot } from './callback-slot';

/**
 * What `CallbackService.availability()` asks for. Give `endDate` or `numberOfDays`, not both;
 * with neither, the server answers for the start date's day.
 *
 * @example
 * ```ts
 * callbacks.availability({ startDate: new Date(), numberOfDays: 5, maxTimeSlots: 50 });
 * ```
 */
export interface AvailabilityQuery {
  /** First instant of the window (ISO-8601 instant, `YYYY-MM-DD` read as UTC midnight, or `Date`); the server defaults to now. */
  startDate?: string | Date;
  /** Last instant of the window (as `startDate`); not before `startDate`. */
  endDate?: string | Date;
  /** Number of days from `startDate`: a positive integer, or a numeric string as in the Widgets docs. */
  numberOfDays?: number | string;
  /** Upper bound on the number of slots returned: a positive integer. */
  maxTimeSlots?: number;
  /** v3 only: overrides the config's `serviceName` for this query. */
  serviceName?: string;
}

/** The free slots of an availability query, normalised across v1 and v3. */
export interface AvailabilityResult {
  /** The slots, sorted by time. */
  readonly slots: CallbackSlot[];
  /** IANA time zone of `localTime` values (v3). */
  readonly timezone?: string;
  /** Length of each slot in minutes (v3). */
  readonly durationMin?: number;
  /** The server's body as received (untrusted data). */
  readonly raw: unknown;
}
