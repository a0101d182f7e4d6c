import { computed, inject, type Signal } from '@angular/core';
import { ɵinjectCallbackConfigSignal } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_OPTIONS,
  resolveCallbackWidgetOptions,
  type ResolvedCallbackWidgetOptions,
} from './callback-widget-options';

/** A widget's inputs of its options; `undefined` when not set (internal). */
export type WidgetOptionInputs = {
  readonly [K in keyof ResolvedCallbackWidgetOptions]: () =>
    ResolvedCallbackWidgetOptions[K] | undefined;
};

/**
 * The options of one widget (internal; call it in an injection context): each from its input,
 * else from `provideCallbackWidget()`, else from the core `provideCallback()` config
 * (`countryCodes`, `immediateCallback`, `scheduledCallback`), else the defaults, merged and
 * checked by {@link resolveCallbackWidgetOptions}, the one resolver of the public API too.
 * Reading it throws that resolver's `INVALID_CONFIG` when the merge leaves no way to book.
 */
export function injectWidgetOptions(
  inputs: WidgetOptionInputs,
): Signal<ResolvedCallbackWidgetOptions> {
  const provided = inject(CALLBACK_WIDGET_OPTIONS);
  const config = ɵinjectCallbackConfigSignal();
  return computed(() => {
    // Only the inputs that are set: an unset one must not hide the provided option.
    const set = Object.fromEntries(
      Object.entries(inputs)
        .map(([key, read]) => [key, (read as () => unknown)()])
        .filter(([, value]) => value !== undefined),
    ) as Partial<ResolvedCallbackWidgetOptions>;
    // Until an asynchronous config arrives (or if it failed: the core reports that, and every
    // call fails with it), the defaults stand in for it.
    const core = config();
    const fromCore: Partial<ResolvedCallbackWidgetOptions> = core
      ? {
          countryCodes: core.countryCodes,
          immediateCallback: core.immediateCallback,
          scheduledCallback: core.scheduledCallback,
        }
      : {};
    return resolveCallbackWidgetOptions({ ...provided, ...set }, fromCore);
  });
}
