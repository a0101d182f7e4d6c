import { holdsSlot, type BookingRecord } from './booking-record.js';
import { ApiError } from '../http/api-error.js';
import {
  Journal,
  JournalFailedError,
  type JournalEntry,
  type OpenJournalHandle,
} from './journal.js';

/** How the store indexes a record: its slot key (when it holds a seat) and its daily-limit key. */
export interface IndexKeys {
  /** Key of the slot whose seat the record holds; `undefined` when it holds none. */
  slotKey(record: BookingRecord): string | undefined;
  /** Key counting the record against its number's daily limit. */
  dailyKey(record: BookingRecord): string;
}

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
  private readonly slotCounts = new Map<string, number>();
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

  /** Seats taken by bookings in the slot with key `slotKey`. */
  seatsTaken(slotKey: string): number {
    return this.slotCounts.get(slotKey) ?? 0;
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
    const slotKey = holdsSlot(record) ? this.keys.slotKey(record) : undefined;
    if (slotKey !== undefined) bump(this.slotCounts, slotKey, 1);
  }

  private count(record: BookingRecord, delta: 1 | -1): void {
    const slotKey = holdsSlot(record) ? this.keys.slotKey(record) : undefined;
    if (slotKey !== undefined) bump(this.slotCounts, slotKey, delta);
    // Cancelled callbacks still count against the daily limit: GMS counts requests made today.
    bump(this.dailyCounts, this.keys.dailyKey(record), delta);
  }

  private uncountSlot(record: BookingRecord): void {
    const slotKey = holdsSlot(record) ? this.keys.slotKey(record) : undefined;
    if (slotKey !== undefined) bump(this.slotCounts, slotKey, -1);
  }
}

function journalError(error: JournalFailedError): ApiError {
  return new ApiError('internal', `The emulator's ${error.message}.`);
}

function bump(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
