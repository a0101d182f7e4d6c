import { isPlatformServer } from '@angular/common';
import {
  Injector,
  PLATFORM_ID,
  assertInInjectionContext,
  computed,
  effect,
  inject,
  untracked,
  type ResourceRef,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Subject, takeUntil, type Observable } from 'rxjs';
import { CallbackService } from '../callback.service';

/** Options of the signal functions (`availabilityResource()`, `injectCallbackBooking()`, …). */
export interface CallbackSignalOptions {
  /**
   * The injector to create it in, for a call outside an injection context (a method, a
   * callback). It then lives as long as that injector. Default: the current injection context.
   */
  injector?: Injector;
}

/**
 * The injector a signal function runs in: the given one, else the current injection context,
 * else Angular's usual "must be called from an injection context" error naming `caller`.
 */
export function callbackInjector(
  caller: (...args: never[]) => unknown,
  options: CallbackSignalOptions | undefined,
): Injector {
  if (options?.injector) return options.injector;
  if (ngDevMode) assertInInjectionContext(caller);
  return inject(Injector);
}

/**
 * A resource over one lazy `CallbackService` call (internal): idle while `params()` is
 * `undefined`, and always on the server, where the call would only hold up rendering with
 * live data that is stale once the page is shown; the browser loads it after hydration.
 * Changing `params()`, or destroying the resource or its injector, unsubscribes the call in
 * flight, which aborts its request.
 */
export function callbackResource<P, T>(
  injector: Injector,
  params: () => P | undefined,
  call: (callbacks: CallbackService, params: P) => Observable<T>,
): ResourceRef<T | undefined> {
  const callbacks = injector.get(CallbackService);
  const onServer = isPlatformServer(injector.get(PLATFORM_ID));
  const request = computed(onServer ? () => undefined : params);
  // Angular 21's resource only aborts a load when the next one starts: a change to
  // `undefined` would leave the request running until it ends. Ending the stream here
  // unsubscribes (aborts) it; the resource ignores what a superseded load reports.
  const wentIdle = new Subject<void>();
  const idleWatch = effect(
    () => {
      if (request() === undefined) untracked(() => wentIdle.next());
    },
    { injector },
  );
  const ref = rxResource({
    injector,
    params: request,
    stream: ({ params: current }) => call(callbacks, current).pipe(takeUntil(wentIdle)),
  });
  // The watch lives as long as the resource: destroying the resource ends it too.
  const destroyResource = ref.destroy.bind(ref);
  ref.destroy = () => {
    idleWatch.destroy();
    destroyResource();
  };
  return ref;
}
