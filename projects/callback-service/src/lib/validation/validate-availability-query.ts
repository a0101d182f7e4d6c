import { definedOnly } from '../internal/defined-only';
import { describeValue } from '../internal/describe-value';
import type { AvailabilityQuery } from '../models/availability';
import { formatUtc, INSTANT_RANGE_TEXT, parseInstant } from '../internal/instant';
import { readOwnFields } from './read-input';
import {
  invalidRequest,
  noData,
  NO_AVAILABILITY_DATA_MESSAGE,
  presentKeys,
} from './request-errors';
import { optionalServiceName } from './service-name';

/** An `AvailabilityQuery` that passed validation, in wire-ready form. */
export interface ValidatedAvailabilityQuery {
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly startDate?: string;
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly endDate?: string;
  readonly numberOfDays?: number;
  readonly maxTimeSlots?: number;
  readonly serviceName?: string;
}

/** Longest window a query may cover, in days. */
const MAX_NUMBER_OF_DAYS = 366;
/** Most slots a query may ask for (the emulator's bound too). */
const MAX_TIME_SLOTS = 10_000;
const KNOWN_FIELDS: ReadonlySet<string> = new Set<keyof AvailabilityQuery>([
  'startDate',
  'endDate',
  'numberOfDays',
  'maxTimeSlots',
  'serviceName',
]);

/**
 * Checks an `AvailabilityQuery` before anything is sent.
 *
 * @throws {CallbackError} `NO_DATA` with the original Widgets text for an empty query;
 * `INVALID_REQUEST` with `field` set for anything else that is wrong.
 */
export function validateAvailabilityQuery(
  query: AvailabilityQuery | null | undefined,
): ValidatedAvailabilityQuery {
  if (query === null || query === undefined) throw noData(NO_AVAILABILITY_DATA_MESSAGE);
  const fields = readOwnFields(query, 'query', ngDevMode && 'availability() needs a query object');
  const keys = presentKeys(fields);
  if (keys.length === 0) throw noData(NO_AVAILABILITY_DATA_MESSAGE);
  const unknown = keys.find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined) {
    throw invalidRequest(
      unknown,
      ngDevMode &&
        `\`${unknown}\` is not an AvailabilityQuery field; use ${[...KNOWN_FIELDS].join(', ')}.`,
    );
  }
  const start = optionalInstant(fields['startDate'], 'startDate');
  const end = optionalInstant(fields['endDate'], 'endDate');
  const numberOfDays = optionalCount(
    fields['numberOfDays'],
    'numberOfDays',
    MAX_NUMBER_OF_DAYS,
    true,
  );
  if (end !== undefined && numberOfDays !== undefined) {
    throw invalidRequest(
      'endDate',
      ngDevMode && 'Give either `endDate` or `numberOfDays`, not both.',
    );
  }
  if (start !== undefined && end !== undefined && end < start) {
    throw invalidRequest(
      'endDate',
      ngDevMode && `\`endDate\` ${formatUtc(end)} is before \`startDate\` ${formatUtc(start)}.`,
    );
  }
  return definedOnly({
    startDate: start === undefined ? undefined : formatUtc(start),
    endDate: end === undefined ? undefined : formatUtc(end),
    numberOfDays,
    maxTimeSlots: optionalCount(fields['maxTimeSlots'], 'maxTimeSlots', MAX_TIME_SLOTS, false),
    serviceName: optionalServiceName(fields['serviceName']),
  });
}

function optionalInstant(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const time = parseInstant(value) ?? parseIsoDate(value);
  if (time === null) {
    throw invalidRequest(
      field,
      ngDevMode &&
        `\`${field}\` must be a valid Date, an ISO-8601 instant with an offset such as 2026-05-02T00:00:00.000Z, or a date such as 2026-05-02, ${INSTANT_RANGE_TEXT}, got ${describeValue(value)}.`,
    );
  }
  return time;
}

// A window may start on a calendar date: ECMAScript reads a date-only ISO string as UTC
// midnight, and so do we (a booking's desiredTime, by contrast, must be a full instant). Only
// a date alone makes an instant once a time is appended.
function parseIsoDate(value: unknown): number | null {
  return typeof value === 'string' ? parseInstant(`${value.trim()}T00:00:00Z`) : null;
}

function optionalCount(
  value: unknown,
  field: string,
  max: number,
  allowNumericString: boolean,
): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // The Widgets docs pass numberOfDays as a string ("5"): accept digits only, nothing looser.
  const count =
    allowNumericString && typeof value === 'string' && /^\d+$/.test(value.trim())
      ? Number(value)
      : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > max) {
    throw invalidRequest(
      field,
      ngDevMode && `\`${field}\` must be an integer from 1 to ${max}, got ${describeValue(value)}.`,
    );
  }
  return count;
}
