import { holdsSlot, type BookingRecord } from './booking-record.js';
import { ApiError } from '../http/api-error.js';
import {
  Journal,
  JournalFailedError,
  type JournalEntry,
  type OpenJournalHandle,
} from './journal.js';

/**
 * How the store indexes a record against its number's daily limit. (Seats are counted per
 * service and slot start, the record's `desiredTime`.)
 */
export interface IndexKeys {
  /** Key counting the record against its number's daily limit. */
  dailyKey(record: BookingRecord): string;
}

const NO_SEATS: ReadonlyMap<number, number> = new Map();

/**
 * All booked callbacks, in memory, with counters per slot and per number-and-day, and an
 * optional durable journal.
 *
 * Every mutation changes memory synchronously, before any `await`, and only then waits for
 * the journal. A request that checked capacity and inserted in the same tick therefore can
 * never be overtaken by another request for the same seat: capacity is never oversold. When
 * a journal write fails, the journal stops (see `Journal`): the mutations not yet durable
 * are undone, latest first, and every later change is refused with an `internal` error.
 */
export class BookingStore {
  private readonly records = new Map<string, BookingRecord>();
  // Seats taken per service, then per slot start (epoch ms): availability reads one service's
  // counts once per slot, so a number-keyed map per service beats composite string keys.
  private readonly slotCounts = new Map<string, Map<number, number>>();
  private readonly dailyCounts = new Map<string, number>();

  private constructor(
    private readonly keys: IndexKeys,
    private readonly journal: Journal | null,
  ) {}

  /**
   * Opens a store. With a `journalPath` its entries are replayed first (a record id seen
   * twice is kept once), and every later change is appended and fsynced before it resolves.
   */
  static async open(
    keys: IndexKeys,
    journalPath?: string,
    warn?: (message: string) => void,
    openHandle?: OpenJournalHandle,
  ): Promise<BookingStore> {
    if (journalPath === undefined) return new BookingStore(keys, null);
    const { journal, entries } = await Journal.open(journalPath, warn, openHandle);
    const store = new BookingStore(keys, journal);
    for (const entry of entries) store.apply(entry);
    return store;
  }

  /** Whether bookings survive a restart. */
  get durable(): boolean {
    return this.journal !== null;
  }

  /** Why the journal stopped accepting changes, once a write or fsync failed. */
  get journalFailure(): string | undefined {
    return this.journal?.failed?.message;
  }

  /** Number of records (any state). */
  get size(): number {
    return this.records.size;
  }

  /** All records in booking order. */
  all(): BookingRecord[] {
    return [...this.records.values()];
  }

  /** The record with `id`, if any. */
  get(id: string): BookingRecord | undefined {
    return this.records.get(id);
  }

  /** Seats taken by bookings of `serviceName` in the slot starting at `slotStartMs`. */
  seatsTaken(serviceName: string, slotStartMs: number): number {
    return this.slotCounts.get(serviceName)?.get(slotStartMs) ?? 0;
  }

  /** Seats taken per slot start of one service (a live view: read it, do not keep it). */
  seatCounts(serviceName: string): ReadonlyMap<number, number> {
    return this.slotCounts.get(serviceName) ?? NO_SEATS;
  }

  /** Callbacks counted under a daily-limit key. */
  requestsToday(dailyKey: string): number {
    return this.dailyCounts.get(dailyKey) ?? 0;
  }

  /** Adds a record now; resolves once it is durable (immediately without a journal). */
  insert(record: BookingRecord): Promise<void> {
    return this.change({ op: 'book', record }, () => this.remove(record));
  }

  /** Replaces a record by a changed copy now (e.g. cancelled); resolves once durable. */
  cancel(id: string, at: string): Promise<void> {
    const before = this.records.get(id);
    if (before === undefined) return Promise.resolve();
    return this.change({ op: 'cancel', id, at }, () => this.replace(before));
  }

  /**
   * Moves a scheduled or queued record to a new slot now (it becomes `SCHEDULED`; its old
   * seat is freed, the new one taken); resolves once durable.
   */
  reschedule(
    id: string,
    desiredTime: string,
    requestedTime: string | undefined,
    at: string,
  ): Promise<void> {
    const before = this.records.get(id);
    if (before === undefined) return Promise.resolve();
    const entry: JournalEntry =
      requestedTime === undefined
        ? { op: 'reschedule', id, desiredTime, at }
        : { op: 'reschedule', id, desiredTime, requestedTime, at };
    return this.change(entry, () => this.replace(before));
  }

  /** Removes every record now; resolves with how many there were, once durable. */
  async reset(at: string): Promise<number> {
    const before = this.all();
    await this.change({ op: 'reset', at }, () => before.forEach((record) => this.add(record)));
    return before.length;
  }

  /** Waits for pending journal writes and closes the journal. */
  async close(): Promise<void> {
    await this.journal?.close();
  }

  // Applies a change in memory now, then waits for the journal, which runs `undo` when the
  // change will never be durable. A failed journal refuses the change before it is applied.
  private async change(entry: JournalEntry, undo: () => void): Promise<void> {
    const failed = this.journal?.failed;
    if (failed) throw journalError(failed);
    this.apply(entry);
    if (this.journal === null) return;
    try {
      await this.journal.append(entry, undo);
    } catch (error) {
      throw error instanceof JournalFailedError ? journalError(error) : error;
    }
  }

  private apply(entry: JournalEntry): void {
    if (entry.op === 'book') {
      if (!this.records.has(entry.record.id)) this.add(entry.record);
    } else if (entry.op === 'cancel') {
      const record = this.records.get(entry.id);
      if (record !== undefined && record.state !== 'COMPLETED') {
        this.replace({ ...record, state: 'COMPLETED', reason: 'CANCELLED', updatedAt: entry.at });
      }
    } else if (entry.op === 'reschedule') {
      const record = this.records.get(entry.id);
      if (record !== undefined && record.state !== 'COMPLETED') {
        const moved: BookingRecord = {
          ...record,
          desiredTime: entry.desiredTime,
          requestedTime: entry.requestedTime,
          immediate: false,
          state: 'SCHEDULED',
          updatedAt: entry.at,
        };
        // A time on the grid leaves no `requestedTime` behind, not even an undefined one.
        if (entry.requestedTime === undefined)
          delete (moved as { requestedTime?: string }).requestedTime;
        this.replace(moved);
      }
    } else {
      this.records.clear();
      this.slotCounts.clear();
      this.dailyCounts.clear();
    }
  }

  private add(record: BookingRecord): void {
    this.records.set(record.id, record);
    this.count(record, 1);
  }

  private remove(record: BookingRecord): void {
    if (this.records.get(record.id) !== record) return;
    this.records.delete(record.id);
    this.count(record, -1);
  }

  private replace(record: BookingRecord): void {
    const previous = this.records.get(record.id);
    if (previous !== undefined) this.uncountSlot(previous);
    this.records.set(record.id, record);
    this.countSlot(record, 1);
  }

  private count(record: BookingRecord, delta: 1 | -1): void {
    this.countSlot(record, delta);
    // Cancelled callbacks still count against the daily limit: GMS counts requests made today.
    bump(this.dailyCounts, this.keys.dailyKey(record), delta);
  }

  private uncountSlot(record: BookingRecord): void {
    this.countSlot(record, -1);
  }

  private countSlot(record: BookingRecord, delta: 1 | -1): void {
    if (!holdsSlot(record)) return;
    let counts = this.slotCounts.get(record.serviceName);
    if (counts === undefined) {
      counts = new Map();
      this.slotCounts.set(record.serviceName, counts);
    }
    bump(counts, Date.parse(record.desiredTime), delta);
  }
}

function journalError(error: JournalFailedError): ApiError {
  return new ApiError('internal', `The emulator's ${error.message}.`);
}

function bump<K>(counts: Map<K, number>, key: K, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
