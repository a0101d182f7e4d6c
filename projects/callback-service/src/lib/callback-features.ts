import { InjectionToken, type EnvironmentProviders, type Provider } from '@angular/core';
import type { MonoTypeOperatorFunction } from 'rxjs';
import type { AvailabilityResult } from './models/availability';
import {
  resolveRetryPolicy,
  retryTransientFailures,
  type CallbackRetryPolicy,
} from './retry/retry-policy';

/** Identifies an optional capability of `provideCallback()`. */
export type CallbackFeatureKind = 'retry' | 'cxbus';

/**
 * An optional capability passed to `provideCallback(config, ...features)`, made by a
 * `withX()` function. Each kind may be given once.
 */
export interface CallbackFeature<K extends CallbackFeatureKind = CallbackFeatureKind> {
  /** @internal */
  readonly ɵkind: K;
  /** @internal */
  readonly ɵproviders: (Provider | EnvironmentProviders)[];
}

/** Builds a feature (for the library's own `withX()` functions). */
export function makeCallbackFeature<K extends CallbackFeatureKind>(
  kind: K,
  providers: (Provider | EnvironmentProviders)[],
): CallbackFeature<K> {
  return { ɵkind: kind, ɵproviders: providers };
}

/**
 * How `availability()` retries, set by `withRetry()` (internal); absent means no retries. An
 * operator rather than a policy object, so that apps without `withRetry()` ship no retry code.
 */
export const CALLBACK_AVAILABILITY_RETRY = new InjectionToken<
  MonoTypeOperatorFunction<AvailabilityResult>
>(ngDevMode ? 'ngx-genesys-callback availability retry' : '');

/**
 * Retries `availability()` after transient failures (`NETWORK`, `TIMEOUT`, HTTP 429, 502,
 * 503, 504) with exponential backoff and full jitter, honouring `Retry-After`, within a
 * bounded number of attempts and total time. `schedule()` is never retried: a repeated
 * booking could call the customer twice; its errors say whether a retry is safe instead.
 *
 * @throws {CallbackError} `INVALID_CONFIG` at start-up for an out-of-range policy.
 *
 * @example
 * ```ts
 * provideCallback(config, withRetry({ maxAttempts: 4, initialDelayMs: 250 }));
 * ```
 */
export function withRetry(policy?: CallbackRetryPolicy): CallbackFeature<'retry'> {
  const resolved = resolveRetryPolicy(policy);
  return makeCallbackFeature('retry', [
    {
      provide: CALLBACK_AVAILABILITY_RETRY,
      useValue: retryTransientFailures<AvailabilityResult>(resolved),
    },
  ]);
}
