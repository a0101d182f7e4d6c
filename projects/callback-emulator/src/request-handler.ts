import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_PREFIX, renderAdminError } from './admin-routes.js';
import type { FaultInjector } from './fault-injection.js';
import {
  adminCorsHeaders,
  answerAdminPreflight,
  checkAdminRequest,
  type OriginPolicy,
} from './http/admin-access.js';
import { ApiError } from './http/api-error.js';
import { isClientAbort, parseBody, readBody, type BodyFields } from './http/body-parsing.js';
import { answerPreflight, corsHeaders } from './http/cors.js';
import { matchRoute, type Reply, type RequestContext, type RouteGroup } from './http/router.js';

/** What the request pipeline needs. */
export interface PipelineOptions {
  readonly groups: readonly RouteGroup[];
  readonly faults: FaultInjector;
  readonly maxBodyBytes: number;
  /** Pages allowed to call the admin API. */
  readonly adminOrigins: OriginPolicy;
  /** Receives one line per request; `undefined` keeps quiet. */
  readonly log: ((line: string) => void) | undefined;
  /** Receives unexpected failures (the client gets a 500). */
  readonly warn: (message: string) => void;
  /** Aborted on shutdown: pending fault latencies end at once instead of holding the process. */
  readonly shutdown: AbortSignal;
}

/**
 * Builds the `node:http` request listener: CORS preflight, then armed faults (never on the
 * admin API), then the route, with every failure answered as JSON in the route's shape, so
 * no input can crash the process. Logs `METHOD /path STATUS 12ms` per request.
 */
export function createRequestHandler(
  options: PipelineOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const startedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = requestUrl(req.url);
    const corrId = randomUUID();
    if (options.log !== undefined) {
      const log = options.log;
      res.on('close', () => {
        const status = res.writableFinished ? String(res.statusCode) : 'dropped';
        log(`${method} ${url.pathname} ${status} ${Math.round(performance.now() - startedAt)}ms`);
      });
    }
    handle(options, req, res, method, url, corrId).catch((error: unknown) => {
      if (isClientAbort(error)) options.log?.(`${method} ${url.pathname} aborted by the client`);
      else
        options.warn(
          `unexpected failure on ${method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`,
        );
      if (!res.headersSent && !res.destroyed) res.destroy();
    });
  };
}

async function handle(
  options: PipelineOptions,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  url: URL,
  corrId: string,
): Promise<void> {
  const idHeader = { 'X-Correlation-Id': corrId };
  const isAdmin = url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`);
  if (method === 'OPTIONS') {
    if (isAdmin) answerAdminPreflight(req, res, options.adminOrigins, idHeader);
    else answerPreflight(req, res, idHeader);
    return;
  }
  const origin = req.headers.origin;
  const cors = !isAdmin
    ? corsHeaders()
    : options.adminOrigins.allows(origin)
      ? adminCorsHeaders(origin)
      : {};
  if (isAdmin) {
    try {
      checkAdminRequest(req, options.adminOrigins);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      req.resume();
      send(res, renderAdminError(error), corrId, cors);
      return;
    }
  }
  const matched = matchRoute(options.groups, method, url.pathname);
  const renderError = (error: ApiError): Reply =>
    matched.group?.renderError(error, corrId) ?? renderAdminError(error);
  let bodyPromise: Promise<BodyFields> | undefined;
  const body = (): Promise<BodyFields> =>
    (bodyPromise ??= readBody(req, options.maxBodyBytes).then((raw) =>
      parseBody(raw, req.headers['content-type']),
    ));
  const fault = isAdmin ? undefined : options.faults.take(method, url.pathname);
  if (fault !== undefined) {
    if (fault.latencyMs > 0) {
      // The body is read first, and a client that leaves ends the wait: no handler lingers.
      if (method !== 'GET' && method !== 'HEAD') await body().catch(() => undefined);
      const gone = new AbortController();
      const onClose = (): void => gone.abort();
      res.once('close', onClose);
      try {
        const signal = AbortSignal.any([options.shutdown, gone.signal]);
        await sleep(fault.latencyMs, undefined, { signal });
      } catch {
        req.socket.destroy();
        if (!options.shutdown.aborted)
          options.log?.(`${method} ${url.pathname} aborted by the client`);
        return;
      } finally {
        res.off('close', onClose);
      }
    }
    if (fault.drop) {
      // No answer at all: the client sees a reset connection (status 0 in a browser).
      req.socket.destroy();
      return;
    }
    if (fault.status !== undefined) {
      const error = new ApiError('injected', `Injected fault: HTTP ${fault.status}.`, {
        status: fault.status,
        ...(fault.retryAfterSec === undefined ? {} : { retryAfterSec: fault.retryAfterSec }),
      });
      const reply = renderError(error);
      send(res, fault.body === undefined ? reply : { ...reply, body: fault.body }, corrId, cors);
      return;
    }
  }
  if ('error' in matched) {
    send(res, renderError(matched.error), corrId, cors);
    return;
  }
  const context: RequestContext = {
    req,
    url,
    params: matched.params,
    corrId,
    body,
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
  };
  let reply: Reply;
  try {
    reply = await matched.route.handle(context);
  } catch (error) {
    if (error instanceof ApiError) {
      reply = renderError(error);
    } else if (isClientAbort(error)) {
      options.log?.(`${method} ${url.pathname} aborted by the client`);
      return;
    } else {
      options.warn(`${method} ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`);
      reply = renderError(
        new ApiError('internal', `The emulator failed: ${(error as Error).message}`),
      );
    }
  }
  send(res, reply, corrId, cors);
}

/** Writes a JSON reply with CORS and correlation headers, unless the client is gone. */
function send(res: ServerResponse, reply: Reply, corrId: string, cors: OutgoingHttpHeaders): void {
  if (res.headersSent || res.destroyed) return;
  const payload = Buffer.from(JSON.stringify(reply.body ?? {}), 'utf8');
  res.writeHead(reply.status, {
    ...cors,
    'Content-Type': 'application/json',
    'Content-Length': String(payload.length),
    'Cache-Control': 'no-store',
    'X-Correlation-Id': corrId,
    ...reply.headers,
  });
  res.end(payload);
}

// Prefixing the origin keeps a request target such as "//host/x" a path, never a host.
function requestUrl(target: string | undefined): URL {
  const path = target === undefined || target === '' ? '/' : target;
  try {
    return new URL(`http://emulator.invalid${path.startsWith('/') ? '' : '/'}${path}`);
  } catch {
    return new URL('http://emulator.invalid/');
  }
}
