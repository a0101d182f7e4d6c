// The page of the SSR check (scripts/test-ssr.mjs), rendered on Node by ssr-server.ts and
// hydrated in Chromium by ssr-client.ts: the widget, availabilityResource(),
// callbackStatusResource() and withCxBus(), as a portal would put them on one page.
import { DOCUMENT } from '@angular/common';
import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  inject,
  signal,
  type ApplicationConfig,
} from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';
import {
  availabilityResource,
  callbackStatusResource,
  CallbackService,
  provideCallback,
  withCxBus,
} from 'ngx-genesys-callback';
import { CallbackWidget } from 'ngx-genesys-callback/widget';

/** Control case of the server check: the page also calls availability() directly. */
export const DIRECT_QUERY = new InjectionToken<boolean>('DIRECT_QUERY', {
  factory: () => false,
});

/** The check's page: what it shows is what the check reads, on the server and in the browser. */
@Component({
  selector: 'app-ssr-page',
  imports: [CallbackWidget],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Call me back</h1>
    <p class="ready">{{ callbacks.ready()?.apiVersion ?? 'not ready' }}</p>
    <p class="slots">slots: {{ slots.status() }}</p>
    <p class="state">
      state: {{ state.status() }}{{ state.hasValue() ? ' ' + state.value().state : '' }}
    </p>
    <cb-callback-widget (booked)="callbackId.set($event.id)" />
  `,
})
export class SsrPage {
  protected readonly callbacks = inject(CallbackService);
  /** An id from the start, so that the server shows the status resource idle with an id. */
  protected readonly callbackId = signal<string | undefined>('cb-none');
  protected readonly slots = availabilityResource(() => ({
    startDate: new Date(),
    numberOfDays: 7,
  }));
  protected readonly state = callbackStatusResource(this.callbackId);

  constructor() {
    if (inject(DIRECT_QUERY)) {
      this.callbacks.availability({ startDate: new Date(), numberOfDays: 1 }).subscribe();
    }
  }
}

/**
 * The providers of both sides. The callback API's URL comes from the page's
 * `<meta name="callback-data-url">` (the config factory path, run in an injection context).
 */
export function ssrPageConfig(): ApplicationConfig {
  return {
    providers: [
      provideClientHydration(),
      provideHttpClient(withFetch()),
      provideCallback(
        () => ({
          dataURL:
            inject(DOCUMENT)
              .querySelector('meta[name="callback-data-url"]')
              ?.getAttribute('content') ?? '',
          ajaxTimeout: 5000,
        }),
        withCxBus(),
      ),
    ],
  };
}
