import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BookingRecord } from './booking-record.js';

/** One line of the journal: a booking, a cancellation or a reset of everything. */
export type JournalEntry =
  | { readonly op: 'book'; readonly record: BookingRecord }
  | { readonly op: 'cancel'; readonly id: string; readonly at: string }
  | { readonly op: 'reset'; readonly at: string };

interface PendingWrite {
  readonly line: string;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * An append-only JSON-lines journal with group commit: entries appended while a write is
 * in flight are written and fsynced together, and each `append` resolves only once its
 * line is on disk. That is what lets a booking answer 200 only after it is durable without
 * serialising every request behind its own fsync.
 *
 * ```ts
 * const { journal, entries } = await Journal.open('bookings.jsonl');
 * await journal.append({ op: 'book', record });
 * ```
 */
export class Journal {
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  /**
   * Opens (or creates) the journal and returns its entries for replay. A torn last line
   * (a crash in the middle of a write: no final newline, or not JSON) is dropped and cut
   * off the file so the next append starts on a clean line; unreadable lines elsewhere are
   * skipped and reported through `warn`.
   */
  static async open(
    path: string,
    warn: (message: string) => void = () => undefined,
  ): Promise<{ journal: Journal; entries: JournalEntry[] }> {
    let bytes = Buffer.alloc(0);
    let created = false;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      created = true;
    }
    const entries: JournalEntry[] = [];
    // Work on bytes, not text: a torn multi-byte character must not shift the cut.
    const completeLength = bytes.lastIndexOf(0x0a) + 1;
    if (completeLength < bytes.length) {
      warn(`journal ${path}: dropped a torn last line (${bytes.length - completeLength} bytes)`);
      await truncate(path, completeLength);
    }
    const complete = bytes.subarray(0, completeLength).toString('utf8');
    const lines = complete.split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const entry = parseEntry(line);
      if (entry === null) warn(`journal ${path}: skipped unreadable line ${index + 1}`);
      else entries.push(entry);
    });
    const handle = await open(path, 'a');
    if (created) await syncDirectory(dirname(path));
    return { journal: new Journal(handle, path), entries };
  }

  /** Appends one entry; resolves once it is written and fsynced. */
  append(entry: JournalEntry): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`journal ${this.path} is closed`));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(entry)}\n`, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.handle.write(batch.map((pending) => pending.line).join(''));
        await this.handle.sync();
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error as Error);
      }
    }
    this.flushing = null;
  }
}

// A new file's directory entry must reach the disk too, or a power cut could lose the
// whole journal; SIGKILL alone would not. Not every platform can fsync a directory.
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort (Windows refuses to open directories).
  }
}

function parseEntry(line: string): JournalEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Partial<Record<string, unknown>>;
  if (entry['op'] === 'book' && isRecord(entry['record'])) return value as JournalEntry;
  if (entry['op'] === 'cancel' && typeof entry['id'] === 'string') return value as JournalEntry;
  if (entry['op'] === 'reset') return value as JournalEntry;
  return null;
}

function isRecord(value: unknown): value is BookingRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<Record<string, unknown>>;
  return (
    typeof record['id'] === 'string' &&
    typeof record['serviceName'] === 'string' &&
    typeof record['desiredTime'] === 'string'
  );
}
