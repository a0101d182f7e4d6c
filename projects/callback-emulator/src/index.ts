import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BookingRecord } from './booking/booking-record.js';
import { formatUtc } from './calendar/time-zone.js';
import type { Fault } from './fault-injection.js';
import { ApiError } from './http/api-error.js';
import { launchEmulator } from './server.js';

/**
 * One service as the config file describes it (`services.<name>` of
 * `config/default-services.json`); every field is optional.
 */
export interface CallbackServiceOptions {
  /** A note on what the service is for (for people reading the config; not sent). */
  readonly description?: string;
  /** IANA zone of the office (default `UTC`). */
  readonly timeZone?: string;
  /** Slot length in minutes, dividing a day (default 15). */
  readonly slotMinutes?: number;
  /** Bookings per slot (default 5). */
  readonly capacity?: number;
  /** Key for v3 `x-api-key` (and v1 `apikey` with `requireApiKeyOnV1`). */
  readonly apiKey?: string;
  /** Also check `apiKey` on v1 (header `apikey`); default off. */
  readonly requireApiKeyOnV1?: boolean;
  /** Callbacks per phone number and local day (default 10). */
  readonly maxCallbacksPerNumberPerDay?: number;
  /** `"24/7"` (default) or weekly windows such as `{ days: ['mon-fri'], from: '09:00', to: '17:00' }`. */
  readonly officeHours?: '24/7' | readonly WeeklyWindowOptions[];
  /** Weekly closures, or absolute periods `{ start, end }` (ISO-8601). */
  readonly closed?: readonly (
    WeeklyWindowOptions | { readonly start: string; readonly end: string }
  )[];
  /** Weekly windows whose slots already hold `count` bookings. */
  readonly preBooked?: readonly (WeeklyWindowOptions & { readonly count: number })[];
}

/** A weekly window in the office's local time; `days` defaults to every day. */
export interface WeeklyWindowOptions {
  readonly days?: readonly string[];
  readonly from: string;
  readonly to: string;
}

/** Options of `startCallbackEmulator`; all optional. */
export interface CallbackEmulatorOptions {
  /** TCP port; default 0 (a free one: read `url`). */
  readonly port?: number;
  /** Interface; default `127.0.0.1`. */
  readonly host?: string;
  /** Services by name, or the path of a config file; default the shipped `customer-care` and `sales`. */
  readonly services?: Readonly<Record<string, CallbackServiceOptions>> | string;
  /** Keeps bookings durable in `<dataDir>/callbacks.jsonl` (created when missing); default memory only. */
  readonly dataDir?: string;
  /** Web pages allowed to use the admin API (default: loopback pages), see the README. */
  readonly trustedOrigins?: readonly string[];
  /** Clock in epoch milliseconds (default `Date.now`), for tests that need a fixed "now". */
  readonly now?: () => number;
  /** Prints one line per request to stdout (default off: tests stay quiet). */
  readonly logRequests?: boolean;
}

/** Which bookings `bookings()` lists; every given field must match exactly. */
export interface BookingFilter {
  /** Only the bookings of this service. */
  readonly serviceName?: string;
  /** Only the bookings of this number, as stored (trimmed, as the client sent it). */
  readonly phoneNumber?: string;
  /** Only the bookings in this state (`SCHEDULED`, `QUEUED`, `COMPLETED`). */
  readonly state?: BookingRecord['state'];
  /** Only the bookings made through this API version. */
  readonly apiVersion?: BookingRecord['apiVersion'];
}

/**
 * A fault for the next matching requests of the Callback API routes (never the admin API):
 * `latencyMs` first, then `status` (answered in the route's error shape, or with `body`), or
 * `drop` (no answer). `path` is a prefix, `pathGlob` whole-path patterns (`*` within a
 * segment, `**` across segments). `count` defaults to 1.
 */
export interface FaultOptions {
  /** The HTTP method to match; default `*` (any). */
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | '*';
  /** A path prefix to match, e.g. `/engagement/v3/callbacks/create`. */
  readonly path?: string;
  /** Whole-path patterns to match (`*` within a segment, `**` across segments). */
  readonly pathGlob?: string | readonly string[];
  /** How many matching requests the fault applies to; default 1. */
  readonly count?: number;
  /** Delay before answering (or before the status or drop), in milliseconds. */
  readonly latencyMs?: number;
  /** HTTP status to answer with, in the route's error shape unless `body` is given. */
  readonly status?: number;
  /** The body to answer with `status`, as given. */
  readonly body?: unknown;
  /** Close the connection without an answer. */
  readonly drop?: boolean;
  /** Seconds sent as `Retry-After` with `status` (default 1 for 429 and 503). */
  readonly retryAfterSec?: number;
}

/** A running emulator, controlled in-process. */
export interface CallbackEmulator {
  /** Base URL such as `http://127.0.0.1:40123` (no trailing slash). */
  readonly url: string;
  /** The TCP port it listens on (the free one picked when `port` was 0). */
  readonly port: number;
  /** The v1 dataURL of a service: `{url}/genesys/1/service/callback/{service}`. */
  v1DataUrl(service: string): string;
  /** The v3 dataURL (`{url}/engagement/v3/callbacks`); the service goes in `serviceName`. */
  readonly v3DataUrl: string;
  /** Copies of the booked callbacks of both APIs, oldest first, optionally filtered. */
  bookings(filter?: BookingFilter): BookingRecord[];
  /** Arms a fault; throws a `TypeError` that says what is wrong with a bad one. */
  fault(options: FaultOptions): Fault;
  /** Deletes every booking (journaled) and disarms every fault. */
  reset(): Promise<void>;
  /** Stops listening (requests in flight get a second) and closes the journal. */
  close(): Promise<void>;
}

/**
 * Starts the Genesys Callback API emulator (v1 GMS and v3 GES) for a portal's own tests.
 *
 * ```ts
 * import { startCallbackEmulator } from 'ngx-genesys-callback-emulator';
 *
 * const emulator = await startCallbackEmulator({
 *   services: { care: { apiKey: 'test-key', officeHours: '24/7', capacity: 2 } },
 * });
 * // v1: dataURL emulator.v1DataUrl('care'); v3: dataURL emulator.v3DataUrl, serviceName 'care'
 * emulator.fault({ method: 'POST', path: '/engagement/v3/callbacks/create', status: 503 });
 * console.log(emulator.bookings({ serviceName: 'care' }));
 * await emulator.close();
 * ```
 */
export async function startCallbackEmulator(
  options: CallbackEmulatorOptions = {},
): Promise<CallbackEmulator> {
  let dataFile: string | undefined;
  if (options.dataDir !== undefined) {
    await mkdir(options.dataDir, { recursive: true });
    dataFile = join(options.dataDir, 'callbacks.jsonl');
  }
  const services = options.services;
  const { emulator, bookings, faults } = await launchEmulator({
    port: options.port ?? 0,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(services === undefined
      ? {}
      : { config: typeof services === 'string' ? services : { services } }),
    ...(dataFile === undefined ? {} : { dataFile }),
    ...(options.trustedOrigins === undefined ? {} : { trustedOrigins: options.trustedOrigins }),
    ...(options.now === undefined ? {} : { now: options.now }),
    quiet: options.logRequests !== true,
  });
  return {
    url: emulator.url,
    port: emulator.port,
    v1DataUrl: (service) =>
      `${emulator.url}/genesys/1/service/callback/${encodeURIComponent(service)}`,
    v3DataUrl: `${emulator.url}/engagement/v3/callbacks`,
    bookings: (filter = {}) =>
      bookings.store
        .all()
        .filter((record) =>
          (Object.keys(filter) as (keyof BookingFilter)[]).every(
            (key) => filter[key] === undefined || record[key] === filter[key],
          ),
        )
        .map((record) => structuredClone(record)),
    fault: (fault) => {
      try {
        return faults.add(fault, formatUtc(bookings.nowMs()));
      } catch (error) {
        if (error instanceof ApiError) throw new TypeError(error.message);
        throw error;
      }
    },
    reset: async () => {
      faults.clear();
      await bookings.store.reset(formatUtc(bookings.nowMs()));
    },
    close: () => emulator.close(),
  };
}

export type { BookingRecord } from './booking/booking-record.js';
export type { Fault } from './fault-injection.js';
export { DEFAULT_TRUSTED_ORIGINS, startEmulator } from './server.js';
export type { EmulatorOptions, RunningEmulator } from './server.js';
