// ISO-8601 date-time with an explicit offset: without one a string is not an instant.
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

const MAX_OFFSET_HOURS = 18;

// The instants both APIs can carry as `YYYY-MM-DDTHH:mm:ss.SSSZ`: years 0000 to 9999. Beyond
// them toISOString() writes six-digit years (`+275760-09-13T…`) that no server reads.
const EARLIEST_INSTANT_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const LATEST_INSTANT_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** How validation messages name the instants {@link parseInstant} accepts. */
export const INSTANT_RANGE_TEXT = 'in the years 0000 to 9999 (UTC)';

/**
 * Parses an ISO-8601 instant (`2026-05-02T13:00:00.000Z`, `…+02:00`) or a valid `Date` into
 * epoch milliseconds. Returns `null` for anything else, including strings without an offset
 * (local times are not instants), impossible dates such as February 30th, which a bare `Date.parse`
 * may silently roll over, instants outside the years 0000–9999 in UTC, and objects whose
 * getters or Proxy traps throw.
 */
export function parseInstant(value: unknown): number | null {
  let time: number | null;
  try {
    time = value instanceof Date ? value.getTime() : parseIsoText(value);
  } catch {
    return null;
  }
  return time !== null && time >= EARLIEST_INSTANT_MS && time <= LATEST_INSTANT_MS ? time : null;
}

function parseIsoText(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_INSTANT.exec(value.trim());
  if (!match) return null;
  const [, date, hourMinute, second = '00', fraction = '', sign, offsetHours, offsetMins] = match;
  // Rewritten in the one format every engine must parse alike (ECMAScript's date time string
  // format, years 0000 to 9999 included). An impossible date or time (February 30th, 24:00)
  // is refused or rolled over by the parser; either way it does not survive the round trip.
  const canonical = `${date}T${hourMinute}:${second}.${(fraction + '000').slice(0, 3)}Z`;
  const utcMs = Date.parse(canonical);
  if (Number.isNaN(utcMs) || new Date(utcMs).toISOString() !== canonical) return null;
  if (sign === undefined) return utcMs;
  const [hours, minutes] = [Number(offsetHours), Number(offsetMins)];
  // Real UTC offsets lie within ±18:00 (the widest any platform accepts).
  if (hours > MAX_OFFSET_HOURS || minutes > 59 || (hours === MAX_OFFSET_HOURS && minutes > 0)) {
    return null;
  }
  return utcMs - (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Formats epoch milliseconds the way both Callback APIs expect: UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
