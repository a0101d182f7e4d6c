import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  CALLBACK_CONFIG_DEFAULTS,
  type CallbackApiVersion,
  type CallbackConfig,
} from 'ngx-genesys-callback';
import { catchError, map, of, shareReplay, type Observable } from 'rxjs';
import { ApiVersionChoice } from './api-version-choice';

/** Where the demo's config file is served from, relative to the app's base href. */
export const DEMO_CONFIG_URL = 'callback-config.json';

/** `callback-config.json`: one library config per API version, and the emulator's origin. */
export interface DemoConfigFile {
  /** Origin of the Callback API emulator, for the emulator panel (default: v1's origin). */
  readonly emulator?: string;
  readonly v1: CallbackConfig;
  readonly v3: CallbackConfig;
}

/** What the emulator panel needs to know about the running config. */
export interface DemoEnvironment {
  /** Origin of the emulator, e.g. `http://127.0.0.1:8787`. */
  readonly emulatorUrl: string;
  /** The v1 dataURL, used to fill slots as "other customers" would. */
  readonly v1DataUrl: string;
  /** The `ajaxTimeout` of the running config, to make a fault slower than it. */
  readonly ajaxTimeout: number;
}

/**
 * Picks the section of `file` for `version`. Throws with a message naming what is missing:
 * the library reports it as an `INVALID_CONFIG` error at start-up.
 */
export function pickCallbackConfig(file: unknown, version: CallbackApiVersion): CallbackConfig {
  const section = isObject(file) ? file[version] : undefined;
  if (!isObject(section)) {
    throw new Error(`${DEMO_CONFIG_URL} has no "${version}" section.`);
  }
  return { ...(section as unknown as CallbackConfig), apiVersion: version };
}

/** The emulator panel's view of `file` for `version`; throws when a section is missing. */
export function demoEnvironment(
  file: DemoConfigFile,
  version: CallbackApiVersion,
): DemoEnvironment {
  const v1 = pickCallbackConfig(file, 'v1');
  const current = pickCallbackConfig(file, version);
  return {
    emulatorUrl: (file.emulator ?? new URL(v1.dataURL).origin).replace(/\/+$/, ''),
    v1DataUrl: v1.dataURL,
    ajaxTimeout: current.ajaxTimeout ?? CALLBACK_CONFIG_DEFAULTS.ajaxTimeout,
  };
}

/** Loads `callback-config.json` once and hands out the parts the demo needs. */
@Injectable({ providedIn: 'root' })
export class DemoSettings {
  private readonly http = inject(HttpClient);

  /** The API version chosen for this page load. */
  readonly apiVersion = inject(ApiVersionChoice).current;

  private readonly file$ = this.http.get<DemoConfigFile>(DEMO_CONFIG_URL).pipe(shareReplay(1));

  /** The library config for the chosen version. */
  readonly callbackConfig$: Observable<CallbackConfig> = this.file$.pipe(
    map((file) => pickCallbackConfig(file, this.apiVersion)),
  );

  /** What the emulator panel needs; errors when the file is unusable. */
  readonly environment$: Observable<DemoEnvironment> = this.file$.pipe(
    map((file) => demoEnvironment(file, this.apiVersion)),
  );

  /** {@link environment$} as a signal: `null` until loaded, or when the file is unusable. */
  readonly environment = toSignal(this.environment$.pipe(catchError(() => of(null))), {
    initialValue: null,
  });
}

/**
 * The `provideCallback()` factory of the demo: the config is loaded at start-up, as
 * enterprise portals load endpoints and keys, and the API switch chooses its section.
 */
export function loadDemoCallbackConfig(): Observable<CallbackConfig> {
  return inject(DemoSettings).callbackConfig$;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
