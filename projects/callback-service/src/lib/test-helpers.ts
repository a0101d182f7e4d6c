// Shared helpers for the specs under lib/ (kept out of the package: tsconfig.lib.json excludes test helpers).
import { HttpParams } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import type { Observable } from 'rxjs';
import type { CallbackConfig, CallbackEvent, CallbackService } from '../public-api';
import { setUpCallbacks } from '../spec/harness-test-helpers';

export interface Outcome<T> {
  values: T[];
  error?: unknown;
  complete: boolean;
}

/** Subscribes and records everything the Observable does. */
export function watch<T>(source: Observable<T>): Outcome<T> {
  const outcome: Outcome<T> = { values: [], complete: false };
  source.subscribe({
    next: (value) => outcome.values.push(value),
    error: (error: unknown) => (outcome.error = error),
    complete: () => (outcome.complete = true),
  });
  return outcome;
}

/** The fields of a form-urlencoded request body (HttpParams) as a plain object. */
export function formFields(body: unknown): Record<string, string | null> {
  const params = body as HttpParams;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key)]));
}

/** Runs `fn` and returns what it threw (fails the spec when nothing was thrown). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  fail('expected an error to be thrown, but nothing was thrown');
  return undefined;
}

/** Lets pending promise callbacks (a resolved config) run. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** The service, the HTTP mock and a recording of `events$`. */
export interface StartedCallbacks {
  readonly callbacks: CallbackService;
  readonly http: HttpTestingController;
  readonly events: Outcome<CallbackEvent>;
}

/** Configures TestBed with `provideCallback(config)` and starts watching `events$`. */
export function startCallbacks(config: CallbackConfig): StartedCallbacks {
  const { callbacks, http } = setUpCallbacks(config);
  return { callbacks, http, events: watch(callbacks.events$) };
}
