import type { ResourceRef } from '@angular/core';
import type { CallbackStatus } from '../models/callback-status';
import {
  callbackInjector,
  callbackResource,
  type CallbackSignalOptions,
} from './callback-resource';

/**
 * The state of a booked callback as a resource (Angular's `ResourceRef`), read through
 * `CallbackService.retrieve()`. `id()` returning `undefined` keeps it idle (nothing sent); a
 * new id aborts the request in flight; `reload()` reads the state again; a failure is the
 * `CallbackError` in `error()`. Idle on the server. Call it in an injection context, or pass
 * `injector`.
 *
 * @example
 * ```ts
 * readonly booking = injectCallbackBooking();
 * readonly state = callbackStatusResource(() => this.booking.result()?.id);
 * // template: {{ state.value()?.state }} <button (click)="state.reload()">Refresh</button>
 * ```
 */
export function callbackStatusResource(
  id: () => string | undefined,
  options?: CallbackSignalOptions,
): ResourceRef<CallbackStatus | undefined> {
  return callbackResource(
    callbackInjector(callbackStatusResource, options),
    id,
    (callbacks, current) => callbacks.retrieve(current),
  );
}
