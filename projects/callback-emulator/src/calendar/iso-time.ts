import type { TimeZone } from './time-zone.js';

// Date, optional time with optional seconds and fraction, optional offset. Genesys clients
// send `toISOString()` output; GMS has been seen to print times without the `Z`.
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Earliest and latest instants accepted anywhere (a sanity bound, not a Genesys rule). */
const MIN_EPOCH_MS = Date.UTC(1970, 0, 1);
const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Parses an ISO-8601 date or date-time into epoch milliseconds, strictly: impossible dates
 * (`2030-02-30`), hours past 23 and junk around the value give `null`. A value without an
 * offset is read as wall-clock time in `zone` (UTC for v1, the request's zone for v3).
 *
 * ```ts
 * parseIsoInstant('2030-01-07T09:00:00.000Z', utc); // 1894006800000
 * ```
 */
export function parseIsoInstant(text: string, zone: TimeZone): number | null {
  const match = ISO_PATTERN.exec(text.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let epochMs: number;
  if (offset === undefined) {
    epochMs = zone.toEpoch({ year, month, day, hour, minute, second, millisecond });
  } else {
    const offsetMs = parseOffset(offset);
    if (offsetMs === null) return null;
    epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMs;
  }
  return epochMs >= MIN_EPOCH_MS && epochMs <= MAX_EPOCH_MS ? epochMs : null;
}

/** Parses a non-negative decimal integer written with digits only; `null` otherwise. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function parseOffset(offset: string): number | null {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 18 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) * 60_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
