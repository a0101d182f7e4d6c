import type { WeeklyWindow } from './service-definition.js';

const DAY_NAMES: readonly string[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FULL_DAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Collects config problems as sentences that name the offending path and value. */
export class Problems {
  readonly list: string[] = [];

  /** Records that `value` at `path` broke `rule`. */
  add(path: string, rule: string, value?: unknown): void {
    const got = arguments.length >= 3 ? `, got ${describe(value)}` : '';
    this.list.push(`${path} ${rule}${got}`);
  }
}

/**
 * Reads a weekly window `{ days?, from, to }`: `days` lists day names or ranges
 * (`["mon-fri", "sun"]`, default every day), `from`/`to` are local `HH:mm` with `to` up to
 * `24:00`. Returns `null` (after recording why) when anything is wrong.
 */
export function readWeeklyWindow(
  raw: unknown,
  path: string,
  problems: Problems,
): WeeklyWindow | null {
  if (!isPlainObject(raw)) {
    problems.add(
      path,
      'must be an object like {"days": ["mon-fri"], "from": "09:00", "to": "17:00"}',
      raw,
    );
    return null;
  }
  const days = readDays(raw['days'], `${path}.days`, problems);
  const fromMinute = readClock(raw['from'], `${path}.from`, problems);
  const toMinute = readClock(raw['to'], `${path}.to`, problems);
  if (days === null || fromMinute === null || toMinute === null) return null;
  if (toMinute <= fromMinute) {
    problems.add(
      path,
      `must end after it starts (split windows that cross midnight in two)`,
      `${raw['from']}–${raw['to']}`,
    );
    return null;
  }
  return { days, fromMinute, toMinute };
}

/** Returns whether `minute` of local `weekday` lies in any of `windows`. */
export function inAnyWindow(
  windows: readonly WeeklyWindow[],
  weekday: number,
  minute: number,
): boolean {
  for (const window of windows) {
    if (window.days[weekday] === true && minute >= window.fromMinute && minute < window.toMinute)
      return true;
  }
  return false;
}

/** Returns whether a value is a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, bounded rendering of a config value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function readDays(raw: unknown, path: string, problems: Problems): boolean[] | null {
  if (raw === undefined) return new Array<boolean>(7).fill(true);
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.add(
      path,
      'must be a non-empty array of day names such as "mon" or ranges such as "mon-fri"',
      raw,
    );
    return null;
  }
  const days = new Array<boolean>(7).fill(false);
  for (const entry of raw as unknown[]) {
    const range = typeof entry === 'string' ? parseDayRange(entry) : null;
    if (range === null) {
      problems.add(
        path,
        `entries must be one of ${DAY_NAMES.join(', ')} or a range like "mon-fri"`,
        entry,
      );
      return null;
    }
    for (let day = range[0]; ; day = (day + 1) % 7) {
      days[day] = true;
      if (day === range[1]) break;
    }
  }
  return days;
}

function parseDayRange(text: string): [number, number] | null {
  const [first, last, extra] = text.toLowerCase().trim().split('-');
  if (extra !== undefined || first === undefined) return null;
  const from = dayIndex(first);
  const to = last === undefined ? from : dayIndex(last);
  return from < 0 || to < 0 ? null : [from, to];
}

function dayIndex(name: string): number {
  const trimmed = name.trim();
  const short = DAY_NAMES.indexOf(trimmed);
  return short >= 0 ? short : FULL_DAY_NAMES.indexOf(trimmed);
}

function readClock(raw: unknown, path: string, problems: Problems): number | null {
  const match = typeof raw === 'string' ? TIME_PATTERN.exec(raw) : null;
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    problems.add(path, 'must be a local time "HH:mm" between "00:00" and "24:00"', raw);
    return null;
  }
  return hours * 60 + minutes;
}
