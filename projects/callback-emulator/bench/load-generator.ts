import { Agent, request } from 'node:http';

/** One request of a load scenario. */
export interface LoadRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** What a scenario measured. */
export interface LoadResult {
  readonly requests: number;
  readonly durationMs: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Answers by status, e.g. `{ 200: 9000, 429: 12 }`; `error` counts failed connections. */
  readonly statuses: Record<string, number>;
}

/** Options of `runLoad`. */
export interface LoadOptions {
  /** Concurrent workers, each sending its next request as soon as the previous one is answered. */
  readonly workers: number;
  readonly durationMs: number;
  /** Builds the n-th request (n counts across workers, from 0). */
  readonly next: (n: number) => LoadRequest;
}

/**
 * A closed-loop load generator on `node:http` with a keep-alive agent: `workers` loops
 * send requests back to back for `durationMs`, and every latency is recorded for exact
 * percentiles.
 *
 * ```ts
 * const result = await runLoad({ workers: 50, durationMs: 5000, next: () => ({ method: 'GET', url }) });
 * ```
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.workers });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let counter = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const spec = options.next(counter++);
      const sent = performance.now();
      const status = await send(agent, spec);
      latencies.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const durationMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    durationMs,
    requestsPerSecond: (latencies.length / durationMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? 0,
    statuses,
  };
}

function send(agent: Agent, spec: LoadRequest): Promise<string> {
  return new Promise<string>((resolve) => {
    const headers: Record<string, string> = { ...spec.headers };
    if (spec.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(spec.body));
    const req = request(spec.url, { method: spec.method, headers, agent }, (res) => {
      // Drain the body so the keep-alive socket is reused.
      res.resume();
      res.on('end', () => resolve(String(res.statusCode)));
      res.on('error', () => resolve('error'));
    });
    req.on('error', () => resolve('error'));
    req.end(spec.body);
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}
