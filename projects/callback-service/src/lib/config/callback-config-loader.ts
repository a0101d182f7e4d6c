import {
  DestroyRef,
  ErrorHandler,
  Injectable,
  InjectionToken,
  inject,
  signal,
  type Signal,
} from '@angular/core';
import { from, isObservable, take, type Observable } from 'rxjs';
import { CallbackError } from '../errors/callback-error';
import { ReplayLast } from '../internal/replay-last';
import type { CallbackConfig, ResolvedCallbackConfig } from './callback-config';
import { resolveCallbackConfig } from './resolve-callback-config';

/**
 * A function that produces the config at start-up, run in an injection context (so it can
 * `inject()` an environment service or `HttpClient`). It may return the config itself, a
 * Promise of it or an Observable whose first value is it.
 */
export type CallbackConfigFactory = () =>
  CallbackConfig | PromiseLike<CallbackConfig> | Observable<CallbackConfig>;

/** What `provideCallback()` accepts: a config object or a factory of one. */
export type CallbackConfigSource = CallbackConfig | CallbackConfigFactory;

/** The raw `provideCallback()` argument (internal). */
export const CALLBACK_CONFIG_SOURCE = new InjectionToken<CallbackConfigSource>(
  ngDevMode ? 'ngx-genesys-callback config source' : '',
);

/**
 * Runs the config source once and holds the resolved config (internal): the one place the
 * service, the backend, the CXBus bridge and the widget read it from. A synchronous bad
 * config throws from the constructor, which `provideCallback()` triggers from an environment
 * initializer: the app fails at start-up. An asynchronous one cannot stop a bootstrap that
 * has already moved on, so it is reported to the `ErrorHandler` and fails every call.
 */
@Injectable()
export class CallbackConfigLoader {
  private readonly resolved = new ReplayLast<ResolvedCallbackConfig>();
  private readonly errorHandler = inject(ErrorHandler);

  /** Emits the resolved config once and completes (replayed), or errors with `INVALID_CONFIG`. */
  readonly config$: Observable<ResolvedCallbackConfig> = this.resolved.observable.pipe(take(1));
  private readonly _config = signal<ResolvedCallbackConfig | undefined>(undefined);
  /** The resolved config once known; `undefined` before an asynchronous one arrives, or if it failed. */
  readonly config: Signal<ResolvedCallbackConfig | undefined> = this._config.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.resolved.complete());
    const source = inject(CALLBACK_CONFIG_SOURCE);
    if (typeof source !== 'function') {
      this.accept(resolveCallbackConfig(source));
      return;
    }
    const produced = runFactory(source);
    if (isObservable(produced) || isPromiseLike(produced)) {
      this.resolveLater(from(produced));
    } else {
      this.accept(resolveCallbackConfig(produced));
    }
  }

  private accept(config: ResolvedCallbackConfig): void {
    if (ngDevMode) warnAboutUnusualDataUrl(config);
    this._config.set(config);
    this.resolved.next(config);
  }

  private resolveLater(config$: Observable<CallbackConfig>): void {
    let received = false;
    config$.pipe(take(1)).subscribe({
      next: (raw) => {
        received = true;
        try {
          this.accept(resolveCallbackConfig(raw));
        } catch (error) {
          this.fail(error);
        }
      },
      error: (error: unknown) => this.fail(factoryError(error)),
      complete: () => {
        if (!received) {
          this.fail(factoryError(new Error('its Observable completed without a config')));
        }
      },
    });
  }

  private fail(error: unknown): void {
    this.resolved.error(error);
    this.errorHandler.handleError(error);
  }
}

// The most common set-up mistake, and one the server only reports as a 404: Genesys' docs
// give the v3 base as …/engagement/v3, but the paths are appended to …/v3/callbacks.
function warnAboutUnusualDataUrl({ apiVersion, dataURL }: ResolvedCallbackConfig): void {
  const expected =
    apiVersion === 'v3'
      ? { ok: /\/callbacks$/.test(dataURL), shape: '…/engagement/v3/callbacks' }
      : {
          ok: /\/genesys\/\d+\/service\/callback\/[^/]+$/.test(dataURL),
          shape: '…/genesys/1/service/callback/{service}',
        };
  if (!expected.ok) {
    console.warn(
      `ngx-genesys-callback: the ${apiVersion} dataURL ${dataURL} does not look like ${expected.shape}; requests may answer 404.`,
    );
  }
}

function runFactory(factory: CallbackConfigFactory): ReturnType<CallbackConfigFactory> {
  try {
    return factory();
  } catch (error) {
    throw factoryError(error);
  }
}

function factoryError(error: unknown): CallbackError {
  if (error instanceof CallbackError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CallbackError({
    code: 'INVALID_CONFIG',
    field: 'config',
    message: `provideCallback(): the config factory failed: ${reason}`,
    cause: error,
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<CallbackConfig> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * The resolved config, once it is known (internal; `ɵ`-exported for the widget entry point,
 * which reads `countryCodes`, `immediateCallback` and `scheduledCallback` from it). Call in an
 * injection context under `provideCallback()`.
 */
export function injectResolvedCallbackConfig(): Observable<ResolvedCallbackConfig> {
  return inject(CallbackConfigLoader).config$;
}

/**
 * The resolved config as a signal: `undefined` until an asynchronous config arrives (and for
 * good if it failed). Internal; `ɵ`-exported for the widget entry point. Call in an injection
 * context under `provideCallback()`.
 */
export function injectCallbackConfigSignal(): Signal<ResolvedCallbackConfig | undefined> {
  return inject(CallbackConfigLoader).config;
}
