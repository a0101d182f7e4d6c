import type { CallbackSlot } from '../models/callback-slot';
import { formatUtc, parseInstant } from '../internal/instant';
import { definedOnly } from '../internal/defined-only';
import { isRecord, readNumber, readText } from './untrusted-body';

/**
 * Reads a v1 availability map `{ "<ISO time>": capacity }` (also used for proposed slots).
 * Returns `null` when any entry is not an instant with a non-negative integer capacity.
 */
export function slotsFromCapacityMap(map: unknown): CallbackSlot[] | null {
  if (!isRecord(map)) return null;
  const slots: CallbackSlot[] = [];
  for (const [time, capacity] of Object.entries(map)) {
    const utcTime = normalizeServerTime(time);
    if (utcTime === null || !isCapacity(capacity)) return null;
    slots.push({ utcTime, capacity });
  }
  return sortSlots(slots);
}

/**
 * Reads v3 `data.slots`: `[{ utcTime, localTime, capacity, total }]`. Returns `null` when
 * any slot lacks a valid `utcTime` or `capacity`.
 */
export function slotsFromV3List(list: unknown): CallbackSlot[] | null {
  if (!Array.isArray(list)) return null;
  const slots: CallbackSlot[] = [];
  for (const item of list as unknown[]) {
    const utcTime = normalizeServerTime(readText(item, 'utcTime'));
    const capacity = readNumber(item, 'capacity');
    if (utcTime === null || !isCapacity(capacity)) return null;
    const total = readNumber(item, 'total');
    slots.push({
      utcTime,
      capacity,
      ...definedOnly({
        localTime: readText(item, 'localTime'),
        total: isCapacity(total) ? total : undefined,
      }),
    });
  }
  return sortSlots(slots);
}

/** Reads proposed slots in either shape (v1 map, v3 list or v3 hash); `undefined` when absent or unreadable. */
export function readProposedSlots(value: unknown): CallbackSlot[] | undefined {
  if (value === undefined || value === null) return undefined;
  const slots = Array.isArray(value) ? slotsFromV3List(value) : slotsFromCapacityMap(value);
  return slots && slots.length > 0 ? slots : undefined;
}

// GMS has been seen to print times without an offset (the Widgets parser appends "Z"):
// those are UTC, never the browser's local time. A time with an offset parses as it is; one
// without parses once "Z" is appended (an offset followed by "Z" never does).
function normalizeServerTime(time: string | undefined): string | null {
  if (time === undefined) return null;
  const epochMs = parseInstant(time) ?? parseInstant(`${time}Z`);
  return epochMs === null ? null : formatUtc(epochMs);
}

function isCapacity(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function sortSlots(slots: CallbackSlot[]): CallbackSlot[] {
  return slots.sort((a, b) => (a.utcTime < b.utcTime ? -1 : a.utcTime > b.utcTime ? 1 : 0));
}
