import { DOCUMENT, Injectable, inject } from '@angular/core';

/**
 * The demo's few remembered choices (API version, theme) in `localStorage`. Storage can be
 * missing (server rendering) or throw (a browser's private mode, a sandboxed frame): the demo
 * then simply forgets.
 */
@Injectable({ providedIn: 'root' })
export class DemoStorage {
  private readonly storage = storageOf(inject(DOCUMENT).defaultView);

  /** The value stored under `key`, or `null`. */
  get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Stores `value` under `key`, if storage is available. */
  set(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Nothing to do: the choice lasts until the next reload only.
    }
  }
}

function storageOf(view: Window | null): Storage | null {
  try {
    return view?.localStorage ?? null;
  } catch {
    return null;
  }
}
