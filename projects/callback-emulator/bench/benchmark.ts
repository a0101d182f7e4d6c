import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadRequest, type LoadResult } from './load-generator.js';

/**
 * Benchmark: starts the emulator CLI as a child process (so it does not share an event loop
 * with the load generator), then measures requests/s and p50/p99 latency for availability
 * and schedule of both APIs, in memory and with the fsynced journal.
 *
 *   node_modules/.bin/tsx projects/callback-emulator/bench/benchmark.ts [--workers 50] [--seconds 5]
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const KEY = 'bench-key';
const DAY_MS = 86_400_000;
// 24/7, 15-minute slots, room for every booking the benchmark makes.
const BENCH_CONFIG = {
  services: {
    bench: {
      slotMinutes: 15,
      capacity: 10_000_000,
      apiKey: KEY,
      maxCallbacksPerNumberPerDay: 10_000_000,
      preBooked: [{ from: '09:00', to: '10:00', count: 3 }],
    },
  },
};

interface Scenario {
  readonly name: string;
  readonly durable: boolean;
  readonly next: (base: string, n: number) => LoadRequest;
}

const desiredTime = (n: number): string =>
  new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS + (n % (30 * 96)) * 900_000).toISOString();
const phone = (n: number): string => `+1555${String(n % 10_000_000).padStart(7, '0')}`;

const v1Schedule = (base: string, n: number): LoadRequest => ({
  method: 'POST',
  url: `${base}/genesys/1/service/callback/bench`,
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    _customer_number: phone(n),
    _desired_time: desiredTime(n),
    firstname: 'Ann',
    subject: 'bench',
  }).toString(),
});
const v3Schedule = (base: string, n: number): LoadRequest => ({
  method: 'POST',
  url: `${base}/engagement/v3/callbacks/create`,
  headers: { 'Content-Type': 'application/json', 'x-api-key': KEY },
  body: JSON.stringify({
    serviceName: 'bench',
    phoneNumber: phone(n),
    desiredTime: desiredTime(n),
    userData: { firstname: 'Ann', subject: 'bench' },
  }),
});

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'v3 availability (1 day, 96 slots)',
    durable: false,
    next: (base) => ({
      method: 'GET',
      url: `${base}/engagement/v3/callbacks/availability/bench?numberOfDays=1&timezone=Europe/Paris`,
      headers: { 'x-api-key': KEY, 'Content-Type': 'application/json' },
    }),
  },
  {
    name: 'v1 availability (1 day, 96 slots)',
    durable: false,
    next: (base) => ({
      method: 'GET',
      url: `${base}/genesys/1/service/callback/bench/availability?number-of-days=1`,
    }),
  },
  { name: 'v1 schedule (memory)', durable: false, next: v1Schedule },
  { name: 'v3 schedule (memory)', durable: false, next: v3Schedule },
  { name: 'v1 schedule (--data, fsync)', durable: true, next: v1Schedule },
  { name: 'v3 schedule (--data, fsync)', durable: true, next: v3Schedule },
];

async function main(): Promise<void> {
  const workers = numberArg('--workers', 50);
  const seconds = numberArg('--seconds', 5);
  const directory = await mkdtemp(join(tmpdir(), 'callback-emulator-bench-'));
  const configFile = join(directory, 'bench-services.json');
  await writeFile(configFile, JSON.stringify(BENCH_CONFIG));
  console.log(
    `Node ${process.version}, ${availableParallelism()} CPUs; ${workers} workers, ${seconds} s per scenario, keep-alive`,
  );
  const rows: [string, LoadResult][] = [];
  try {
    for (const durable of [false, true]) {
      const dataFile = durable ? join(directory, 'bench.jsonl') : undefined;
      const emulator = await startCli(configFile, dataFile);
      try {
        for (const scenario of SCENARIOS.filter((candidate) => candidate.durable === durable)) {
          // A short warm-up lets the JIT and the connection pool settle before measuring.
          await runLoad({
            workers,
            durationMs: 1000,
            next: (n) => scenario.next(emulator.url, 1e9 + n),
          });
          const result = await runLoad({
            workers,
            durationMs: seconds * 1000,
            next: (n) => scenario.next(emulator.url, n),
          });
          rows.push([scenario.name, result]);
          console.log(`  done: ${scenario.name}`);
        }
      } finally {
        emulator.kill('SIGTERM');
      }
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  printTable(rows, workers);
}

function printTable(rows: readonly [string, LoadResult][], workers: number): void {
  const header = [
    'scenario',
    'workers',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'statuses',
  ];
  const lines = rows.map(([name, result]) => [
    name,
    String(workers),
    String(result.requests),
    result.requestsPerSecond.toFixed(0),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    result.maxMs.toFixed(1),
    Object.entries(result.statuses)
      .map(([status, count]) => `${status}:${count}`)
      .join(' '),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 || column === 7
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

async function startCli(
  configFile: string,
  dataFile: string | undefined,
): Promise<ChildProcess & { url: string }> {
  const args = ['--import', 'tsx', CLI, '--port', '0', '--config', configFile, '--quiet'];
  if (dataFile !== undefined) args.push('--data', dataFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
  return Object.assign(child, { url });
}

function numberArg(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index < 0 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
