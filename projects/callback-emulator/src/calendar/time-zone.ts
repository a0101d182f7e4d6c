/** A wall-clock reading in some time zone. `month` is 1–12, `weekday` 0 (Sunday) – 6. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
}

/** The date part (and optionally the time) of a wall-clock reading, as given to `toEpoch`. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly millisecond?: number;
}

const MINUTE_MS = 60_000;
// Every transition in the tz database since 1970 falls on a 15-minute boundary, so the
// offset is constant inside each such bucket and can be cached per bucket.
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 100_000;
// Slot instants of a year of 15-minute slots fit; beyond, the cache starts over.
const TEXT_CACHE_LIMIT = 50_000;
const utcTexts = new Map<number, string>();

const zones = new Map<string, TimeZone>();
// Names come from requests (v3 `timezone`), and Intl accepts any letter case: bound the cache.
const ZONE_CACHE_LIMIT = 1000;

/**
 * An IANA time zone backed by `Intl` only (no tz database dependency): offsets, wall-clock
 * readings, the instant of a wall-clock time and the start of a local day.
 *
 * ```ts
 * const paris = TimeZone.of('Europe/Paris');
 * paris.startOfDay(Date.parse('2030-01-07T12:00:00Z')); // 2030-01-06T23:00:00.000Z
 * ```
 */
export class TimeZone {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private canonical: string | undefined;

  private constructor(readonly name: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Returns the (cached) zone of an IANA name; throws a `RangeError` for an unknown name. */
  static of(name: string): TimeZone {
    let zone = zones.get(name);
    if (zone === undefined) {
      zone = new TimeZone(name);
      if (zones.size >= ZONE_CACHE_LIMIT) zones.clear();
      zones.set(name, zone);
    }
    return zone;
  }

  /** Returns whether `name` is an IANA zone this runtime knows. */
  static isValid(name: string): boolean {
    if (name.trim() === '') return false;
    try {
      TimeZone.of(name);
      return true;
    } catch {
      return false;
    }
  }

  /** The canonical IANA spelling of this zone (e.g. `UTC` for `utc`). */
  get canonicalName(): string {
    // resolvedOptions() builds a fresh object each time: once per zone is enough.
    this.canonical ??= this.formatter.resolvedOptions().timeZone;
    return this.canonical;
  }

  /** Offset of local time from UTC at `epochMs`, in milliseconds (positive east of Greenwich). */
  offsetMs(epochMs: number): number {
    const bucket = Math.floor(epochMs / OFFSET_BUCKET_MS);
    const cached = this.offsets.get(bucket);
    if (cached !== undefined) return cached;
    const offset = this.computeOffset(bucket * OFFSET_BUCKET_MS);
    if (this.offsets.size >= OFFSET_CACHE_LIMIT) this.offsets.clear();
    this.offsets.set(bucket, offset);
    return offset;
  }

  /** The local wall-clock reading of an instant. */
  wallClock(epochMs: number): WallClock {
    const shifted = new Date(epochMs + this.offsetMs(epochMs));
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
    };
  }

  /**
   * The instant at which local clocks show `wall`. Out-of-range fields roll over (day 32 is
   * the 1st of next month), which `addDays` relies on. A time skipped by a DST gap maps to
   * the instant just after the gap.
   */
  toEpoch(wall: WallTime): number {
    const local = Date.UTC(
      wall.year,
      wall.month - 1,
      wall.day,
      wall.hour ?? 0,
      wall.minute ?? 0,
      wall.second ?? 0,
      wall.millisecond ?? 0,
    );
    // Two passes: the first guess uses the offset at the local reading taken as UTC, the
    // second corrects it when a transition lies between the guess and the answer.
    const first = local - this.offsetMs(local);
    const second = local - this.offsetMs(first);
    return second === first ? first : Math.max(first, second);
  }

  /** The instant of local midnight starting the day that contains `epochMs`. */
  startOfDay(epochMs: number): number {
    const wall = this.wallClock(epochMs);
    return this.toEpoch({ year: wall.year, month: wall.month, day: wall.day });
  }

  /** The instant of local midnight `days` days after the local day containing `epochMs`. */
  addDays(epochMs: number, days: number): number {
    const wall = this.wallClock(epochMs);
    return this.toEpoch({ year: wall.year, month: wall.month, day: wall.day + days });
  }

  /** A `YYYY-MM-DD` key of the local day containing `epochMs`. */
  dayKey(epochMs: number): string {
    const wall = this.wallClock(epochMs);
    return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  }

  private computeOffset(epochMs: number): number {
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.formatter.formatToParts(epochMs)) {
      const value = Number(part.value);
      if (part.type === 'year') year = value;
      else if (part.type === 'month') month = value;
      else if (part.type === 'day') day = value;
      else if (part.type === 'hour') hour = value;
      else if (part.type === 'minute') minute = value;
      else if (part.type === 'second') second = value;
    }
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    return asUtc - Math.floor(epochMs / 1000) * 1000;
  }
}

/** Formats an instant as local ISO-8601 with its offset, e.g. `2030-01-07T09:00:00.000+01:00`. */
export function formatLocal(epochMs: number, zone: TimeZone): string {
  const offsetMs = zone.offsetMs(epochMs);
  const offsetMin = Math.round(offsetMs / MINUTE_MS);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  // The local reading is the UTC rendering of the shifted instant, without its "Z".
  return `${isoWithoutZone(epochMs + offsetMs)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Formats an instant as UTC ISO-8601 with milliseconds (`toISOString`), the Genesys wire form. */
export function formatUtc(epochMs: number): string {
  return `${isoWithoutZone(epochMs)}Z`;
}

/** `formatUtc`, remembered (bounded) for instants that recur, such as slot starts. */
export function slotUtcText(epochMs: number): string {
  let text = utcTexts.get(epochMs);
  if (text === undefined) {
    text = formatUtc(epochMs);
    if (utcTexts.size >= TEXT_CACHE_LIMIT) utcTexts.clear();
    utcTexts.set(epochMs, text);
  }
  return text;
}

/** Milliseconds of a 24-hour day. */
export const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
let cachedDay = Number.NaN;
let cachedDayPrefix = '';

// Same output as toISOString() minus the "Z", several times faster: availability renders
// hundreds of times per request, and Date#toISOString costs about a microsecond each.
function isoWithoutZone(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const ofDay = epochMs - day * DAY_MS;
  const hours = Math.floor(ofDay / 3_600_000);
  const minutes = Math.floor(ofDay / MINUTE_MS) % 60;
  const seconds = Math.floor(ofDay / 1000) % 60;
  const millis = ofDay % 1000;
  const fraction = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
  return `${cachedDayPrefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${fraction}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
