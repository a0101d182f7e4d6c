import assert from 'node:assert/strict';
import { open, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { JournalHandle } from '../src/booking/journal.js';
import { startEmulator, type EmulatorOptions } from '../src/server.js';
import { bookV3, call, CARE_KEY, T0, TEST_CONFIG } from './helpers.js';

/** How the injected journal handle misbehaves. */
interface Control {
  /** Bytes written per call at most (short writes). */
  maxChunk: number;
  /** While set, writes wait for it; `reached` resolves when one does. */
  gate?: Promise<void>;
  reached?: () => void;
  /** The next write stores half its bytes, then fails with ENOSPC. */
  failNext: boolean;
}

function injectedHandle(control: Control): EmulatorOptions['openJournalHandle'] {
  return async (path) => {
    const real = await open(path, 'a');
    const handle: JournalHandle = {
      write: async (buffer, offset, length) => {
        if (control.gate !== undefined) {
          control.reached?.();
          await control.gate;
        }
        if (control.failNext) {
          control.failNext = false;
          await real.write(buffer, offset, Math.ceil(length / 2));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        return real.write(buffer, offset, Math.min(length, control.maxChunk));
      },
      sync: () => real.sync(),
      truncate: (length) => real.truncate(length),
      close: () => real.close(),
    };
    return handle;
  };
}

describe('journal writes', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'callback-emulator-journal-'));
  });
  after(() => rm(directory, { recursive: true, force: true }));

  const start = (dataFile: string, extra: EmulatorOptions = {}) =>
    startEmulator({ config: TEST_CONFIG, quiet: true, now: () => T0, dataFile, ...extra });
  const list = async (base: string) =>
    (await call('GET', `${base}/__emulator/callbacks`)).json.callbacks as Record<string, unknown>[];
  const at9 = '2030-01-07T09:00:00.000Z';

  it('writes the whole line when the disk takes a few bytes at a time', async () => {
    const dataFile = join(directory, 'short.jsonl');
    const control: Control = { maxChunk: 7, failNext: false };
    let emulator = await start(dataFile, { openJournalHandle: injectedHandle(control) });
    await Promise.all(
      ['5551111111', '5552222222'].map((phoneNumber) => bookV3(emulator.url, { phoneNumber })),
    );
    await emulator.close();
    emulator = await start(dataFile);
    assert.equal((await list(emulator.url)).length, 2);
    await emulator.close();
  });

  it('stops at the first failed write: no oversold seat, 500s, health, and a clean file', async () => {
    const dataFile = join(directory, 'failing.jsonl');
    const warnings: string[] = [];
    const control: Control = { maxChunk: 1 << 20, failNext: false };
    let emulator = await start(dataFile, {
      openJournalHandle: injectedHandle(control),
      warn: (message) => warnings.push(message),
    });
    const a = await bookV3(emulator.url, { phoneNumber: '5551111111', desiredTime: at9 });
    await bookV3(emulator.url, { phoneNumber: '5552222222', desiredTime: at9 });
    const durable = await readFile(dataFile, 'utf8');

    // Batch 1 (cancel A) hangs in its write; B takes the freed seat in batch 2; batch 1 fails.
    let release = (): void => undefined;
    control.gate = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (control.reached = resolve));
    const cancel = call('POST', `${emulator.url}/engagement/v3/callbacks/cancel`, {
      headers: CARE_KEY,
      body: { id: a },
    });
    await reached;
    const bookB = call('POST', `${emulator.url}/engagement/v3/callbacks/create`, {
      headers: CARE_KEY,
      body: { serviceName: 'care', phoneNumber: '5553333333', desiredTime: at9 },
    });
    while ((await list(emulator.url)).length < 3) await new Promise((r) => setTimeout(r, 5));
    control.failNext = true;
    control.gate = undefined;
    release();

    for (const answer of [await cancel, await bookB]) {
      assert.equal(answer.status, 500);
      assert.equal(answer.json.status.code, 500, answer.text);
      assert.match(answer.text, /journal .* failed \(no space left on device\)/);
    }
    const later = await call('POST', `${emulator.url}/genesys/1/service/callback/care`, {
      form: true,
      body: { _customer_number: '5554444444' },
    });
    assert.equal(later.status, 500);
    assert.match(later.json.exception, /GSGException/);
    const health = await call('GET', `${emulator.url}/__emulator/health`);
    assert.equal(health.json.status, 'journal-failed');
    assert.match(health.json.journalError, /no space left on device/);
    const records = await list(emulator.url);
    assert.deepEqual(
      records.map((record) => record['state']),
      ['SCHEDULED', 'SCHEDULED'],
      'A is booked again and B is not',
    );
    assert.equal(await readFile(dataFile, 'utf8'), durable, 'the torn fragment is cut off');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /cut back to the last durable entry/);
    await emulator.close();

    emulator = await start(dataFile);
    assert.deepEqual(await list(emulator.url), records);
    await emulator.close();
  });

  it('skips replayed bookings that miss a required field, with a warning each', async () => {
    const dataFile = join(directory, 'invalid.jsonl');
    const emulator0 = await start(dataFile);
    await bookV3(emulator0.url, { phoneNumber: '5551111111' });
    await emulator0.close();
    const [good] = (await readFile(dataFile, 'utf8')).split('\n');
    const record = (JSON.parse(good ?? '') as { record: Record<string, unknown> }).record;
    const without = (field: string) => {
      const copy: Record<string, unknown> = { ...record, id: `no-${field}` };
      delete copy[field];
      return JSON.stringify({ op: 'book', record: copy });
    };
    const lines = [good, without('createdAt'), without('phoneNumber'), '{"op":"cancel"}'];
    await writeFile(dataFile, `${lines.join('\n')}\n`);
    const warnings: string[] = [];
    const emulator = await start(dataFile, { warn: (message) => warnings.push(message) });
    assert.deepEqual(
      (await list(emulator.url)).map((entry) => entry['id']),
      [record['id']],
    );
    assert.deepEqual(warnings, [
      `journal ${dataFile}: skipped line 2: book record without a valid \`createdAt\``,
      `journal ${dataFile}: skipped line 3: book record without a valid \`phoneNumber\``,
      `journal ${dataFile}: skipped line 4: cancel without an id`,
    ]);
    await emulator.close();
  });
});
