// Shared set-up for the library's specs (kept out of the package: tsconfig.lib.json excludes test helpers).
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';
import {
  CallbackConfig,
  CallbackEvent,
  CallbackFeature,
  CallbackService,
  CXBUS_GLOBALS,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  provideCallback,
  withCxBus,
} from '../public-api';

/** A GMS service URL (v1). */
export const V1_URL = 'https://gms.example.com/genesys/1/service/callback/customer-care';
/** A GES base URL (v3). */
export const V3_URL = 'https://api.example.com/engagement/v3/callbacks';

/** What a spec works with: the service, the HTTP mock and every event seen. */
export interface CallbackHarness {
  readonly callbacks: CallbackService;
  readonly http: HttpTestingController;
  readonly events: CallbackEvent[];
}

/** Configures TestBed with the public providers and records every event. */
export function setUpCallbacks(
  config: CallbackConfig,
  features: CallbackFeature[] = [],
  extraProviders: (Provider | EnvironmentProviders)[] = [],
): CallbackHarness {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideCallback(config, ...features),
      ...extraProviders,
    ],
  });
  const callbacks = TestBed.inject(CallbackService);
  const events: CallbackEvent[] = [];
  callbacks.events$.subscribe((event) => events.push(event));
  return { callbacks, http: TestBed.inject(HttpTestingController), events };
}

/** A spec's page: the service bridged with `withCxBus()`, and a page script on the bus it installed. */
export interface PageScriptHarness extends CallbackHarness {
  /** A plugin registered by "the page", to send commands and subscribe to events. */
  readonly script: CxBusPlugin;
}

/**
 * Configures TestBed with `provideCallback(config, withCxBus())` on a page of its own (empty
 * globals, so the bridge installs its compatible bus) and registers a page script on that bus.
 */
export function setUpPageScript(config: CallbackConfig): PageScriptHarness {
  const globals: CxBusGlobals = {};
  const harness = setUpCallbacks(
    config,
    [withCxBus()],
    [{ provide: CXBUS_GLOBALS, useValue: globals }],
  );
  const bus = globals._genesys?.widgets?.bus as CxBusHost;
  return { ...harness, script: bus.registerPlugin('MyPageScript') as CxBusPlugin };
}

/** Everything an Observable did, in order, for whole-sequence comparisons. */
export interface Recording<T> {
  readonly values: T[];
  error: unknown;
  completed: boolean;
}

/** Subscribes and records values, the error and completion. */
export function record<T>(source: Observable<T>): Recording<T> {
  const recording: Recording<T> = { values: [], error: undefined, completed: false };
  source.subscribe({
    next: (value) => recording.values.push(value),
    error: (error: unknown) => (recording.error = error),
    complete: () => (recording.completed = true),
  });
  return recording;
}

/** Decodes a form-urlencoded request body into a plain object. */
export function formFields(request: TestRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.request.serializeBody() as string));
}

/** The query string of a request as a plain object. */
export function queryOf(request: TestRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.request.urlWithParams.split('?')[1] ?? ''));
}
