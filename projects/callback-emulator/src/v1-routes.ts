import type { BookingService } from './booking/booking-service.js';
import type { ServiceRuntime } from './booking/service-registry.js';
import { sanitizeUserData, textField } from './booking/user-data.js';
import { resolveWindow } from './calendar/availability.js';
import { TimeZone } from './calendar/time-zone.js';
import { ApiError } from './http/api-error.js';
import type { BodyFields } from './http/body-parsing.js';
import { ok, type Reply, type RequestContext, type RouteGroup } from './http/router.js';
import { filterV1Records, renderV1Error, toV1Record, v1AvailabilityReply } from './v1-format.js';

const BASE = '/genesys/1/service/callback';
const UTC = TimeZone.of('UTC');
const V1_WINDOW_NAMES = {
  start: 'start',
  end: 'end',
  numberOfDays: 'number-of-days',
  maxTimeSlots: 'max-time-slots',
};
// Body keys with a meaning of their own; every other `_` key is a GMS option, the rest user data.
const PHONE_KEY = '_customer_number';
const TIME_KEY = '_desired_time';
const NEW_TIME_KEY = '_new_desired_time';

/**
 * Callback API v1, as Genesys Mobile Services (GMS) serves it:
 *
 * - `POST   /genesys/1/service/callback/{service}` schedule (form or JSON) → `{ _id, … }`
 * - `GET    /genesys/1/service/callback/{service}/availability` → `{ "<ISO UTC>": free }`
 * - `DELETE /genesys/1/service/callback/{service}/{id}` cancel → `{}`
 * - `PUT    /genesys/1/service/callback/{service}/{id}` `{ _new_desired_time }` (JSON or
 *   form) reschedule → `{ _id, _desired_time }`
 * - `GET    /genesys/1/service/callback/{service}?key=value` query the service's records
 * - `GET    /genesys/1/service/callback?_id=…` query across services
 *
 * A service with `requireApiKeyOnV1` wants its key in the `apikey` header.
 */
export function v1Routes(bookings: BookingService): RouteGroup {
  const services = bookings.services;

  const schedule = async (context: RequestContext): Promise<Reply> => {
    const runtime = services.require(context.params[0]);
    checkApiKey(context, runtime);
    const body = await context.body();
    const { userData, options } = splitFields(body);
    const record = await bookings.schedule({
      apiVersion: 'v1',
      serviceName: runtime.definition.name,
      phoneNumber: textField(body[PHONE_KEY], PHONE_KEY),
      desiredTime: textField(body[TIME_KEY], TIME_KEY),
      userData: sanitizeUserData(userData, 'user data', { identifierKeys: false }),
      options,
      fieldNames: { phoneNumber: PHONE_KEY, desiredTime: TIME_KEY },
    });
    return ok(
      record.immediate ? { _id: record.id } : { _id: record.id, _desired_time: record.desiredTime },
    );
  };

  const availability = (context: RequestContext): Reply => {
    const runtime = services.require(context.params[0]);
    checkApiKey(context, runtime);
    const query = context.url.searchParams;
    const window = resolveWindow(
      {
        start: query.get('start') ?? undefined,
        end: query.get('end') ?? undefined,
        numberOfDays: query.get('number-of-days') ?? undefined,
        maxTimeSlots: query.get('max-time-slots') ?? undefined,
      },
      V1_WINDOW_NAMES,
      // GMS reads times as UTC; "the start's day" is the office's day.
      { input: UTC, day: runtime.definition.timeZone },
      bookings.nowMs(),
    );
    return v1AvailabilityReply(bookings.availability(runtime, window));
  };

  const cancel = async (context: RequestContext): Promise<Reply> => {
    const runtime = services.require(context.params[0]);
    checkApiKey(context, runtime);
    await bookings.cancel(context.params[1] ?? '', runtime.definition.name);
    return ok({});
  };

  const reschedule = async (context: RequestContext): Promise<Reply> => {
    const runtime = services.require(context.params[0]);
    checkApiKey(context, runtime);
    const body = await context.body();
    const record = await bookings.reschedule(
      context.params[1] ?? '',
      runtime.definition.name,
      textField(body[NEW_TIME_KEY], NEW_TIME_KEY),
      NEW_TIME_KEY,
    );
    return ok({ _id: record.id, _desired_time: record.desiredTime });
  };

  const queryService = (context: RequestContext): Reply => {
    const runtime = services.require(context.params[0]);
    checkApiKey(context, runtime);
    const records = bookings.store
      .all()
      .filter((record) => record.serviceName === runtime.definition.name)
      .map(toV1Record);
    return ok(filterV1Records(records, context.url.searchParams));
  };

  const queryAll = (context: RequestContext): Reply => {
    const key = context.header('apikey');
    if (key !== undefined && !services.isKnownApiKey(key)) throw unauthorized();
    // Records of services behind a key are only visible with that key.
    const visible = bookings.store.all().filter((record) => {
      const definition = services.get(record.serviceName)?.definition;
      return definition === undefined || !definition.requireApiKeyOnV1 || definition.apiKey === key;
    });
    return ok(filterV1Records(visible.map(toV1Record), context.url.searchParams));
  };

  return {
    prefix: '/genesys',
    flavor: 'v1',
    renderError: (error) => renderV1Error(error),
    routes: [
      {
        method: 'GET',
        pattern: new RegExp(`^${BASE}/([^/]+)/availability/?$`),
        handle: availability,
      },
      { method: 'POST', pattern: new RegExp(`^${BASE}/([^/]+)/?$`), handle: schedule },
      { method: 'GET', pattern: new RegExp(`^${BASE}/([^/]+)/?$`), handle: queryService },
      { method: 'DELETE', pattern: new RegExp(`^${BASE}/([^/]+)/([^/]+)/?$`), handle: cancel },
      { method: 'PUT', pattern: new RegExp(`^${BASE}/([^/]+)/([^/]+)/?$`), handle: reschedule },
      { method: 'GET', pattern: new RegExp(`^${BASE}/?$`), handle: queryAll },
    ],
  };
}

/** GMS reads `_` keys as options and every other key as attached (user) data. */
function splitFields(body: BodyFields): {
  userData: Record<string, unknown>;
  options: Record<string, string>;
} {
  const userData: Record<string, unknown> = {};
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === PHONE_KEY || key === TIME_KEY) continue;
    if (!key.startsWith('_')) userData[key] = value;
    // The Widgets client always sends `_call_direction`, often empty: keep only real values.
    else if (isScalar(value) && value !== '') options[key] = String(value);
  }
  return { userData, options };
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function checkApiKey(context: RequestContext, runtime: ServiceRuntime): void {
  const { definition } = runtime;
  if (definition.requireApiKeyOnV1 && context.header('apikey') !== definition.apiKey)
    throw unauthorized();
}

function unauthorized(): ApiError {
  return new ApiError('unauthorized', 'Missing or invalid apikey header.');
}
