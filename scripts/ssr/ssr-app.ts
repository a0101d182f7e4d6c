// The page the SSR check (scripts/test-ssr.mjs) renders on Node with @angular/platform-server:
// the widget, availabilityResource(), callbackStatusResource() and withCxBus(), as a portal
// would put them on one server-rendered page. Compiled just in time (no CLI build), with the
// library taken from dist/ as published.
import '@angular/compiler';
import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  inject,
  type ApplicationConfig,
} from '@angular/core';
import {
  bootstrapApplication,
  provideClientHydration,
  type BootstrapContext,
} from '@angular/platform-browser';
import { renderApplication } from '@angular/platform-server';
import {
  availabilityResource,
  callbackStatusResource,
  CallbackService,
  provideCallback,
  withCxBus,
} from 'ngx-genesys-callback';
import { CallbackWidget } from 'ngx-genesys-callback/widget';

/** Control case: the page also calls availability() directly, which does reach the server. */
const DIRECT_QUERY = new InjectionToken<boolean>('DIRECT_QUERY');
const QUERY = { startDate: '2026-05-04T00:00:00.000Z', numberOfDays: 1 };

@Component({
  selector: 'app-ssr-page',
  imports: [CallbackWidget],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Call me back</h1>
    <p class="ready">{{ callbacks.ready()?.apiVersion ?? 'not ready' }}</p>
    <p class="slots">slots: {{ slots.status() }}</p>
    <p class="state">state: {{ state.status() }}</p>
    <cb-callback-widget />
  `,
})
class SsrPage {
  protected readonly callbacks = inject(CallbackService);
  protected readonly slots = availabilityResource(() => QUERY);
  protected readonly state = callbackStatusResource(() => 'cb-1');

  constructor() {
    if (inject(DIRECT_QUERY)) this.callbacks.availability(QUERY).subscribe();
  }
}

/** Renders the page to HTML on the server against the callback API at `dataURL`. */
export function render(dataURL: string, options: { directQuery?: boolean } = {}): Promise<string> {
  const config: ApplicationConfig = {
    providers: [
      provideClientHydration(),
      provideHttpClient(withFetch()),
      provideCallback({ dataURL, ajaxTimeout: 5000 }, withCxBus()),
      { provide: DIRECT_QUERY, useValue: options.directQuery ?? false },
    ],
  };
  return renderApplication(
    (context: BootstrapContext) => bootstrapApplication(SsrPage, config, context),
    {
      document:
        '<!doctype html><html><head></head><body><app-ssr-page></app-ssr-page></body></html>',
      url: 'http://localhost/callback',
      allowedHosts: ['localhost'],
    },
  );
}

/** Reads a browser global from this bundle: the check's proof that its trap sees such reads. */
export function readWindowForTrapCheck(): unknown {
  return (globalThis as { window?: unknown }).window;
}
