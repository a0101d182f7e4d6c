import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { InjectionToken, PLATFORM_ID, inject } from '@angular/core';
import type { CxBusGlobals } from './cxbus-types';

/**
 * The page globals where Genesys Widgets keep their bus (`window._genesys`, `window.CXBus`):
 * the one place the CXBus bridge reads `window`, and `null` on the server. Provide another
 * value in tests, or to point the bridge at a bus object of your own.
 *
 * @example
 * ```ts
 * providers: [{ provide: CXBUS_GLOBALS, useValue: { _genesys: { widgets: { bus: myBus } } } }]
 * ```
 */
export const CXBUS_GLOBALS = new InjectionToken<CxBusGlobals | null>(
  ngDevMode ? 'CXBUS_GLOBALS' : '',
  {
    providedIn: 'root',
    factory: () =>
      isPlatformBrowser(inject(PLATFORM_ID))
        ? ((inject(DOCUMENT).defaultView as unknown as CxBusGlobals | null) ?? null)
        : null,
  },
);
