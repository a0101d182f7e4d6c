import type { BookingRecord } from './booking/booking-record.js';
import type { BookingService } from './booking/booking-service.js';
import { formatUtc } from './calendar/time-zone.js';
import type { FaultInjector } from './fault-injection.js';
import { errorHeaders, httpStatusOf, type ApiError } from './http/api-error.js';
import { ok, type Reply, type RequestContext, type RouteGroup } from './http/router.js';

/** Prefix of the admin API. */
export const ADMIN_PREFIX = '/__emulator';

/** What the admin routes work on. */
export interface AdminDependencies {
  readonly bookings: BookingService;
  readonly faults: FaultInjector;
  /** Real start time (for uptime), independent of the injected clock. */
  readonly startedAtMs: number;
}

/**
 * The emulator's own API for tests and demos. No API key; the pipeline lets in only trusted
 * pages (loopback by default) and JSON bodies, so the demo app can call it from the browser
 * but a site the developer visits cannot.
 *
 * - `GET    /__emulator/health` → `{ status: "ok" | "journal-failed", journalError?, now, uptimeMs, durable, callbacks, services }`
 * - `GET    /__emulator/services` → the configured services (keys left out)
 * - `GET    /__emulator/callbacks[?serviceName&phoneNumber&state&apiVersion]` → `{ count, callbacks }`
 * - `DELETE /__emulator/callbacks` → `{ deleted }` (journaled like any change)
 * - `POST   /__emulator/faults` `{ method?, path?, pathGlob?, count?, latencyMs?, status?, body?, drop?, retryAfterSec? }` → 201 `{ fault }`
 * - `GET    /__emulator/faults` → `{ faults }`; `DELETE /__emulator/faults` → `{ deleted }`
 */
export function adminRoutes(deps: AdminDependencies): RouteGroup {
  const { bookings, faults } = deps;
  const route = (
    method: string,
    path: string,
    handle: (context: RequestContext) => Promise<Reply> | Reply,
  ) => ({
    method,
    pattern: new RegExp(`^${ADMIN_PREFIX}${path}/?$`),
    handle,
  });

  const health = (): Reply => {
    const journalFailure = bookings.store.journalFailure;
    return ok({
      status: journalFailure === undefined ? 'ok' : 'journal-failed',
      ...(journalFailure === undefined ? {} : { journalError: journalFailure }),
      now: formatUtc(bookings.nowMs()),
      uptimeMs: Date.now() - deps.startedAtMs,
      durable: bookings.store.durable,
      callbacks: bookings.store.size,
      services: bookings.services.names(),
    });
  };

  const services = (): Reply =>
    ok({
      services: bookings.services.names().map((name) => {
        const definition = bookings.services.get(name)?.definition;
        return {
          name,
          timeZone: definition?.timeZone.canonicalName,
          slotMinutes: definition?.slotMinutes,
          capacity: definition?.capacity,
          maxCallbacksPerNumberPerDay: definition?.maxCallbacksPerNumberPerDay,
          apiKeyRequiredOnV1: definition?.requireApiKeyOnV1,
        };
      }),
    });

  const listCallbacks = (context: RequestContext): Reply => {
    const query = context.url.searchParams;
    const filters: [keyof BookingRecord, string][] = [];
    for (const key of ['serviceName', 'phoneNumber', 'state', 'apiVersion'] as const) {
      const value = query.get(key);
      if (value !== null) filters.push([key, value]);
    }
    const callbacks = bookings.store
      .all()
      .filter((record) => filters.every(([key, value]) => record[key] === value));
    return ok({ count: callbacks.length, callbacks });
  };

  const resetCallbacks = async (): Promise<Reply> => {
    const deleted = await bookings.store.reset(formatUtc(bookings.nowMs()));
    return ok({ deleted });
  };

  const addFault = async (context: RequestContext): Promise<Reply> => {
    const fault = faults.add(await context.body(), formatUtc(bookings.nowMs()));
    return { status: 201, body: { fault } };
  };

  return {
    prefix: ADMIN_PREFIX,
    flavor: 'admin',
    renderError: renderAdminError,
    routes: [
      route('GET', '/health', health),
      route('GET', '/services', services),
      route('GET', '/callbacks', listCallbacks),
      route('DELETE', '/callbacks', resetCallbacks),
      route('GET', '/faults', () => ok({ faults: faults.list() })),
      route('POST', '/faults', addFault),
      route('DELETE', '/faults', () => ok({ deleted: faults.clear() })),
    ],
  };
}

/** Admin errors: `{ message, error }` where `error` names the kind. */
export function renderAdminError(error: ApiError): Reply {
  return {
    status: httpStatusOf(error, 'admin'),
    body: { message: error.message, error: error.kind },
    headers: errorHeaders(error),
  };
}
