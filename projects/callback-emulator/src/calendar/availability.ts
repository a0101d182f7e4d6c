import { ApiError, quote, type CapacityMap } from '../http/api-error.js';
import { parseIsoInstant, parseWholeNumber } from './iso-time.js';
import type { ServiceCalendar, SlotInfo } from './service-calendar.js';
import { DAY_MS, formatUtc, type TimeZone } from './time-zone.js';

/** How far ahead a callback may be booked, and an availability window may start. */
export const MAX_DAYS_AHEAD = 366;
/** How far in the past an availability window may start (a client's "start of today"). */
const MAX_DAYS_BEHIND = 1;
/** Longest window one availability query may cover. */
export const MAX_WINDOW_DAYS = 62;
/** Most slots one query may ask for with `max-time-slots` / `maxTimeSlots`. */
export const MAX_TIME_SLOTS = 10_000;
/** How far from a full slot the 429 proposals are searched, and how many are offered. */
const PROPOSAL_SEARCH_MS = 7 * DAY_MS;
const PROPOSAL_COUNT = 5;

/** Raw availability query values (absent or empty = not given). */
export interface WindowParams {
  readonly start?: string;
  readonly end?: string;
  readonly numberOfDays?: string;
  readonly maxTimeSlots?: string;
  readonly startMs?: string;
  readonly endMs?: string;
}

/** The wire names of those values, so errors quote what the client sent. */
export interface WindowParamNames {
  readonly start: string;
  readonly end: string;
  readonly numberOfDays: string;
  readonly maxTimeSlots: string;
  readonly startMs?: string;
  readonly endMs?: string;
}

/** A resolved availability query: slots starting in `[fromMs, toMs)`, at most `maxSlots` free ones. */
export interface AvailabilityWindow {
  readonly fromMs: number;
  readonly toMs: number;
  readonly maxSlots: number | undefined;
}

/** One slot as availability reports it. */
export interface SlotView {
  readonly startMs: number;
  /** Seats still free (0 = full). */
  readonly free: number;
  /** Seats the slot has in all. */
  readonly total: number;
}

/** Zones of an availability query: for times sent without an offset, and for "the start's day". */
export interface WindowZones {
  readonly input: TimeZone;
  readonly day: TimeZone;
}

/**
 * Resolves availability query values as GMS and GES define them: `start` defaults to now;
 * at most one of `end`, `endMs`, `numberOfDays` (days of 24 h after `start`); with none of
 * them the window ends with the local day of `start` in `zones.day`. Times without an
 * offset are read in `zones.input`. Bad values throw `invalid-parameter` naming the wire
 * parameter.
 */
export function resolveWindow(
  params: WindowParams,
  names: WindowParamNames,
  zones: WindowZones,
  nowMs: number,
): AvailabilityWindow {
  const zone = zones.input;
  const given = (value: string | undefined): value is string =>
    value !== undefined && value.trim() !== '';
  if (given(params.start) && given(params.startMs)) {
    throw invalid(`Set only one of \`${names.start}\` and \`${names.startMs}\`.`);
  }
  let fromMs = nowMs;
  if (given(params.start)) {
    fromMs = instantParam(params.start, names.start, zone);
    checkHorizon(fromMs, nowMs, names.start, params.start);
  } else if (given(params.startMs)) {
    const name = names.startMs ?? 'startMS';
    fromMs = epochParam(params.startMs, name);
    checkHorizon(fromMs, nowMs, name, params.startMs);
  }
  const ends = [params.end, params.endMs, params.numberOfDays].filter(given);
  if (ends.length > 1) {
    const options = [names.end, names.endMs, names.numberOfDays]
      .filter((name) => name !== undefined)
      .join('`, `');
    throw invalid(`Set only one of \`${options}\`.`);
  }
  let toMs: number;
  if (given(params.numberOfDays)) {
    const days = parseWholeNumber(params.numberOfDays);
    if (days === null || days < 1 || days > MAX_WINDOW_DAYS) {
      throw invalid(
        `\`${names.numberOfDays}\` must be a whole number from 1 to ${MAX_WINDOW_DAYS}, got ${quote(params.numberOfDays)}.`,
      );
    }
    toMs = fromMs + days * DAY_MS;
  } else if (given(params.end)) {
    toMs = instantParam(params.end, names.end, zone);
  } else if (given(params.endMs)) {
    toMs = epochParam(params.endMs, names.endMs ?? 'endMS');
  } else {
    toMs = zones.day.addDays(fromMs, 1);
  }
  if (toMs <= fromMs)
    throw invalid(`The window must end after \`${names.start}\` (${formatUtc(fromMs)}).`);
  if (toMs - fromMs > MAX_WINDOW_DAYS * DAY_MS)
    throw invalid(`The window may cover at most ${MAX_WINDOW_DAYS} days.`);
  let maxSlots: number | undefined;
  if (given(params.maxTimeSlots)) {
    const parsed = parseWholeNumber(params.maxTimeSlots);
    if (parsed === null || parsed < 1 || parsed > MAX_TIME_SLOTS) {
      throw invalid(
        `\`${names.maxTimeSlots}\` must be a whole number from 1 to ${MAX_TIME_SLOTS}, got ${quote(params.maxTimeSlots)}.`,
      );
    }
    maxSlots = parsed;
  }
  return { fromMs, toMs, maxSlots };
}

/**
 * Seats still free in a slot: capacity − the configured pre-booked load − real bookings,
 * never below 0 (a closed slot is not special-cased here; callers check `open`).
 */
export function freeSeats(
  calendar: ServiceCalendar,
  slot: SlotInfo,
  seatsTaken: (slotStartMs: number) => number,
): number {
  return Math.max(0, calendar.service.capacity - slot.preBooked - seatsTaken(slot.startMs));
}

/**
 * The open slots of a window that start now or later, full ones included with `free: 0`
 * (closed slots are left out). `maxSlots` counts free slots only, as GES documents it.
 */
export function listSlots(
  calendar: ServiceCalendar,
  seatsTaken: (slotStartMs: number) => number,
  window: AvailabilityWindow,
  nowMs: number,
): SlotView[] {
  const total = calendar.service.capacity;
  const slots: SlotView[] = [];
  let freeSlots = 0;
  for (const slot of calendar.slotsBetween(Math.max(window.fromMs, nowMs), window.toMs)) {
    if (!slot.open) continue;
    const free = freeSeats(calendar, slot, seatsTaken);
    slots.push({ startMs: slot.startMs, free, total });
    if (free > 0 && window.maxSlots !== undefined && ++freeSlots >= window.maxSlots) break;
  }
  return slots;
}

/**
 * Up to five free open slots nearest to a full one (before it, but not in the past, and
 * after it, within a week), as the `{ isoTime: capacity }` map a 429 carries.
 */
export function proposeSlots(
  calendar: ServiceCalendar,
  seatsTaken: (slotStartMs: number) => number,
  fullSlotMs: number,
  nowMs: number,
): CapacityMap {
  const freeAt = (startMs: number): number => {
    const slot = calendar.slotAt(startMs);
    return slot.open ? freeSeats(calendar, slot, seatsTaken) : 0;
  };
  const candidates: { startMs: number; free: number }[] = [];
  const collect = (
    first: number,
    step: (start: number) => number,
    inRange: (start: number) => boolean,
  ): void => {
    let found = 0;
    for (let start = first; inRange(start) && found < PROPOSAL_COUNT; start = step(start)) {
      const free = freeAt(start);
      if (free > 0) {
        candidates.push({ startMs: start, free });
        found++;
      }
    }
  };
  const latest = fullSlotMs + PROPOSAL_SEARCH_MS;
  const earliest = Math.max(nowMs, fullSlotMs - PROPOSAL_SEARCH_MS);
  collect(
    calendar.nextSlot(fullSlotMs),
    (start) => calendar.nextSlot(start),
    (start) => start < latest,
  );
  collect(
    calendar.previousSlot(fullSlotMs),
    (start) => calendar.previousSlot(start),
    (start) => start >= earliest,
  );
  candidates.sort(
    (a, b) =>
      Math.abs(a.startMs - fullSlotMs) - Math.abs(b.startMs - fullSlotMs) || a.startMs - b.startMs,
  );
  const map: CapacityMap = {};
  for (const slot of candidates.slice(0, PROPOSAL_COUNT).sort((a, b) => a.startMs - b.startMs)) {
    map[formatUtc(slot.startMs)] = slot.free;
  }
  return map;
}

function instantParam(value: string, name: string, zone: TimeZone): number {
  const epochMs = parseIsoInstant(value, zone);
  if (epochMs === null)
    throw invalid(
      `\`${name}\` must be an ISO-8601 date-time such as 2030-01-07T09:00:00.000Z, got ${quote(value)}.`,
    );
  return epochMs;
}

// The end needs no check of its own: it lies after the start and at most 62 days later.
function checkHorizon(epochMs: number, nowMs: number, name: string, raw: string): void {
  if (epochMs < nowMs - MAX_DAYS_BEHIND * DAY_MS || epochMs > nowMs + MAX_DAYS_AHEAD * DAY_MS) {
    throw invalid(
      `\`${name}\` must lie between ${MAX_DAYS_BEHIND} day ago and ${MAX_DAYS_AHEAD} days ahead, got ${quote(raw)}.`,
    );
  }
}

function epochParam(value: string, name: string): number {
  const epochMs = parseWholeNumber(value);
  if (epochMs === null)
    throw invalid(`\`${name}\` must be epoch milliseconds, got ${quote(value)}.`);
  return epochMs;
}

function invalid(message: string): ApiError {
  return new ApiError('invalid-parameter', message);
}
