import { CallbackError } from '../errors/callback-error';
import type { AvailabilityQuery } from '../models/availability';
import type { ScheduleRequest } from '../models/schedule';
import type { CallbackUserDataValue } from '../models/user-data';
import { isRecord } from '../protocol/untrusted-body';
import { isUserDataKey, isUserDataValue } from '../validation/user-data';

/** Receives a sentence for each legacy spelling or dropped key (dev mode only). */
export type LegacyWarn = (message: string) => void;

// Every spelling the Widgets docs and the original plugin code used, the docs' typos included.
const PHONE_KEYS = ['phonenumber', '_customer_number', 'phononenumber'] as const;
const TIME_KEYS = ['desiredTime', 'desiredtime', '_desired_time'] as const;
const TYPOS: Readonly<Record<string, string>> = {
  phononenumber: 'phonenumber',
  number0fDays: 'numberOfDays',
};
const SCHEDULE_FIELDS = [
  'firstname',
  'lastname',
  'email',
  'subject',
  'serviceName',
  'captchaToken',
] as const;
// GMS options the original mapped from camel or lower case to their wire names (v1).
const GMS_OPTIONS: Readonly<Record<string, string>> = {
  calldirection: '_call_direction',
  waitforagent: '_wait_for_agent',
  waitForAgent: '_wait_for_agent',
  waitforuserconfirm: '_wait_for_user_confirm',
  waitForUserConfirm: '_wait_for_user_confirm',
  mediatype: '_media_type',
  mediaType: '_media_type',
  callbackstate: '_callback_state',
  callbackState: '_callback_state',
  ursvirtualqueue: '_urs_virtual_queue',
  ursVirtualQueue: '_urs_virtual_queue',
};
// How much of a page error's text a refusal quotes.
const MAX_REASON_CHARS = 100;

/**
 * Turns `CallbackService.schedule` command data, as legacy scripts and Genesys widgets send
 * it, into a `ScheduleRequest`. Keys the request has no field for become attached data, as
 * the original sent them (v1 top-level fields, v3 `userData`). Data with keys but no number
 * gets a blank `phonenumber`, so it is refused as a missing number, not as empty data.
 *
 * @throws {CallbackError} `INVALID_REQUEST` when the data cannot be read (a getter throws).
 */
export function scheduleRequestFromLegacy(data: unknown, warn: LegacyWarn): ScheduleRequest {
  const source = asRecord(data, 'request');
  warnAboutTypos(source, warn);
  const request: Record<string, unknown> = {};
  // The original rejected only data without any key ("No data…"); a blank form went to the
  // server, which asked for the number: a blank number keeps that refusal.
  const phone =
    firstPresent(source, PHONE_KEYS) ?? (Object.keys(source).length > 0 ? '' : undefined);
  if (phone !== undefined)
    request['phonenumber'] = typeof phone === 'number' ? String(phone) : phone;
  const time = firstPresent(source, TIME_KEYS);
  if (time !== undefined) request['desiredTime'] = time;
  for (const field of SCHEDULE_FIELDS) if (isPresent(source[field])) request[field] = source[field];

  const userData: Record<string, CallbackUserDataValue> = Object.create(null);
  Object.assign(userData, asRecord(source['userData'], 'userData'));
  const handled = new Set<string>([...PHONE_KEYS, ...TIME_KEYS, ...SCHEDULE_FIELDS, 'userData']);
  for (const [key, value] of Object.entries(source)) {
    if (handled.has(key) || !isPresent(value)) continue;
    const wireKey = GMS_OPTIONS[key] ?? key;
    if (isUserDataKey(wireKey) && isUserDataValue(value)) userData[wireKey] = value;
    else
      warn(
        `CallbackService.schedule: dropped \`${key}\`, which is neither a request field nor attached data.`,
      );
  }
  if (Object.keys(userData).length > 0) request['userData'] = userData;
  return request as unknown as ScheduleRequest;
}

/**
 * Turns `CallbackService.availability` command data into an `AvailabilityQuery`: the docs'
 * `number0fDays` typo is read as `numberOfDays`, and numeric strings as numbers.
 *
 * @throws {CallbackError} `INVALID_REQUEST` when the data cannot be read (a getter throws).
 */
export function availabilityQueryFromLegacy(data: unknown, warn: LegacyWarn): AvailabilityQuery {
  const source = asRecord(data, 'request');
  warnAboutTypos(source, warn);
  const query: Record<string, unknown> = {};
  for (const field of ['startDate', 'endDate', 'serviceName'] as const)
    if (isPresent(source[field])) query[field] = source[field];
  const days = source['numberOfDays'] ?? source['number0fDays'];
  if (isPresent(days)) query['numberOfDays'] = days;
  const slots = source['maxTimeSlots'];
  if (isPresent(slots))
    query['maxTimeSlots'] =
      typeof slots === 'string' && /^\d+$/.test(slots) ? Number(slots) : slots;
  const known = new Set([
    'startDate',
    'endDate',
    'serviceName',
    'numberOfDays',
    'number0fDays',
    'maxTimeSlots',
  ]);
  for (const key of Object.keys(source)) {
    if (!known.has(key)) warn(`CallbackService.availability: ignored the unknown key \`${key}\`.`);
  }
  return query as AvailabilityQuery;
}

function warnAboutTypos(source: Readonly<Record<string, unknown>>, warn: LegacyWarn): void {
  for (const [typo, right] of Object.entries(TYPOS)) {
    if (typo in source)
      warn(
        `CallbackService: \`${typo}\` (a typo of the Widgets docs) was read as \`${right}\`; please write \`${right}\`.`,
      );
  }
}

function firstPresent(source: Readonly<Record<string, unknown>>, keys: readonly string[]): unknown {
  for (const key of keys) if (isPresent(source[key])) return source[key];
  return undefined;
}

function asRecord(value: unknown, field: string): Readonly<Record<string, unknown>> {
  try {
    if (!isRecord(value)) return {};
    // Own enumerable keys only, copied into a null-prototype object: legacy data is untrusted.
    return Object.assign(Object.create(null) as Record<string, unknown>, value);
  } catch (error) {
    // A getter or a proxy of the page threw: refuse the data instead of failing the command.
    throw new CallbackError({
      code: 'INVALID_REQUEST',
      field,
      message: `The command's \`${field}\` could not be read: ${reasonOf(error)}`,
      cause: error,
    });
  }
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

// The page error's own text, bounded; never String() of an unknown value (it may throw too).
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : undefined;
  return typeof message === 'string' && message !== ''
    ? message.slice(0, MAX_REASON_CHARS)
    : 'a getter or proxy threw';
}
