import { randomUUID } from 'node:crypto';
import {
  freeSeats,
  listSlots,
  MAX_DAYS_AHEAD,
  proposeSlots,
  type AvailabilityWindow,
  type SlotView,
} from '../calendar/availability.js';
import { parseIsoInstant } from '../calendar/iso-time.js';
import { DAY_MS, TimeZone, formatUtc } from '../calendar/time-zone.js';
import { ApiError, quote } from '../http/api-error.js';
import type { SlotInfo } from '../calendar/service-calendar.js';
import {
  holdsSlot,
  normalizePhoneNumber,
  type ApiVersion,
  type BookingRecord,
  type UserData,
} from './booking-record.js';
import { BookingStore } from './booking-store.js';
import type { OpenJournalHandle } from './journal.js';
import type { ServiceRegistry, ServiceRuntime } from './service-registry.js';

/** Illustrative handling time per queued callback, for v3 `estimatedWaitTime`. */
const SECONDS_PER_QUEUED_CALLBACK = 90;
/** How far in the past a desired time may lie (client clocks drift). */
const PAST_GRACE_MS = 5 * 60_000;
const UTC = TimeZone.of('UTC');

/** A booking request, already decoded from either API's body. */
export interface ScheduleInput {
  readonly apiVersion: ApiVersion;
  readonly serviceName: string | undefined;
  readonly phoneNumber: string | undefined;
  /** Desired time as sent; absent or empty = as soon as possible. */
  readonly desiredTime: string | undefined;
  readonly userData: UserData;
  readonly options?: Readonly<Record<string, string>>;
  /** Wire names of the phone and time fields, so errors quote what the client sent. */
  readonly fieldNames: { readonly phoneNumber: string; readonly desiredTime: string };
}

/** Where an immediate callback stands in its service's queue. */
export interface QueueInfo {
  readonly positionInQueue: number;
  readonly estimatedWaitTime: number;
}

/**
 * The version-independent booking rules: service, phone number, desired time on the slot
 * grid, office hours, the per-number daily limit and slot capacity, in that order. Each
 * broken rule throws an `ApiError` that the calling API renders in its own shape.
 */
export class BookingService {
  private constructor(
    readonly services: ServiceRegistry,
    readonly store: BookingStore,
    private readonly now: () => number,
  ) {}

  /** Opens the store (replaying `journalPath` when given) and returns the service. */
  static async open(
    services: ServiceRegistry,
    now: () => number,
    journalPath?: string,
    warn?: (message: string) => void,
    openJournalHandle?: OpenJournalHandle,
  ): Promise<BookingService> {
    const keys = {
      dailyKey: (record: BookingRecord) => {
        const zone = services.get(record.serviceName)?.definition.timeZone ?? UTC;
        return dailyKey(
          record.serviceName,
          record.phoneNumber,
          zone.dayKey(Date.parse(record.createdAt)),
        );
      },
    };
    const store = await BookingStore.open(keys, journalPath, warn, openJournalHandle);
    return new BookingService(services, store, now);
  }

  /**
   * Books a callback. Every check and the insertion happen synchronously, so concurrent
   * requests cannot both take the last seat; the promise then waits for durability.
   */
  schedule(input: ScheduleInput): Promise<BookingRecord> {
    const runtime = this.services.require(input.serviceName);
    const { definition, calendar } = runtime;
    const phoneName = input.fieldNames.phoneNumber;
    if (input.phoneNumber === undefined || input.phoneNumber.trim() === '') {
      throw new ApiError('invalid-phone', `Mandatory parameter ${phoneName} is missing.`);
    }
    const phone = normalizePhoneNumber(input.phoneNumber);
    if (phone === null) {
      throw new ApiError(
        'invalid-phone',
        `Customer Number ${quote(input.phoneNumber)} is invalid: expected an optional + and 3 to 15 digits.`,
      );
    }
    const nowMs = this.now();
    const immediate = input.desiredTime === undefined || input.desiredTime.trim() === '';
    const desiredMs = immediate
      ? nowMs
      : this.parseDesiredTime(input.desiredTime ?? '', input.fieldNames.desiredTime, nowMs);
    const slotStart = calendar.slotStartOf(desiredMs);
    const slot = this.openSlot(runtime, slotStart, immediate);
    const today = dailyKey(definition.name, phone, definition.timeZone.dayKey(nowMs));
    const limit = definition.maxCallbacksPerNumberPerDay;
    if (this.store.requestsToday(today) >= limit) {
      throw new ApiError(
        'daily-limit',
        `Callback for ${phoneName}=${input.phoneNumber.trim()} rejected because previous callbacks for this parameter were requested for more than ${limit} times today.`,
      );
    }
    if (!immediate) {
      this.checkCapacity(runtime, slot, (start) => this.store.seatsTaken(definition.name, start));
    }
    const record: BookingRecord = {
      id: input.apiVersion === 'v1' ? randomUUID().replaceAll('-', '') : randomUUID(),
      apiVersion: input.apiVersion,
      serviceName: definition.name,
      phoneNumber: input.phoneNumber.trim(),
      desiredTime: formatUtc(immediate ? nowMs : slotStart),
      ...(immediate || desiredMs === slotStart ? {} : { requestedTime: formatUtc(desiredMs) }),
      immediate,
      userData: input.userData,
      ...(input.options === undefined || Object.keys(input.options).length === 0
        ? {}
        : { options: input.options }),
      state: immediate ? 'QUEUED' : 'SCHEDULED',
      createdAt: formatUtc(nowMs),
    };
    return this.store.insert(record).then(() => record);
  }

  /**
   * Moves a callback to a new desired time, checked like a booking (a real instant, not
   * past, on the grid, in office hours, a free seat — its own seat does not count against
   * it); it becomes `SCHEDULED` and its old seat is freed. Unknown ids, ids of another
   * service and completed callbacks are refused.
   */
  async reschedule(
    id: string,
    serviceName: string,
    desiredTime: string | undefined,
    fieldName: string,
  ): Promise<BookingRecord> {
    // Every check and the change happen before the first await, as for a booking.
    const record = this.store.get(id);
    if (record === undefined || record.serviceName !== serviceName) {
      throw new ApiError(
        'callback-not-found',
        `Callback ${quote(id)} not found in service ${quote(serviceName)}.`,
      );
    }
    if (record.state === 'COMPLETED') {
      throw new ApiError(
        'not-reschedulable',
        `Callback ${quote(id)} is ${record.state}${record.reason ? ` (${record.reason})` : ''} and cannot be rescheduled.`,
      );
    }
    if (desiredTime === undefined || desiredTime.trim() === '') {
      throw new ApiError('invalid-parameter', `Mandatory parameter ${fieldName} is missing.`);
    }
    const runtime = this.services.require(serviceName);
    const nowMs = this.now();
    const desiredMs = this.parseDesiredTime(desiredTime, fieldName, nowMs);
    const slotStart = runtime.calendar.slotStartOf(desiredMs);
    const slot = this.openSlot(runtime, slotStart, false);
    const ownSlot = holdsSlot(record) ? Date.parse(record.desiredTime) : undefined;
    this.checkCapacity(
      runtime,
      slot,
      (start) => this.store.seatsTaken(serviceName, start) - (start === ownSlot ? 1 : 0),
    );
    await this.store.reschedule(
      id,
      formatUtc(slotStart),
      desiredMs === slotStart ? undefined : formatUtc(desiredMs),
      formatUtc(nowMs),
    );
    return this.store.get(id) ?? record;
  }

  /** The record with `id`, if any. */
  find(id: string): BookingRecord | undefined {
    return this.store.get(id);
  }

  /**
   * Cancels a callback (state `COMPLETED`, reason `CANCELLED`). Unknown ids, and ids of
   * another service when `serviceName` is given, are `callback-not-found`; a completed one
   * is `not-cancellable`.
   */
  async cancel(id: string, serviceName?: string): Promise<BookingRecord> {
    const record = this.store.get(id);
    if (record === undefined || (serviceName !== undefined && record.serviceName !== serviceName)) {
      throw new ApiError(
        'callback-not-found',
        `Callback ${quote(id)} not found${serviceName === undefined ? '' : ` in service ${quote(serviceName)}`}.`,
      );
    }
    if (record.state === 'COMPLETED') {
      throw new ApiError(
        'not-cancellable',
        `Callback ${quote(id)} is ${record.state}${record.reason ? ` (${record.reason})` : ''} and cannot be cancelled.`,
      );
    }
    await this.store.cancel(id, formatUtc(this.now()));
    return this.store.get(id) ?? record;
  }

  /** Open slots of a window with their free seats. */
  availability(runtime: ServiceRuntime, window: AvailabilityWindow): SlotView[] {
    const seats = this.store.seatCounts(runtime.definition.name);
    return listSlots(runtime.calendar, (start) => seats.get(start) ?? 0, window, this.now());
  }

  /** Queue position and an illustrative wait of an immediate callback still queued. */
  queueInfo(record: BookingRecord): QueueInfo | undefined {
    if (record.state !== 'QUEUED') return undefined;
    let position = 1;
    for (const other of this.store.all()) {
      if (other.id === record.id) break;
      if (other.serviceName === record.serviceName && other.state === 'QUEUED') position++;
    }
    return { positionInQueue: position, estimatedWaitTime: position * SECONDS_PER_QUEUED_CALLBACK };
  }

  /** The current time of the emulator's clock. */
  nowMs(): number {
    return this.now();
  }

  // The slot at `slotStart` when the office takes callbacks then; `office-closed` otherwise.
  private openSlot(runtime: ServiceRuntime, slotStart: number, immediate: boolean): SlotInfo {
    const slot = runtime.calendar.slotAt(slotStart);
    if (slot.open) return slot;
    const name = runtime.definition.name;
    throw new ApiError(
      'office-closed',
      immediate
        ? `The office of ${name} is closed now; book a time within office hours.`
        : `The office of ${name} is closed at ${formatUtc(slotStart)}.`,
    );
  }

  // `slot-full` with nearby free slots as proposals when no seat is left.
  private checkCapacity(
    runtime: ServiceRuntime,
    slot: SlotInfo,
    seatsTaken: (slotStartMs: number) => number,
  ): void {
    if (freeSeats(runtime.calendar, slot, seatsTaken) > 0) return;
    throw new ApiError(
      'slot-full',
      'Too many requests for the selected time slot. Proposing time slots.',
      { proposals: proposeSlots(runtime.calendar, seatsTaken, slot.startMs, this.now()) },
    );
  }

  private parseDesiredTime(text: string, name: string, nowMs: number): number {
    // GMS prints and accepts times without an offset as UTC (the Widgets parser appends "Z").
    const desiredMs = parseIsoInstant(text, UTC);
    if (desiredMs === null) {
      throw new ApiError(
        'invalid-parameter',
        `${name} must be an ISO-8601 UTC time such as 2030-01-07T09:00:00.000Z, got ${quote(text)}.`,
      );
    }
    if (desiredMs < nowMs - PAST_GRACE_MS) {
      // A little grace for client clocks that run behind; beyond it the time is really past.
      throw new ApiError('invalid-parameter', `${name} ${formatUtc(desiredMs)} is in the past.`);
    }
    if (desiredMs > nowMs + MAX_DAYS_AHEAD * DAY_MS) {
      throw new ApiError(
        'invalid-parameter',
        `${name} ${formatUtc(desiredMs)} is more than ${MAX_DAYS_AHEAD} days ahead.`,
      );
    }
    return desiredMs;
  }
}

function dailyKey(serviceName: string, phoneNumber: string, day: string): string {
  const normalized = normalizePhoneNumber(phoneNumber) ?? phoneNumber;
  return `${serviceName}\u0000${normalized}\u0000${day}`;
}
