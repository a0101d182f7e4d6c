import { parseIsoInstant } from '../calendar/iso-time.js';
import { TimeZone } from '../calendar/time-zone.js';
import {
  ConfigError,
  type ClosedPeriod,
  type EmulatorConfig,
  type ServiceDefinition,
  type WeeklyLoad,
  type WeeklyWindow,
} from './service-definition.js';
import { Problems, describe, isPlainObject, readWeeklyWindow } from './weekly-windows.js';

/** Defaults of the optional service fields. */
export const SERVICE_DEFAULTS = {
  timeZone: 'UTC',
  slotMinutes: 15,
  capacity: 5,
  maxCallbacksPerNumberPerDay: 10,
} as const;

const SERVICE_KEYS = new Set([
  'description',
  'timeZone',
  'slotMinutes',
  'capacity',
  'apiKey',
  'requireApiKeyOnV1',
  'maxCallbacksPerNumberPerDay',
  'officeHours',
  'closed',
  'preBooked',
]);
const SERVICE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.~-]{0,99}$/;
const UTC = TimeZone.of('UTC');

/**
 * Validates a parsed config document and normalises it. Every problem is collected, then
 * one `ConfigError` lists them all with the path and the bad value, e.g.
 * `services["sales"].slotMinutes must divide a day and lie between 5 and 120, got 7`.
 *
 * ```ts
 * const config = validateConfig(JSON.parse(text), 'my-services.json');
 * ```
 */
export function validateConfig(raw: unknown, source = 'object'): EmulatorConfig {
  const problems = new Problems();
  const services = new Map<string, ServiceDefinition>();
  if (!isPlainObject(raw) || !isPlainObject(raw['services'])) {
    problems.add(
      'the document',
      'must be an object with a "services" object keyed by service name',
      raw,
    );
    throw new ConfigError(source, problems.list);
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'services' && !key.startsWith('$'))
      problems.add(`"${key}"`, 'is not a known top-level key (expected "services")');
  }
  const entries = Object.entries(raw['services']);
  if (entries.length === 0) problems.add('services', 'must define at least one service');
  for (const [name, value] of entries) {
    const path = `services[${JSON.stringify(name)}]`;
    if (!SERVICE_NAME_PATTERN.test(name)) {
      problems.add(
        path,
        'needs a name of letters, digits and "-_.~" (at most 100 characters, no "/")',
      );
      continue;
    }
    const service = readService(name, value, path, problems);
    if (service !== null) services.set(name, service);
  }
  if (problems.list.length > 0) throw new ConfigError(source, problems.list);
  return { services };
}

function readService(
  name: string,
  raw: unknown,
  path: string,
  problems: Problems,
): ServiceDefinition | null {
  if (!isPlainObject(raw)) {
    problems.add(path, 'must be an object', raw);
    return null;
  }
  const before = problems.list.length;
  for (const key of Object.keys(raw)) {
    if (!SERVICE_KEYS.has(key) && !key.startsWith('$')) {
      problems.add(
        `${path}.${key}`,
        `is not a known service option (known: ${[...SERVICE_KEYS].join(', ')})`,
      );
    }
  }
  const zoneName = raw['timeZone'] ?? SERVICE_DEFAULTS.timeZone;
  const zone =
    typeof zoneName === 'string' && TimeZone.isValid(zoneName) ? TimeZone.of(zoneName) : null;
  if (zone === null)
    problems.add(`${path}.timeZone`, 'must be an IANA time zone such as "Europe/Paris"', zoneName);
  const slotMinutes = raw['slotMinutes'] ?? SERVICE_DEFAULTS.slotMinutes;
  if (!isInteger(slotMinutes, 5, 120) || 1440 % slotMinutes !== 0) {
    problems.add(
      `${path}.slotMinutes`,
      'must divide a day and lie between 5 and 120 (e.g. 5, 10, 15, 20, 30, 60, 120)',
      slotMinutes,
    );
  }
  const capacity = raw['capacity'] ?? SERVICE_DEFAULTS.capacity;
  if (!isInteger(capacity, 1, 100_000_000))
    problems.add(`${path}.capacity`, 'must be a positive integer', capacity);
  const maxPerDay =
    raw['maxCallbacksPerNumberPerDay'] ?? SERVICE_DEFAULTS.maxCallbacksPerNumberPerDay;
  if (!isInteger(maxPerDay, 1, 100_000_000)) {
    problems.add(`${path}.maxCallbacksPerNumberPerDay`, 'must be a positive integer', maxPerDay);
  }
  const apiKey = raw['apiKey'];
  if (
    apiKey !== undefined &&
    (typeof apiKey !== 'string' || apiKey.trim() === '' || apiKey.length > 200)
  ) {
    problems.add(`${path}.apiKey`, 'must be a non-empty string of at most 200 characters', apiKey);
  }
  const requireOnV1 = raw['requireApiKeyOnV1'] ?? false;
  if (typeof requireOnV1 !== 'boolean')
    problems.add(`${path}.requireApiKeyOnV1`, 'must be true or false', requireOnV1);
  else if (requireOnV1 && apiKey === undefined)
    problems.add(`${path}.requireApiKeyOnV1`, 'needs an "apiKey" to require');
  const officeHours = readOfficeHours(raw['officeHours'], `${path}.officeHours`, problems);
  const closed = readClosed(raw['closed'], `${path}.closed`, problems);
  const preBooked = readPreBooked(raw['preBooked'], `${path}.preBooked`, problems);
  if (problems.list.length > before || zone === null) return null;
  return {
    name,
    timeZone: zone,
    slotMinutes: slotMinutes as number,
    capacity: capacity as number,
    apiKey: apiKey as string | undefined,
    requireApiKeyOnV1: requireOnV1 as boolean,
    maxCallbacksPerNumberPerDay: maxPerDay as number,
    officeHours,
    closed: closed.weekly,
    closedPeriods: closed.periods,
    preBooked,
  };
}

function readOfficeHours(raw: unknown, path: string, problems: Problems): WeeklyWindow[] {
  if (raw === undefined || raw === '24/7')
    return [{ days: new Array<boolean>(7).fill(true), fromMinute: 0, toMinute: 1440 }];
  if (!Array.isArray(raw)) {
    problems.add(path, 'must be "24/7" or an array of {"days", "from", "to"} windows', raw);
    return [];
  }
  return readList(raw, path, (item, itemPath) => readWeeklyWindow(item, itemPath, problems));
}

function readClosed(
  raw: unknown,
  path: string,
  problems: Problems,
): { weekly: WeeklyWindow[]; periods: ClosedPeriod[] } {
  const weekly: WeeklyWindow[] = [];
  const periods: ClosedPeriod[] = [];
  if (raw === undefined) return { weekly, periods };
  if (!Array.isArray(raw)) {
    problems.add(
      path,
      'must be an array of weekly windows {"days", "from", "to"} or periods {"start", "end"}',
      raw,
    );
    return { weekly, periods };
  }
  (raw as unknown[]).forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (isPlainObject(item) && ('start' in item || 'end' in item)) {
      const period = readPeriod(item, itemPath, problems);
      if (period !== null) periods.push(period);
    } else {
      const window = readWeeklyWindow(item, itemPath, problems);
      if (window !== null) weekly.push(window);
    }
  });
  return { weekly, periods };
}

function readPeriod(
  raw: Record<string, unknown>,
  path: string,
  problems: Problems,
): ClosedPeriod | null {
  const start = typeof raw['start'] === 'string' ? parseIsoInstant(raw['start'], UTC) : null;
  const end = typeof raw['end'] === 'string' ? parseIsoInstant(raw['end'], UTC) : null;
  if (start === null)
    problems.add(
      `${path}.start`,
      'must be an ISO-8601 instant such as "2030-12-25T00:00:00Z"',
      raw['start'],
    );
  if (end === null)
    problems.add(
      `${path}.end`,
      'must be an ISO-8601 instant such as "2030-12-26T00:00:00Z"',
      raw['end'],
    );
  if (start === null || end === null) return null;
  if (end <= start) {
    problems.add(
      path,
      'must end after it starts',
      `${describe(raw['start'])}–${describe(raw['end'])}`,
    );
    return null;
  }
  return { startMs: start, endMs: end };
}

function readPreBooked(raw: unknown, path: string, problems: Problems): WeeklyLoad[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add(path, 'must be an array of {"days", "from", "to", "count"} windows', raw);
    return [];
  }
  return readList(raw, path, (item, itemPath) => {
    const window = readWeeklyWindow(item, itemPath, problems);
    const count = isPlainObject(item) ? item['count'] : undefined;
    if (!isInteger(count, 1, 100_000_000)) {
      problems.add(
        `${itemPath}.count`,
        'must be a positive integer (bookings already in each slot)',
        count,
      );
      return null;
    }
    return window === null ? null : { ...window, count };
  });
}

function readList<T>(
  raw: unknown[],
  path: string,
  read: (item: unknown, itemPath: string) => T | null,
): T[] {
  const result: T[] = [];
  raw.forEach((item, index) => {
    const value = read(item, `${path}[${index}]`);
    if (value !== null) result.push(value);
  });
  return result;
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
