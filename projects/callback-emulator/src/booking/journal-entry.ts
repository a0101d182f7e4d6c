import type { BookingRecord } from './booking-record.js';

/** One line of the journal: a booking, a cancellation, a new time or a reset of everything. */
export type JournalEntry =
  | { readonly op: 'book'; readonly record: BookingRecord }
  | { readonly op: 'cancel'; readonly id: string; readonly at: string }
  | {
      readonly op: 'reschedule';
      readonly id: string;
      /** The new slot start (UTC ISO-8601). */
      readonly desiredTime: string;
      /** The new time as requested, when it was off the slot grid. */
      readonly requestedTime?: string;
      readonly at: string;
    }
  | { readonly op: 'reset'; readonly at: string };

/** What reading one journal line gave: an entry, or why the line is skipped. */
export type ParsedLine = { entry: JournalEntry } | { problem: string };

const STATES = new Set(['SCHEDULED', 'QUEUED', 'COMPLETED']);
const VERSIONS = new Set(['v1', 'v3']);

/**
 * Parses and validates one journal line. Every field replay relies on is checked, so a
 * hand-edited or foreign line is skipped with a reason instead of crashing the start-up.
 */
export function parseJournalLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'unreadable' };
  }
  if (!isObject(value)) return { problem: 'unreadable' };
  const problem = entryProblem(value);
  return problem === undefined ? { entry: value as JournalEntry } : { problem };
}

function entryProblem(entry: Record<string, unknown>): string | undefined {
  switch (entry['op']) {
    case 'book':
      return isObject(entry['record']) ? recordProblem(entry['record']) : 'book without a record';
    case 'cancel':
      if (!isText(entry['id'])) return 'cancel without an id';
      return isInstant(entry['at']) ? undefined : 'cancel without a valid `at`';
    case 'reschedule':
      if (!isText(entry['id'])) return 'reschedule without an id';
      if (!isInstant(entry['desiredTime'])) return 'reschedule without a valid `desiredTime`';
      if (entry['requestedTime'] !== undefined && !isInstant(entry['requestedTime']))
        return 'reschedule without a valid `requestedTime`';
      return isInstant(entry['at']) ? undefined : 'reschedule without a valid `at`';
    case 'reset':
      return isInstant(entry['at']) ? undefined : 'reset without a valid `at`';
    default:
      return 'unknown op';
  }
}

function recordProblem(record: Record<string, unknown>): string | undefined {
  const missing = (field: string) => `book record without a valid \`${field}\``;
  if (!isText(record['id'])) return missing('id');
  if (!VERSIONS.has(record['apiVersion'] as string)) return missing('apiVersion');
  if (!isText(record['serviceName'])) return missing('serviceName');
  if (!isText(record['phoneNumber'])) return missing('phoneNumber');
  if (!isInstant(record['desiredTime'])) return missing('desiredTime');
  if (!isInstant(record['createdAt'])) return missing('createdAt');
  if (typeof record['immediate'] !== 'boolean') return missing('immediate');
  if (!STATES.has(record['state'] as string)) return missing('state');
  if (!isObject(record['userData'])) return missing('userData');
  for (const field of ['requestedTime', 'updatedAt'] as const) {
    if (record[field] !== undefined && !isInstant(record[field])) return missing(field);
  }
  if (record['reason'] !== undefined && typeof record['reason'] !== 'string')
    return missing('reason');
  const options = record['options'];
  if (
    options !== undefined &&
    !(isObject(options) && Object.values(options).every((item) => typeof item === 'string'))
  )
    return missing('options');
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isInstant(value: unknown): boolean {
  return typeof value === 'string' && Number.isFinite(Date.parse(value));
}
