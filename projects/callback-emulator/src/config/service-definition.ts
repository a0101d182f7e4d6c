import type { TimeZone } from '../calendar/time-zone.js';

/**
 * A recurring weekly window in a service's local time: the days it applies to (0 = Sunday)
 * and a `[fromMinute, toMinute)` range of minutes after local midnight (`toMinute` ≤ 1440).
 */
export interface WeeklyWindow {
  readonly days: readonly boolean[];
  readonly fromMinute: number;
  readonly toMinute: number;
}

/** A weekly window whose slots already hold `count` bookings (deterministic demo load). */
export interface WeeklyLoad extends WeeklyWindow {
  readonly count: number;
}

/** An absolute closed period `[startMs, endMs)`, e.g. a public holiday. */
export interface ClosedPeriod {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * One callback service (a GMS "callback execution service" / a GES service name), validated
 * and normalised from the config file.
 */
export interface ServiceDefinition {
  /** The name used in v1 paths, v3 `serviceName` and v3 availability paths. */
  readonly name: string;
  /** IANA zone of the office: office hours, slot grid and "today" are read in it. */
  readonly timeZone: TimeZone;
  /** Slot length (GMS `_request_time_bucket`); divides a day. */
  readonly slotMinutes: number;
  /** Bookings one slot accepts (GMS `_max_request_by_time_bucket`). */
  readonly capacity: number;
  /** Key expected in v3 `x-api-key` (and in v1 `apikey` when `requireApiKeyOnV1`). */
  readonly apiKey: string | undefined;
  /** Whether v1 requests need the `apikey` header (a gateway in front of GMS). */
  readonly requireApiKeyOnV1: boolean;
  /** Callbacks one phone number may request per local day before GMS-style 503s. */
  readonly maxCallbacksPerNumberPerDay: number;
  /** Weekly opening windows; a slot is open when its start lies in one of them. */
  readonly officeHours: readonly WeeklyWindow[];
  /** Weekly closures inside office hours (lunch, maintenance). */
  readonly closed: readonly WeeklyWindow[];
  /** Absolute closures (holidays). */
  readonly closedPeriods: readonly ClosedPeriod[];
  /** Weekly windows already partly or fully booked, so demos show full slots. */
  readonly preBooked: readonly WeeklyLoad[];
}

/** The validated emulator configuration: its services by name. */
export interface EmulatorConfig {
  readonly services: ReadonlyMap<string, ServiceDefinition>;
}

/** Thrown for an invalid config; `problems` holds one sentence per bad value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid emulator config ${source}:\n  - ${problems.join('\n  - ')}`);
  }
}
