import type { ResourceRef } from '@angular/core';
import type { AvailabilityQuery, AvailabilityResult } from '../models/availability';
import {
  callbackInjector,
  callbackResource,
  type CallbackSignalOptions,
} from './callback-resource';

/**
 * The free time slots of a query as a resource (Angular's `ResourceRef`), read through
 * `CallbackService.availability()`: the same validation, retries (`withRetry()`), events and
 * sharing (two resources asking the same thing at the same time send one request).
 *
 * - `query()` returning `undefined` keeps the resource idle: nothing is sent.
 * - A new query aborts the request in flight and sends the new one; a change to `undefined`
 *   aborts it too and goes idle. `reload()` sends the current query again.
 * - A failure is the `CallbackError` in `error()`, with `status()` `'error'` (`value()` then
 *   throws: read it behind `hasValue()`).
 * - Destroying the resource or its injector aborts the request in flight.
 * - On the server it stays idle; the browser loads it after hydration.
 *
 * Call it in an injection context, or pass `injector`.
 *
 * @example
 * ```ts
 * export class FreeTimes {
 *   readonly day = signal<string | undefined>(undefined);
 *   readonly slots = availabilityResource(() => {
 *     const day = this.day();
 *     return day ? { startDate: day, numberOfDays: 1 } : undefined;
 *   });
 * }
 * // template: @if (slots.hasValue()) { @for (slot of slots.value().slots; …) { … } }
 * ```
 */
export function availabilityResource(
  query: () => AvailabilityQuery | undefined,
  options?: CallbackSignalOptions,
): ResourceRef<AvailabilityResult | undefined> {
  return callbackResource(
    callbackInjector(availabilityResource, options),
    query,
    (callbacks, current) => callbacks.availability(current),
  );
}
