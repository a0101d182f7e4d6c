import { setTimeout as sleep } from 'node:timers/promises';
import type { Fault } from './fault-injection.js';
import { ApiError } from './http/api-error.js';
import type { Exchange } from './http/exchange.js';
import type { Reply } from './http/router.js';

/** What applying a fault left to do. */
export type FaultOutcome = 'answered' | 'route';

/**
 * Plays an armed fault on a request: waits `latencyMs` first (the body is read before, and a
 * client that leaves or a shutdown ends the wait), then drops the connection, or answers the
 * injected status in the route's error shape (or with the fault's `body`). A latency-only
 * fault returns `'route'`: the normal answer follows, late.
 */
export async function applyFault(
  fault: Fault,
  exchange: Exchange,
  renderError: (error: ApiError) => Reply,
  shutdown: AbortSignal,
  log: ((line: string) => void) | undefined,
): Promise<FaultOutcome> {
  if (fault.latencyMs > 0 && !(await waitOut(fault.latencyMs, exchange, shutdown))) {
    exchange.drop();
    if (!shutdown.aborted)
      log?.(`${exchange.method} ${exchange.url.pathname} aborted by the client`);
    return 'answered';
  }
  if (fault.drop) {
    exchange.drop();
    return 'answered';
  }
  if (fault.status === undefined) return 'route';
  const error = new ApiError('injected', `Injected fault: HTTP ${fault.status}.`, {
    status: fault.status,
    ...(fault.retryAfterSec === undefined ? {} : { retryAfterSec: fault.retryAfterSec }),
  });
  const reply = renderError(error);
  exchange.send(
    fault.body === undefined
      ? reply
      : { status: reply.status, body: fault.body, headers: reply.headers ?? {} },
  );
  return 'answered';
}

// Resolves true after the latency, false when the client left or the emulator shuts down.
async function waitOut(
  latencyMs: number,
  exchange: Exchange,
  shutdown: AbortSignal,
): Promise<boolean> {
  const { method, res } = exchange;
  // Reading the body first means no upload is left half-read while the timer runs.
  if (method !== 'GET' && method !== 'HEAD') await exchange.body().catch(() => undefined);
  const gone = new AbortController();
  const onClose = (): void => gone.abort();
  res.once('close', onClose);
  try {
    await sleep(latencyMs, undefined, { signal: AbortSignal.any([shutdown, gone.signal]) });
    return true;
  } catch {
    return false;
  } finally {
    res.off('close', onClose);
  }
}
