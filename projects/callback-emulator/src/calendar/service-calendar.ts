import type { ServiceDefinition } from '../config/service-definition.js';
import { inAnyWindow } from '../config/weekly-windows.js';
import type { TimeZone } from './time-zone.js';

// About 500 days of 15-minute slots.
const SLOT_CACHE_LIMIT = 50_000;

/** What the calendar says about one slot, before counting real bookings. */
export interface SlotInfo {
  /** Slot start, epoch milliseconds. */
  readonly startMs: number;
  /** Whether the office takes callbacks in this slot. */
  readonly open: boolean;
  /** Seats already taken by the configured pre-booked load (never above capacity). */
  readonly preBooked: number;
}

/**
 * The slot grid and opening rules of one service. Slots are `slotMinutes` long and start at
 * local midnight in the service's zone, so a 15-minute grid is :00, :15, :30, :45 local time.
 * A slot is open when its start lies in the office hours, outside the weekly closures and
 * outside every absolute closed period.
 *
 * On DST days the grid keeps stepping in real minutes from local midnight; for slot lengths
 * that divide an hour this stays on the local grid, longer slots may sit off the hour there.
 */
export class ServiceCalendar {
  /** Slot length in milliseconds. */
  readonly slotMs: number;
  private readonly zone: TimeZone;
  // The facts of a slot never change (the config is fixed at start-up), and availability
  // asks for the same slots request after request: remember them, within a bound.
  private readonly slots = new Map<number, SlotInfo>();

  constructor(readonly service: ServiceDefinition) {
    this.slotMs = service.slotMinutes * 60_000;
    this.zone = service.timeZone;
  }

  /** Start of the slot containing `epochMs` (a desired time off the grid rounds down to it). */
  slotStartOf(epochMs: number): number {
    const dayStart = this.zone.startOfDay(epochMs);
    return dayStart + Math.floor((epochMs - dayStart) / this.slotMs) * this.slotMs;
  }

  /** The calendar state of the slot starting at `startMs` (a grid instant). */
  slotAt(startMs: number): SlotInfo {
    const known = this.slots.get(startMs);
    if (known !== undefined) return known;
    const wall = this.zone.wallClock(startMs);
    const minute = wall.hour * 60 + wall.minute;
    const slot: SlotInfo = {
      startMs,
      open: this.isOpen(startMs, wall.weekday, minute),
      preBooked: this.preBookedAt(wall.weekday, minute),
    };
    if (this.slots.size >= SLOT_CACHE_LIMIT) this.slots.clear();
    this.slots.set(startMs, slot);
    return slot;
  }

  /** The slot after the one starting at `startMs` (realigned at each local midnight). */
  nextSlot(startMs: number): number {
    const next = startMs + this.slotMs;
    const nextDay = this.zone.addDays(startMs, 1);
    return next > nextDay ? nextDay : next;
  }

  /** The slot before the one starting at `startMs`. */
  previousSlot(startMs: number): number {
    return this.slotStartOf(startMs - 1);
  }

  /**
   * How long the office stays open from `fromMs`, in milliseconds: 0 when the slot holding
   * `fromMs` is closed, else up to the start of the next closed slot, at most `limitMs`.
   */
  openForMs(fromMs: number, limitMs: number): number {
    let start = this.slotStartOf(fromMs);
    const limit = fromMs + limitMs;
    while (start < limit && this.slotAt(start).open) start = this.nextSlot(start);
    return Math.max(0, Math.min(start, limit) - fromMs);
  }

  /** Slots whose start lies in `[fromMs, toMs)`, in time order. */
  *slotsBetween(fromMs: number, toMs: number): Generator<SlotInfo> {
    let start = this.slotStartOf(fromMs);
    if (start < fromMs) start = this.nextSlot(start);
    // The next local midnight is computed once per day, not once per slot.
    let dayEnd = this.zone.addDays(start, 1);
    while (start < toMs) {
      yield this.slotAt(start);
      start += this.slotMs;
      if (start >= dayEnd) {
        start = dayEnd;
        dayEnd = this.zone.addDays(dayEnd, 1);
      }
    }
  }

  private isOpen(startMs: number, weekday: number, minute: number): boolean {
    if (!inAnyWindow(this.service.officeHours, weekday, minute)) return false;
    if (inAnyWindow(this.service.closed, weekday, minute)) return false;
    for (const period of this.service.closedPeriods) {
      if (startMs >= period.startMs && startMs < period.endMs) return false;
    }
    return true;
  }

  private preBookedAt(weekday: number, minute: number): number {
    let count = 0;
    for (const load of this.service.preBooked) {
      if (load.days[weekday] === true && minute >= load.fromMinute && minute < load.toMinute)
        count += load.count;
    }
    return Math.min(count, this.service.capacity);
  }
}
