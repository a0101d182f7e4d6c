import type { BookingService } from './booking/booking-service.js';
import type { ServiceRuntime } from './booking/service-registry.js';
import { sanitizeUserData, textField } from './booking/user-data.js';
import { resolveWindow } from './calendar/availability.js';
import { TimeZone } from './calendar/time-zone.js';
import { ApiError, quote } from './http/api-error.js';
import type { BodyFields } from './http/body-parsing.js';
import type { Reply, RequestContext, RouteGroup } from './http/router.js';
import { renderV3Error, toV3Callback, v3AvailabilityReply, v3Success } from './v3-format.js';

const BASE = '/engagement/v3/callbacks';
// GES does not document a ceiling; a 24/7 service answers this one.
const OPEN_FOR_LIMIT_MS = 7 * 86_400_000;
const V3_WINDOW_NAMES = {
  start: 'start',
  end: 'end',
  numberOfDays: 'numberOfDays',
  maxTimeSlots: 'maxTimeSlots',
  startMs: 'startMS',
  endMs: 'endMS',
};

/**
 * Callback API v3, as the Genesys Engagement API (GES behind an API gateway) serves it:
 *
 * - `POST /engagement/v3/callbacks/create` `{ serviceName, phoneNumber, desiredTime?, userData? }`
 *   (JSON, or the Widgets client's form with `userData[key]=value`) → `data.id`
 * - `GET  /engagement/v3/callbacks/availability/{service}?start&end&numberOfDays&maxTimeSlots&timezone`
 *   → `data.slots[]`, `data.durationMin`, `data.timezone`
 * - `GET  /engagement/v3/callbacks/open-for/{service}?start&timezone` → `data.openFor`: seconds
 *   the office stays open from `start` (default now; 0 = closed now; at most a week)
 * - `POST /engagement/v3/callbacks/cancel` `{ id }`; `POST …/retrieve` `{ id }`
 *
 * Every call needs `x-api-key`: first any configured key (the gateway check, before the
 * body is read), then the key of the service concerned. Both failures are 401, code 1103.
 */
export function v3Routes(bookings: BookingService): RouteGroup {
  const services = bookings.services;

  const create = async (context: RequestContext): Promise<Reply> => {
    checkGatewayKey(context, services.isKnownApiKey(context.header('x-api-key')));
    const body = await context.body();
    const runtime = services.require(textField(body['serviceName'], 'serviceName'));
    checkServiceKey(context, runtime);
    const record = await bookings.schedule({
      apiVersion: 'v3',
      serviceName: runtime.definition.name,
      phoneNumber: textField(body['phoneNumber'], 'phoneNumber'),
      desiredTime: textField(body['desiredTime'], 'desiredTime'),
      userData: sanitizeUserData(body['userData'], 'userData', { identifierKeys: true }),
      fieldNames: { phoneNumber: 'phoneNumber', desiredTime: 'desiredTime' },
    });
    return v3Success(context.corrId, { id: record.id });
  };

  const availability = (context: RequestContext): Reply => {
    checkGatewayKey(context, services.isKnownApiKey(context.header('x-api-key')));
    const runtime = services.require(context.params[0]);
    checkServiceKey(context, runtime);
    const query = context.url.searchParams;
    const zone = requestedZone(query.get('timezone'), runtime);
    const window = resolveWindow(
      {
        start: query.get('start') ?? undefined,
        end: query.get('end') ?? undefined,
        numberOfDays: query.get('numberOfDays') ?? undefined,
        maxTimeSlots: query.get('maxTimeSlots') ?? undefined,
        startMs: query.get('startMS') ?? undefined,
        endMs: query.get('endMS') ?? undefined,
      },
      V3_WINDOW_NAMES,
      { input: zone, day: zone },
      bookings.nowMs(),
    );
    // GES leaves full slots out unless reportBusy=true; the emulator keeps them (capacity 0)
    // unless reportBusy=false, so demos can show full slots. Both clients ignore capacity 0.
    const reportBusy = query.get('reportBusy')?.toLowerCase() !== 'false';
    const all = bookings.availability(runtime, window);
    const slots = reportBusy ? all : all.filter((slot) => slot.free > 0);
    return v3AvailabilityReply(context.corrId, slots, zone, runtime.definition.slotMinutes);
  };

  const openFor = (context: RequestContext): Reply => {
    checkGatewayKey(context, services.isKnownApiKey(context.header('x-api-key')));
    const runtime = services.require(context.params[0]);
    checkServiceKey(context, runtime);
    const query = context.url.searchParams;
    const zone = requestedZone(query.get('timezone'), runtime);
    // The window resolver reads and bounds `start` exactly as availability does.
    const { fromMs } = resolveWindow(
      { start: query.get('start') ?? undefined },
      V3_WINDOW_NAMES,
      { input: zone, day: zone },
      bookings.nowMs(),
    );
    const openMs = runtime.calendar.openForMs(fromMs, OPEN_FOR_LIMIT_MS);
    return v3Success(context.corrId, { openFor: Math.floor(openMs / 1000) });
  };

  const cancel = async (context: RequestContext): Promise<Reply> => {
    const record = await findRecord(context);
    const cancelled = await bookings.cancel(record.id);
    return v3Success(context.corrId, { id: cancelled.id });
  };

  const retrieve = async (context: RequestContext): Promise<Reply> => {
    const record = await findRecord(context);
    return v3Success(context.corrId, toV3Callback(record, bookings.queueInfo(record)));
  };

  const findRecord = async (context: RequestContext) => {
    checkGatewayKey(context, services.isKnownApiKey(context.header('x-api-key')));
    const id = callbackId(await context.body());
    const record = bookings.find(id);
    if (record === undefined)
      throw new ApiError('callback-not-found', `Callback ${quote(id)} not found.`);
    const runtime = services.get(record.serviceName);
    if (runtime !== undefined) checkServiceKey(context, runtime);
    return record;
  };

  return {
    prefix: '/engagement',
    flavor: 'v3',
    renderError: (error, corrId) => renderV3Error(error, corrId),
    routes: [
      { method: 'POST', pattern: new RegExp(`^${BASE}/create/?$`), handle: create },
      {
        method: 'GET',
        pattern: new RegExp(`^${BASE}/availability/([^/]+)/?$`),
        handle: availability,
      },
      { method: 'GET', pattern: new RegExp(`^${BASE}/open-for/([^/]+)/?$`), handle: openFor },
      { method: 'POST', pattern: new RegExp(`^${BASE}/cancel/?$`), handle: cancel },
      { method: 'POST', pattern: new RegExp(`^${BASE}/retrieve/?$`), handle: retrieve },
    ],
  };
}

function checkGatewayKey(context: RequestContext, known: boolean): void {
  if (known) return;
  const sent = context.header('x-api-key');
  throw new ApiError(
    'unauthorized',
    sent === undefined || sent === '' ? 'Missing x-api-key header.' : 'Invalid x-api-key.',
  );
}

function checkServiceKey(context: RequestContext, runtime: ServiceRuntime): void {
  if (
    runtime.definition.apiKey === undefined ||
    context.header('x-api-key') !== runtime.definition.apiKey
  ) {
    throw new ApiError(
      'unauthorized',
      `The x-api-key is not valid for service ${quote(runtime.definition.name)}.`,
    );
  }
}

function requestedZone(name: string | null, runtime: ServiceRuntime): TimeZone {
  if (name === null || name.trim() === '') return runtime.definition.timeZone;
  if (!TimeZone.isValid(name)) {
    throw new ApiError(
      'invalid-parameter',
      `\`timezone\` must be an IANA time zone such as Europe/Paris, got ${quote(name)}.`,
    );
  }
  return TimeZone.of(name);
}

function callbackId(body: BodyFields): string {
  const id = textField(body['id'], 'id');
  if (id === undefined || id.trim() === '')
    throw new ApiError('invalid-parameter', 'The body needs the callback `id`.');
  return id.trim();
}
