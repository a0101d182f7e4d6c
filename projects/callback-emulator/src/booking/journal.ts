import { open, readFile, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseJournalLine, type JournalEntry } from './journal-entry.js';

export type { JournalEntry } from './journal-entry.js';

/** The file operations the journal appends with (a `FileHandle` opened for appending fits). */
export interface JournalHandle {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens a journal file for appending. Tests inject failing handles through it. */
export type OpenJournalHandle = (path: string) => Promise<JournalHandle>;

const openForAppend: OpenJournalHandle = (path) => open(path, 'a');

/** Raised for every append once a write or fsync has failed: the journal is fail-stop. */
export class JournalFailedError extends Error {
  override readonly name = 'JournalFailedError';
}

interface PendingWrite {
  readonly line: string;
  /** Undoes the in-memory change of this entry; run when the entry will never be durable. */
  readonly undo: () => void;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * An append-only JSON-lines journal with group commit: entries appended while a write is
 * in flight are written and fsynced together, and each `append` resolves only once its
 * line is on disk. That is what lets a booking answer 200 only after it is durable without
 * serialising every request behind its own fsync.
 *
 * Fail-stop: the first failed write or fsync marks the journal failed, cuts the file back
 * to the end of the last durable batch (when it can), undoes the failed batch and every
 * entry queued behind it (latest first, so memory matches the disk again) and rejects them;
 * every later append rejects at once. Only a restart, which replays the file, recovers.
 *
 * ```ts
 * const { journal, entries } = await Journal.open('bookings.jsonl');
 * await journal.append({ op: 'book', record }, () => undoInMemory());
 * ```
 */
export class Journal {
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  private closed = false;
  private failure: JournalFailedError | null = null;

  private constructor(
    private readonly handle: JournalHandle,
    readonly path: string,
    /** Bytes of the file known to be durable: where a failed batch is cut back to. */
    private goodLength: number,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Opens (or creates) the journal and returns its entries for replay. A torn last line
   * (a crash in the middle of a write: no final newline) is dropped and cut off the file so
   * the next append starts on a clean line; unreadable or invalid lines elsewhere are
   * skipped and reported through `warn`.
   */
  static async open(
    path: string,
    warn: (message: string) => void = () => undefined,
    openHandle: OpenJournalHandle = openForAppend,
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
    const lines = bytes.subarray(0, completeLength).toString('utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = parseJournalLine(line);
      if ('entry' in parsed) entries.push(parsed.entry);
      else if (parsed.problem === 'unreadable')
        warn(`journal ${path}: skipped unreadable line ${index + 1}`);
      else warn(`journal ${path}: skipped line ${index + 1}: ${parsed.problem}`);
    });
    const handle = await openHandle(path);
    if (created) await syncDirectory(dirname(path));
    return { journal: new Journal(handle, path, completeLength, warn), entries };
  }

  /** The error that stopped the journal, once a write or fsync has failed. */
  get failed(): JournalFailedError | null {
    return this.failure;
  }

  /**
   * Appends one entry; resolves once it is written and fsynced. When it never will be (the
   * journal failed), `undo` runs before the promise rejects.
   */
  append(entry: JournalEntry, undo: () => void = () => undefined): Promise<void> {
    if (this.failure !== null || this.closed) {
      undo();
      return Promise.reject(this.failure ?? new Error(`journal ${this.path} is closed`));
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(entry)}\n`, undo, resolve, reject });
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
    while (this.queue.length > 0 && this.failure === null) {
      const batch = this.queue;
      this.queue = [];
      const buffer = Buffer.from(batch.map((pending) => pending.line).join(''), 'utf8');
      try {
        await this.writeAll(buffer);
        await this.handle.sync();
      } catch (error) {
        await this.fail(batch, error as Error);
        break;
      }
      this.goodLength += buffer.length;
      for (const pending of batch) pending.resolve();
    }
    this.flushing = null;
  }

  // A write may be short (a full disk): loop until every byte is written, or fail.
  private async writeAll(buffer: Buffer): Promise<void> {
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, offset, buffer.length - offset);
      if (bytesWritten <= 0) throw new Error(`wrote no bytes (${buffer.length - offset} left)`);
      offset += bytesWritten;
    }
  }

  private async fail(batch: PendingWrite[], cause: Error): Promise<void> {
    const failure = new JournalFailedError(
      `journal ${this.path} failed (${cause.message}); changes are refused until a restart`,
      { cause },
    );
    this.failure = failure;
    let cut = 'cut back to the last durable entry';
    try {
      await this.handle.truncate(this.goodLength);
      await this.handle.sync();
    } catch (error) {
      cut = `could not be cut back (${(error as Error).message}); check its last line`;
    }
    this.warn(`${failure.message}; the file ${cut}`);
    // Everything after the last durable batch is undone, latest first, then rejected.
    const lost = [...batch, ...this.queue].reverse();
    this.queue = [];
    for (const pending of lost) pending.undo();
    for (const pending of lost) pending.reject(failure);
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
