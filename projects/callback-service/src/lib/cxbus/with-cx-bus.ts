import { inject, provideEnvironmentInitializer } from '@angular/core';
import { makeCallbackFeature, type CallbackFeature } from '../callback-features';
import { CxBusBridge, type CxBusOptions } from './cxbus-bridge';

/**
 * Registers `CallbackService` on the page's Genesys CXBus (`window._genesys.widgets.bus`,
 * else `window.CXBus`), as a drop-in for the Genesys Widgets CallbackService plugin: legacy
 * page scripts and other Genesys widgets keep using `CallbackService.schedule` /
 * `.availability` commands and `CallbackService.*` events unchanged. When the page has no
 * bus, a small compatible one is installed (opt out with `installBus: false`). Browser only;
 * nothing happens on the server. A command refused before sending (bad number, no v3 service
 * name, failed config, …) is answered as the original's server did: the error event and a
 * failed command carrying a 400 jqXHR-like object in the API version's error shape.
 *
 * @throws {CallbackError} `INVALID_CONFIG` at start-up when a `CallbackService` plugin is
 * already registered by something else (the Genesys plugin is still loaded).
 *
 * @example
 * ```ts
 * provideCallback(window._genesys.widgets.callback, withCxBus());
 * // a legacy script, unchanged:
 * window._genesys.widgets.bus.command('CallbackService.schedule', { phonenumber: '5550102030' })
 *   .done((response) => …).fail((jqXHR) => …);
 * ```
 */
export function withCxBus(options: CxBusOptions = {}): CallbackFeature<'cxbus'> {
  return makeCallbackFeature('cxbus', [
    CxBusBridge,
    provideEnvironmentInitializer(() => inject(CxBusBridge).start(options)),
  ]);
}
