import { randomUUID } from 'node:crypto';
import { ApiError, quote } from './http/api-error.js';
import { PathGlob } from './path-glob.js';

const METHODS = new Set(['*', 'GET', 'POST', 'PUT', 'DELETE']);
const MAX_LATENCY_MS = 120_000;
const MAX_COUNT = 1_000_000;
const MAX_PATTERN_LENGTH = 500;
const MAX_GLOBS = 20;

/**
 * A fault armed for the next `remaining` requests that match `method`, `path` (a prefix) and
 * `pathGlob` (any one of its patterns, see `PathGlob`): an added latency, then either a status
 * answered in the route's error shape (or with `body`), a dropped connection, or — with
 * latency only — the normal answer.
 */
export interface Fault {
  readonly id: string;
  readonly method: string;
  readonly path?: string;
  readonly pathGlob?: readonly string[];
  readonly latencyMs: number;
  readonly status?: number;
  readonly body?: unknown;
  readonly drop: boolean;
  readonly retryAfterSec?: number;
  readonly createdAt: string;
  /** Matching requests this fault still applies to. */
  remaining: number;
  /** Requests it has applied to so far. */
  hits: number;
}

/**
 * The armed faults, first armed first matched. Admin routes and CORS preflights are never
 * faulted (the pipeline does not ask), so tests can always disarm them.
 *
 * ```ts
 * faults.add({ method: 'POST', path: '/engagement/v3/callbacks/create', status: 503, count: 2 }, now);
 * ```
 */
export class FaultInjector {
  private faults: { fault: Fault; globs: readonly PathGlob[] | undefined }[] = [];

  /** Validates a fault description (the JSON of `POST /__emulator/faults`) and arms it. */
  add(raw: unknown, createdAt: string): Fault {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw invalid(
        'The fault must be a JSON object such as {"method":"POST","path":"/engagement","status":503}.',
      );
    }
    const input = raw as Record<string, unknown>;
    const known = new Set([
      'method',
      'path',
      'pathGlob',
      'count',
      'latencyMs',
      'status',
      'body',
      'drop',
      'retryAfterSec',
    ]);
    const unknown = Object.keys(input).filter((key) => !known.has(key) && key !== 'pathRegex');
    if (unknown.length > 0)
      throw invalid(`Unknown fault option ${quote(unknown[0])}; known: ${[...known].join(', ')}.`);
    const method = input['method'] === undefined ? '*' : String(input['method']).toUpperCase();
    if (!METHODS.has(method))
      throw invalid(
        `\`method\` must be one of ${[...METHODS].join(', ')}, got ${quote(input['method'])}.`,
      );
    const path = optionalString(input['path'], 'path');
    if (path !== undefined && !path.startsWith('/'))
      throw invalid(`\`path\` must start with "/", got ${quote(path)}.`);
    if (input['pathRegex'] !== undefined)
      throw invalid(
        '`pathRegex` is no longer supported (a pattern could block the emulator): use `pathGlob`, e.g. "/genesys/1/service/callback/*" or ["/engagement/**", "/genesys/**"].',
      );
    const globs = pathGlobs(input['pathGlob']);
    const count = integer(input['count'], 'count', 1, MAX_COUNT) ?? 1;
    const latencyMs = integer(input['latencyMs'], 'latencyMs', 0, MAX_LATENCY_MS) ?? 0;
    const status = integer(input['status'], 'status', 200, 599);
    // 1xx, 204, 3xx… cannot (or must not) carry the JSON body every answer has.
    if (status !== undefined && status !== 200 && status !== 201 && status < 400)
      throw invalid(`\`status\` must be 200, 201 or 400 to 599, got ${status}.`);
    const drop = input['drop'] ?? false;
    if (typeof drop !== 'boolean')
      throw invalid(`\`drop\` must be true or false, got ${quote(drop)}.`);
    if (drop && status !== undefined)
      throw invalid('A fault either answers a `status` or drops the connection, not both.');
    if (!drop && status === undefined && latencyMs === 0)
      throw invalid('A fault needs `latencyMs`, `status` or `drop`.');
    if (input['body'] !== undefined && status === undefined)
      throw invalid('`body` needs a `status` to answer with.');
    const defaultRetryAfter = status === 429 || status === 503 ? 1 : undefined;
    const retryAfterSec =
      integer(input['retryAfterSec'], 'retryAfterSec', 0, 86_400) ?? defaultRetryAfter;
    const fault: Fault = {
      id: randomUUID(),
      method,
      ...(path === undefined ? {} : { path }),
      ...(globs === undefined ? {} : { pathGlob: globs.map((glob) => glob.source) }),
      latencyMs,
      ...(status === undefined ? {} : { status }),
      ...(input['body'] === undefined ? {} : { body: input['body'] }),
      drop,
      ...(retryAfterSec === undefined ? {} : { retryAfterSec }),
      createdAt,
      remaining: count,
      hits: 0,
    };
    this.faults.push({ fault, globs });
    return { ...fault };
  }

  /** Copies of the armed faults. */
  list(): Fault[] {
    return this.faults.map(({ fault }) => ({ ...fault }));
  }

  /** Disarms every fault; returns how many there were. */
  clear(): number {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }

  /** The first fault matching a request, consumed once (removed when used up). */
  take(method: string, pathname: string): Fault | undefined {
    const index = this.faults.findIndex(({ fault, globs }) => {
      if (fault.method !== '*' && fault.method !== method) return false;
      if (fault.path !== undefined && !pathname.startsWith(fault.path)) return false;
      return globs === undefined || globs.some((glob) => glob.matches(pathname));
    });
    const entry = index < 0 ? undefined : this.faults[index];
    if (entry === undefined) return undefined;
    entry.fault.remaining--;
    entry.fault.hits++;
    if (entry.fault.remaining <= 0) this.faults.splice(index, 1);
    return { ...entry.fault };
  }
}

// `pathGlob`: one pattern or a list of them, each starting with "/".
function pathGlobs(value: unknown): PathGlob[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.length > MAX_GLOBS)
    throw invalid(`\`pathGlob\` must be a pattern or a list of 1 to ${MAX_GLOBS} patterns.`);
  return list.map((item) => {
    const glob = PathGlob.parse(optionalString(item, 'pathGlob') ?? '');
    if (glob === null)
      throw invalid(`\`pathGlob\` patterns must start with "/", got ${quote(item)}.`);
    return glob;
  });
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '' || value.length > MAX_PATTERN_LENGTH) {
    throw invalid(
      `\`${name}\` must be a non-empty string of at most ${MAX_PATTERN_LENGTH} characters.`,
    );
  }
  return value;
}

function integer(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`\`${name}\` must be a whole number from ${min} to ${max}, got ${quote(value)}.`);
  }
  return value;
}

function invalid(message: string): ApiError {
  return new ApiError('invalid-parameter', message);
}
