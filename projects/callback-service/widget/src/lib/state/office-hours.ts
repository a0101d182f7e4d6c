import { isPlatformBrowser } from '@angular/common';
import {
  DestroyRef,
  PLATFORM_ID,
  effect,
  inject,
  signal,
  untracked,
  type Signal,
} from '@angular/core';
import { CallbackService, ɵinjectCallbackConfigSignal } from 'ngx-genesys-callback';
import type { Subscription } from 'rxjs';

/**
 * Whether the contact centre is closed now, as v3 `openFor()` says (internal; call it in an
 * injection context). It asks once, as soon as the config says v3 (an asynchronous config may
 * arrive later); v1 has no such endpoint, so nothing is asked and the answer stays `false`.
 * The query is cancelled when the view goes. Nothing is asked on the server either (as the
 * rest of the form, it sends nothing there): the browser asks once the page has hydrated.
 *
 * A failed query also leaves `false`: office hours only refine the choice, and the form must
 * never refuse a booking because this question went unanswered (the server still decides).
 */
export function injectOfficeClosed(): Signal<boolean> {
  const callbacks = inject(CallbackService);
  const config = ɵinjectCallbackConfigSignal();
  const closed = signal(false);
  const browser = isPlatformBrowser(inject(PLATFORM_ID));
  let query: Subscription | undefined;
  effect(() => {
    if (!browser || query || config()?.apiVersion !== 'v3') return;
    query = untracked(() =>
      callbacks.openFor().subscribe({
        next: ({ openForSeconds }) => closed.set(openForSeconds === 0),
        // Deliberately quiet: the form then behaves as without office hours (see above).
        error: () => closed.set(false),
      }),
    );
  });
  inject(DestroyRef).onDestroy(() => query?.unsubscribe());
  return closed.asReadonly();
}
