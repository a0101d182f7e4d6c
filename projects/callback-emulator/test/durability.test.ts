import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startEmulator } from '../src/server.js';
import { bookV3, call, CARE_KEY, T0, TEST_CONFIG } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('durable bookings (--data)', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'callback-emulator-'));
  });
  after(() => rm(directory, { recursive: true, force: true }));

  const open = (dataFile: string, warn?: (message: string) => void) =>
    startEmulator({
      config: TEST_CONFIG,
      quiet: true,
      now: () => T0,
      dataFile,
      ...(warn ? { warn } : {}),
    });
  const list = async (base: string) =>
    (await call('GET', `${base}/__emulator/callbacks`)).json.callbacks as Record<string, unknown>[];

  it('replays bookings, cancellations and resets after a restart', async () => {
    const dataFile = join(directory, 'replay.jsonl');
    let emulator = await open(dataFile);
    const kept = await bookV3(emulator.url, {
      phoneNumber: '5551111111',
      desiredTime: '2030-01-07T09:00:00.000Z',
    });
    const cancelled = await bookV3(emulator.url, {
      phoneNumber: '5552222222',
      desiredTime: '2030-01-07T09:00:00.000Z',
    });
    await call('POST', `${emulator.url}/engagement/v3/callbacks/cancel`, {
      headers: CARE_KEY,
      body: { id: cancelled },
    });
    const before = await list(emulator.url);
    await emulator.close();

    emulator = await open(dataFile);
    assert.deepEqual(await list(emulator.url), before);
    assert.equal((await call('GET', `${emulator.url}/__emulator/health`)).json.durable, true);
    const seats = await call(
      'GET',
      `${emulator.url}/genesys/1/service/callback/care/availability?start=2030-01-07T09:00:00Z&end=2030-01-07T09:15:00Z`,
    );
    assert.deepEqual(seats.json, { '2030-01-07T09:00:00.000Z': 1 }, `only ${kept} holds a seat`);
    await call('DELETE', `${emulator.url}/__emulator/callbacks`);
    await emulator.close();

    emulator = await open(dataFile);
    assert.deepEqual(await list(emulator.url), []);
    await emulator.close();
  });

  it('drops a torn last line, skips unreadable ones, and appends on a clean line', async () => {
    const dataFile = join(directory, 'torn.jsonl');
    let emulator = await open(dataFile);
    await bookV3(emulator.url, { phoneNumber: '5551111111' });
    await emulator.close();
    await appendFile(dataFile, 'not json at all\n{"op":"book","record":{"id":"half');
    const warnings: string[] = [];
    emulator = await open(dataFile, (message) => warnings.push(message));
    assert.equal((await list(emulator.url)).length, 1);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0] ?? '', /dropped a torn last line/);
    assert.match(warnings[1] ?? '', /skipped unreadable line 2/);
    await bookV3(emulator.url, { phoneNumber: '5552222222' });
    await emulator.close();
    emulator = await open(dataFile, () => undefined);
    assert.equal((await list(emulator.url)).length, 2);
    await emulator.close();
    assert.ok((await readFile(dataFile, 'utf8')).endsWith('}\n'));
  });

  it('loses and duplicates nothing when the CLI is killed with SIGKILL mid-load', async () => {
    const dataFile = join(directory, 'killed.jsonl');
    const configFile = join(directory, 'big.json');
    await writeFile(
      configFile,
      JSON.stringify({
        services: { big: { capacity: 100000, apiKey: 'k', maxCallbacksPerNumberPerDay: 100000 } },
      }),
    );
    const desiredTime = new Date(Date.now() + 86_400_000).toISOString();
    const book = (base: string, index: number) =>
      call('POST', `${base}/engagement/v3/callbacks/create`, {
        headers: { 'x-api-key': 'k' },
        body: {
          serviceName: 'big',
          phoneNumber: `+1555${String(index).padStart(7, '0')}`,
          desiredTime,
        },
      });

    // Phase 1: 16 workers book as fast as they can; SIGKILL lands while requests are in flight.
    let child = await startCli(configFile, dataFile);
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed) {
        const answer = await book(child.url, sent++).catch(() => undefined);
        if (answer?.status === 200) acknowledged.push(answer.json.data.id as string);
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    child.process.kill('SIGKILL');
    killed = true;
    await Promise.all([...workers, child.exited]);

    child = await startCli(configFile, dataFile);
    let ids = (await list(child.url)).map((record) => record['id'] as string);
    assert.equal(new Set(ids).size, ids.length, 'no duplicate ids');
    const missing = acknowledged.filter((id) => !ids.includes(id));
    assert.deepEqual(missing, [], 'every acknowledged booking survived');
    assert.ok(ids.length <= sent);

    // Phase 2: sequential bookings, SIGKILL right after the last 200: exactly those are added.
    const before = ids.length;
    for (let index = 0; index < 10; index++)
      assert.equal((await book(child.url, 100_000 + index)).status, 200);
    child.process.kill('SIGKILL');
    await child.exited;
    child = await startCli(configFile, dataFile);
    ids = (await list(child.url)).map((record) => record['id'] as string);
    assert.equal(ids.length, before + 10);
    assert.equal(new Set(ids).size, ids.length);
    child.process.kill('SIGTERM');
    assert.equal(await child.exited, 0);
  });
});

/** Starts the CLI as a child process and waits for its "ready at URL" line. */
async function startCli(
  configFile: string,
  dataFile: string,
): Promise<{ process: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--port', '0', '--config', configFile, '--data', dataFile, '--quiet'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
  return { process: child, url, exited };
}
