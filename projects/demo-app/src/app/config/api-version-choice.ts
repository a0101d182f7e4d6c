import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { CallbackApiVersion } from 'ngx-genesys-callback';
import { DemoStorage } from './demo-storage';

/** The `localStorage` key that remembers the chosen API version. */
export const API_VERSION_STORAGE_KEY = 'ngx-genesys-callback-demo.api';

/** The query parameter that chooses the API version (`?api=v3`), e.g. in a shared link. */
export const API_VERSION_PARAM = 'api';

/** Reads `v1` or `v3` (any case); anything else is `null`. */
export function parseApiVersion(value: string | null | undefined): CallbackApiVersion | null {
  const version = value?.trim().toLowerCase();
  return version === 'v1' || version === 'v3' ? version : null;
}

/** The version to use: the `?api=` parameter of `search`, else the remembered one, else v1. */
export function chooseApiVersion(search: string, stored: string | null): CallbackApiVersion {
  return (
    parseApiVersion(new URLSearchParams(search).get(API_VERSION_PARAM)) ??
    parseApiVersion(stored) ??
    'v1'
  );
}

/**
 * Which Callback API the demo talks to. The library's config is fixed at start-up, so a switch
 * remembers the choice and reloads the page; the config factory then picks the other section
 * of `callback-config.json`.
 */
@Injectable({ providedIn: 'root' })
export class ApiVersionChoice {
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly storage = inject(DemoStorage);

  /** The version chosen when the page loaded; constant until the next load. */
  readonly current: CallbackApiVersion = chooseApiVersion(
    this.view?.location.search ?? '',
    this.storage.get(API_VERSION_STORAGE_KEY),
  );

  constructor() {
    // A version given in the URL is remembered, so navigating inside the app keeps it.
    this.storage.set(API_VERSION_STORAGE_KEY, this.current);
  }

  /** Remembers `version` and reloads the app with it. */
  switchTo(version: CallbackApiVersion): void {
    if (version === this.current || !this.view) return;
    this.storage.set(API_VERSION_STORAGE_KEY, version);
    const url = new URL(this.view.location.href);
    url.searchParams.set(API_VERSION_PARAM, version);
    this.view.location.assign(url.toString());
  }
}
