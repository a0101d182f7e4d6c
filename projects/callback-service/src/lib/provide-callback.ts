import {
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { CALLBACK_BACKEND } from './transport/callback-backend';
import { HttpCallbackBackend } from './transport/http-callback-backend';
import type { CallbackFeature } from './callback-features';
import { CallbackService } from './callback.service';
import {
  CALLBACK_CONFIG_SOURCE,
  CallbackConfigLoader,
  type CallbackConfigSource,
} from './config/callback-config-loader';
import { invalidConfig } from './validation/request-errors';

/**
 * Provides `CallbackService`, configured for Genesys Callback API v1 or v3.
 *
 * `config` is a `CallbackConfig` (the Genesys Widgets option names, so
 * `window._genesys.widgets.callback` can be passed as it is) or a factory run in an
 * injection context that returns one, or a Promise or Observable of one. Calls made before
 * an asynchronous config arrives wait for it. Needs `provideHttpClient()`.
 *
 * @throws {CallbackError} `INVALID_CONFIG` at start-up for a bad config (the message names
 * the option and the value) or a feature given twice.
 *
 * @example
 * ```ts
 * // app.config.ts
 * export const appConfig: ApplicationConfig = {
 *   providers: [
 *     provideHttpClient(withFetch()),
 *     provideCallback(
 *       {
 *         dataURL: 'https://api.example.com/engagement/v3/callbacks',
 *         apiVersion: 'v3',
 *         apikey: environment.genesysApiKey,
 *         serviceName: 'customer-care',
 *       },
 *       withRetry(),
 *     ),
 *   ],
 * };
 * ```
 */
export function provideCallback(
  config: CallbackConfigSource,
  ...features: CallbackFeature[]
): EnvironmentProviders {
  assertFeaturesOnce(features);
  return makeEnvironmentProviders([
    { provide: CALLBACK_CONFIG_SOURCE, useValue: config },
    CallbackConfigLoader,
    CallbackService,
    { provide: CALLBACK_BACKEND, useClass: HttpCallbackBackend },
    // Resolving the config when the injector is created makes a bad config fail at start-up,
    // not at the first booking, long after deployment.
    provideEnvironmentInitializer(() => {
      inject(CallbackConfigLoader);
    }),
    ...features.map((feature) => feature.ɵproviders),
  ]);
}

function assertFeaturesOnce(features: readonly CallbackFeature[]): void {
  const seen = new Set<string>();
  for (const feature of features) {
    if (feature === null || typeof feature !== 'object' || !Array.isArray(feature.ɵproviders)) {
      throw invalidConfig(
        'features',
        null,
        ngDevMode && 'features must be made by withX() functions such as withRetry().',
      );
    }
    if (seen.has(feature.ɵkind)) {
      throw invalidConfig(
        'features',
        `'${feature.ɵkind}' given twice`,
        ngDevMode &&
          `the feature '${feature.ɵkind}' is given twice; keep one with${capitalize(feature.ɵkind)}() call.`,
      );
    }
    seen.add(feature.ɵkind);
  }
}

function capitalize(kind: string): string {
  return kind === 'cxbus' ? 'CxBus' : kind.charAt(0).toUpperCase() + kind.slice(1);
}
