// ISO-8601 date-time with an explicit offset: without one a string is not an instant.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

const MAX_OFFSET_HOURS = 18;

/**
 * Parses an ISO-8601 instant (`2026-05-02T13:00:00.000Z`, `…+02:00`) or a valid `Date` into
 * epoch milliseconds. Returns `null` for anything else, including strings without an offset
 * (local times are not instants) and impossible dates such as February 30th, which
 * `Date.parse` would silently roll over.
 */
export function parseInstant(value: unknown): number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : time;
  }
  if (typeof value !== 'string') return null;
  const match = ISO_INSTANT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(match[6] ?? 0);
  const millis = Number(((match[7] ?? '') + '000').slice(0, 3));
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  const isRealDateTime =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!isRealDateTime) return null;
  const [offsetHours, offsetMins] = [Number(match[10] ?? 0), Number(match[11] ?? 0)];
  // Real UTC offsets lie within ±18:00 (the widest any platform accepts).
  if (
    offsetHours > MAX_OFFSET_HOURS ||
    offsetMins > 59 ||
    (offsetHours === MAX_OFFSET_HOURS && offsetMins > 0)
  )
    return null;
  const offsetMinutes = match[8]
    ? 0
    : (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  return probe.getTime() - offsetMinutes * 60_000;
}

/** Formats epoch milliseconds the way both Callback APIs expect: UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
