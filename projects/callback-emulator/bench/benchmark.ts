import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadRequest, type LoadResult } from './load-generator.js';
import type { ServerCommand, ServerReport } from './measured-server.js';

/**
 * Benchmark: runs the emulator in a child process (so it does not share an event loop or
 * CPU accounting with the load generator) and measures, per scenario, the server's CPU time
 * per request, requests/s and p50/p99 latency, for availability and schedule of both APIs,
 * in memory and with the fsynced journal. Each availability scenario is also measured, in
 * alternating rounds, against a bare `node:http` server that sends the very same status, headers and body:
 * the floor, and the ratio to it is what the emulator's targets are about (req/s alone is
 * noise on a shared machine).
 *
 *   npm run bench:emulator -- [--workers 50] [--seconds 5] [--rounds 3] [--only availability]
 */
const SERVER = fileURLToPath(new URL('./measured-server.ts', import.meta.url));
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
  /** Target CPU per request as a multiple of the bare server's, when compared to it. */
  readonly targetRatio?: number;
}

/** One measured run: the load figures and the server's CPU per request. */
interface Measured {
  readonly name: string;
  readonly result: LoadResult;
  readonly cpuMicrosPerRequest: number;
  readonly bareCpuMicrosPerRequest?: number;
  readonly targetRatio?: number;
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
    targetRatio: 2.5,
    next: (base) => ({
      method: 'GET',
      url: `${base}/engagement/v3/callbacks/availability/bench?numberOfDays=1&timezone=Europe/Paris`,
      headers: { 'x-api-key': KEY, 'Content-Type': 'application/json' },
    }),
  },
  {
    name: 'v1 availability (1 day, 96 slots)',
    durable: false,
    targetRatio: 3,
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
  const only = stringArg('--only');
  const rounds = numberArg('--rounds', 3);
  const directory = await mkdtemp(join(tmpdir(), 'callback-emulator-bench-'));
  const configFile = join(directory, 'bench-services.json');
  await writeFile(configFile, JSON.stringify(BENCH_CONFIG));
  console.log(
    `Node ${process.version}, ${availableParallelism()} CPUs; ${workers} workers, ${seconds} s per scenario, keep-alive`,
  );
  const rows: Measured[] = [];
  const measure = async (server: MeasuredServer, scenario: Scenario) => {
    // A short warm-up lets the JIT and the connection pool settle before measuring.
    await runLoad({ workers, durationMs: 1000, next: (n) => scenario.next(server.url, 1e9 + n) });
    const cpuBefore = await server.cpuMicros();
    const result = await runLoad({
      workers,
      durationMs: seconds * 1000,
      next: (n) => scenario.next(server.url, n),
    });
    const cpu = (await server.cpuMicros()) - cpuBefore;
    return { result, cpuMicrosPerRequest: cpu / Math.max(1, result.requests) };
  };
  try {
    for (const durable of [false, true]) {
      const scenarios = SCENARIOS.filter(
        (candidate) =>
          candidate.durable === durable && (only === undefined || candidate.name.includes(only)),
      );
      if (scenarios.length === 0) continue;
      const dataFile = durable ? join(directory, 'bench.jsonl') : undefined;
      const emulator = await startServer({
        type: 'emulator',
        config: configFile,
        ...(dataFile === undefined ? {} : { dataFile }),
      });
      try {
        for (const scenario of scenarios) {
          let measured = await measure(emulator, scenario);
          let bare: number | undefined;
          if (scenario.targetRatio !== undefined) {
            // Side by side in alternating rounds, so that a busy moment of a shared machine
            // hits both servers alike; the medians are compared.
            const answer = await fetchOnce(scenario.next(emulator.url, 0));
            const floor = await startServer({ type: 'bare', ...answer });
            try {
              const own = [measured];
              const floors = [await measure(floor, scenario)];
              for (let round = 1; round < rounds; round++) {
                own.push(await measure(emulator, scenario));
                floors.push(await measure(floor, scenario));
              }
              measured = medianRun(own);
              bare = medianRun(floors).cpuMicrosPerRequest;
            } finally {
              floor.process.kill('SIGTERM');
            }
          }
          rows.push({
            name: scenario.name,
            ...measured,
            ...(bare === undefined ? {} : { bareCpuMicrosPerRequest: bare }),
            ...(scenario.targetRatio === undefined ? {} : { targetRatio: scenario.targetRatio }),
          });
          console.log(`  done: ${scenario.name}`);
        }
      } finally {
        emulator.process.kill('SIGTERM');
      }
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  printTable(rows, workers);
}

function printTable(rows: readonly Measured[], workers: number): void {
  const header = [
    'scenario',
    'workers',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'CPU µs/req',
    'bare µs/req',
    'ratio',
    'target',
    'statuses',
  ];
  const lines = rows.map(
    ({ name, result, cpuMicrosPerRequest, bareCpuMicrosPerRequest, targetRatio }) => [
      name,
      String(workers),
      String(result.requests),
      result.requestsPerSecond.toFixed(0),
      result.p50Ms.toFixed(2),
      result.p99Ms.toFixed(2),
      result.maxMs.toFixed(1),
      cpuMicrosPerRequest.toFixed(1),
      bareCpuMicrosPerRequest === undefined ? '-' : bareCpuMicrosPerRequest.toFixed(1),
      bareCpuMicrosPerRequest === undefined
        ? '-'
        : `${(cpuMicrosPerRequest / bareCpuMicrosPerRequest).toFixed(2)}x`,
      targetRatio === undefined ? '-' : `<= ${targetRatio}x`,
      Object.entries(result.statuses)
        .map(([status, count]) => `${status}:${count}`)
        .join(' '),
    ],
  );
  const last = header.length - 1;
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 || column === last
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

/** A measured server process. */
interface MeasuredServer {
  readonly process: ChildProcess;
  readonly url: string;
  /** User + system CPU the process has used so far, in microseconds. */
  cpuMicros(): Promise<number>;
}

async function startServer(command: ServerCommand): Promise<MeasuredServer> {
  const child = fork(SERVER, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const next = <T extends ServerReport['type']>(type: T) =>
    new Promise<Extract<ServerReport, { type: T }>>((resolve, reject) => {
      const onMessage = (message: ServerReport) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<ServerReport, { type: T }>);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`the measured server exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = next('ready');
  child.send(command);
  const { url } = await ready;
  return {
    process: child,
    url,
    cpuMicros: async () => {
      const answer = next('cpu');
      child.send({ type: 'cpu' } satisfies ServerCommand);
      return (await answer).micros;
    },
  };
}

// One answer of the emulator, recorded for the bare server to send back verbatim.
function fetchOnce(
  spec: LoadRequest,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(spec.url, { method: spec.method, headers: spec.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const headers = { ...res.headers };
        // Framing is the bare server's own business (it keeps the connection alive).
        delete headers['connection'];
        delete headers['keep-alive'];
        delete headers['date'];
        resolve({ status: res.statusCode ?? 200, headers, body });
      });
    });
    req.on('error', reject);
    req.end(spec.body);
  });
}

// The run with the median CPU per request (its load figures come with it).
function medianRun<T extends { readonly cpuMicrosPerRequest: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.cpuMicrosPerRequest - b.cpuMicrosPerRequest);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no runs to take a median of');
  return middle;
}

function stringArg(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
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
