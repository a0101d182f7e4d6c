import { defer, retry, throwError, timer, type MonoTypeOperatorFunction } from 'rxjs';
import { CallbackError } from '../errors/callback-error';
import { describeValue } from '../internal/describe-value';

/**
 * How `withRetry()` retries `availability()` after a transient failure (`NETWORK`,
 * `TIMEOUT`, 429, 502, 503, 504): exponential backoff with full jitter, never sooner than
 * the server's `Retry-After`, within a bounded number of attempts and a bounded total time.
 */
export interface CallbackRetryPolicy {
  /** Attempts in all, the first included: an integer from 1 to 10. Default 3. */
  maxAttempts?: number;
  /** Backoff ceiling of the first retry, in milliseconds; doubles at each retry. Default 500. */
  initialDelayMs?: number;
  /** Largest backoff ceiling, in milliseconds. Default 10000. */
  maxDelayMs?: number;
  /** Time budget from the first attempt; no retry starts that would wait past it. Default 30000. */
  maxTotalMs?: number;
}

// Marked pure so that apps without withRetry() drop it.
/** The defaults of {@link CallbackRetryPolicy}. */
export const DEFAULT_RETRY_POLICY: Readonly<Required<CallbackRetryPolicy>> =
  /* @__PURE__ */ Object.freeze({
    maxAttempts: 3,
    initialDelayMs: 500,
    maxDelayMs: 10_000,
    maxTotalMs: 30_000,
  });

const LIMITS: Readonly<Record<keyof CallbackRetryPolicy, readonly [number, number]>> = {
  maxAttempts: [1, 10],
  initialDelayMs: [0, 60_000],
  maxDelayMs: [0, 300_000],
  maxTotalMs: [0, 600_000],
};

/** Merges the defaults into a policy and validates it; throws `INVALID_CONFIG` naming the option. */
export function resolveRetryPolicy(
  policy: CallbackRetryPolicy = {},
): Readonly<Required<CallbackRetryPolicy>> {
  const resolved = { ...DEFAULT_RETRY_POLICY };
  for (const option of Object.keys(LIMITS) as (keyof CallbackRetryPolicy)[]) {
    const value = policy[option];
    if (value === undefined) continue;
    const [min, max] = LIMITS[option];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new CallbackError({
        code: 'INVALID_CONFIG',
        field: option,
        message: `withRetry(): \`${option}\` must be an integer from ${min} to ${max}, got ${describeValue(value)}.`,
      });
    }
    resolved[option] = value;
  }
  return Object.freeze(resolved);
}

/**
 * Re-subscribes to a failed source while its `CallbackError` is `retryable` and the policy
 * allows. Each subscription gets its own attempt count and time budget.
 *
 * @param random source of jitter in [0, 1); injectable for tests.
 */
export function retryTransientFailures<T>(
  policy: Readonly<Required<CallbackRetryPolicy>>,
  random: () => number = Math.random,
): MonoTypeOperatorFunction<T> {
  return (source) =>
    defer(() => {
      const startedAt = Date.now();
      return source.pipe(
        retry({
          count: policy.maxAttempts - 1,
          delay: (error: unknown, retryCount: number) => {
            if (!(error instanceof CallbackError) || !error.retryable)
              return throwError(() => error);
            const ceiling = Math.min(
              policy.maxDelayMs,
              policy.initialDelayMs * 2 ** (retryCount - 1),
            );
            const delayMs = Math.max(random() * ceiling, error.retryAfterMs ?? 0);
            if (Date.now() - startedAt + delayMs > policy.maxTotalMs)
              return throwError(() => error);
            return timer(delayMs);
          },
        }),
      );
    });
}
