import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ADMIN_PREFIX, renderAdminError } from './admin-routes.js';
import { applyFault } from './apply-fault.js';
import type { FaultInjector } from './fault-injection.js';
import {
  adminCorsHeaders,
  answerAdminPreflight,
  checkAdminRequest,
  type OriginPolicy,
} from './http/admin-access.js';
import { ApiError } from './http/api-error.js';
import { isClientAbort } from './http/body-parsing.js';
import { answerPreflight, corsHeaders } from './http/cors.js';
import { Exchange } from './http/exchange.js';
import {
  matchRoute,
  type Reply,
  type RequestContext,
  type RouteGroup,
  type RouteMatch,
} from './http/router.js';

/** What the request pipeline needs. */
export interface PipelineOptions {
  readonly groups: readonly RouteGroup[];
  readonly faults: FaultInjector;
  readonly maxBodyBytes: number;
  /** Pages allowed to call the admin API. */
  readonly adminOrigins: OriginPolicy;
  /** Whether the server listens on loopback only: admin requests must then name it so. */
  readonly loopbackOnly: boolean;
  /** Receives one line per request; `undefined` keeps quiet. */
  readonly log: ((line: string) => void) | undefined;
  /** Receives unexpected failures (the client gets a 500). */
  readonly warn: (message: string) => void;
  /** Aborted on shutdown: pending fault latencies end at once instead of holding the process. */
  readonly shutdown: AbortSignal;
}

/**
 * Builds the `node:http` request listener: CORS preflight, the admin gate (trusted pages,
 * JSON bodies), then armed faults (never on the admin API), then the route, with every
 * failure answered as JSON in the route's shape, so no input can crash the process. Logs
 * `METHOD /path STATUS 12ms` per request.
 */
export function createRequestHandler(
  options: PipelineOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const exchange = new Exchange(req, res, options.maxBodyBytes);
    const { method, url } = exchange;
    if (options.log !== undefined) logWhenClosed(exchange, options.log);
    handle(options, exchange).catch((error: unknown) => {
      if (isClientAbort(error)) options.log?.(`${method} ${url.pathname} aborted by the client`);
      else
        options.warn(
          `unexpected failure on ${method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`,
        );
      if (!exchange.answered) res.destroy();
    });
  };
}

// The pipeline, one concern per step; each step either answers or hands on.
async function handle(options: PipelineOptions, exchange: Exchange): Promise<void> {
  const isAdmin = isAdminPath(exchange.url.pathname);
  if (exchange.method === 'OPTIONS') {
    answerOptions(options, exchange, isAdmin);
    return;
  }
  if (isAdmin ? !admitAdmin(options, exchange) : !admitPublic(exchange)) return;
  const matched = matchRoute(options.groups, exchange.method, exchange.url.pathname);
  const renderError = (error: ApiError): Reply =>
    matched.group?.renderError(error, exchange.corrId) ?? renderAdminError(error);
  const fault = isAdmin ? undefined : options.faults.take(exchange.method, exchange.url.pathname);
  if (fault !== undefined) {
    const outcome = await applyFault(fault, exchange, renderError, options.shutdown, options.log);
    if (outcome === 'answered') return;
  }
  const reply = await dispatch(options, exchange, matched, renderError);
  if (reply !== undefined) exchange.send(reply);
}

function isAdminPath(pathname: string): boolean {
  return pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`);
}

function answerOptions(options: PipelineOptions, exchange: Exchange, isAdmin: boolean): void {
  const idHeader = { 'X-Correlation-Id': exchange.corrId };
  if (isAdmin) answerAdminPreflight(exchange.req, exchange.res, options.adminOrigins, idHeader);
  else answerPreflight(exchange.req, exchange.res, idHeader);
}

// The Callback API answers every page, as the real gateways do for the Widgets client.
function admitPublic(exchange: Exchange): boolean {
  exchange.cors = corsHeaders();
  return true;
}

// Answers (and returns false) when the admin request comes from an untrusted page or
// carries something other than JSON; a trusted page gets its own origin back.
function admitAdmin(options: PipelineOptions, exchange: Exchange): boolean {
  const origin = exchange.req.headers.origin;
  exchange.cors = options.adminOrigins.allows(origin) ? adminCorsHeaders(origin) : {};
  try {
    checkAdminRequest(exchange.req, options.adminOrigins, options.loopbackOnly);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    exchange.req.resume();
    exchange.send(renderAdminError(error));
    return false;
  }
}

// Runs the matched route; `undefined` when the client left and nothing is to be sent.
async function dispatch(
  options: PipelineOptions,
  exchange: Exchange,
  matched: RouteMatch,
  renderError: (error: ApiError) => Reply,
): Promise<Reply | undefined> {
  if ('error' in matched) return renderError(matched.error);
  const { req, method, url } = exchange;
  const context: RequestContext = {
    req,
    url,
    params: matched.params,
    corrId: exchange.corrId,
    body: () => exchange.body(),
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
  };
  try {
    return await matched.route.handle(context);
  } catch (error) {
    if (error instanceof ApiError) return renderError(error);
    if (isClientAbort(error)) {
      options.log?.(`${method} ${url.pathname} aborted by the client`);
      return undefined;
    }
    options.warn(`${method} ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`);
    return renderError(
      new ApiError('internal', `The emulator failed: ${(error as Error).message}`),
    );
  }
}

function logWhenClosed(exchange: Exchange, log: (line: string) => void): void {
  const startedAt = performance.now();
  const { method, url, res } = exchange;
  res.on('close', () => {
    const status = res.writableFinished ? String(res.statusCode) : 'dropped';
    log(`${method} ${url.pathname} ${status} ${Math.round(performance.now() - startedAt)}ms`);
  });
}
