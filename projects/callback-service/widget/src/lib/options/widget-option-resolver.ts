import { DestroyRef, computed, inject, signal } from '@angular/core';
import { ɵinjectResolvedCallbackConfig } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_DEFAULTS,
  CALLBACK_WIDGET_OPTIONS,
  type ResolvedCallbackWidgetOptions,
} from './callback-widget-options';

/** A widget's inputs of its options; `undefined` when not set (internal). */
export type WidgetOptionInputs = {
  readonly [K in keyof ResolvedCallbackWidgetOptions]: () =>
    ResolvedCallbackWidgetOptions[K] | undefined;
};

/**
 * The options of one widget (internal): each from its input, else from
 * `provideCallbackWidget()`, else from the core `provideCallback()` config (`countryCodes`,
 * `immediateCallback`, `scheduledCallback`), else {@link CALLBACK_WIDGET_DEFAULTS}. Create it
 * in an injection context.
 */
export class WidgetOptionResolver {
  private readonly provided = inject(CALLBACK_WIDGET_OPTIONS);
  // Until an asynchronous config arrives (or if it fails), the defaults stand in for it.
  private readonly config = signal<Partial<ResolvedCallbackWidgetOptions>>({});
  private readonly environment = computed<ResolvedCallbackWidgetOptions>(() => ({
    ...CALLBACK_WIDGET_DEFAULTS,
    ...this.config(),
    ...this.provided,
  }));

  constructor(private readonly inputs: WidgetOptionInputs) {
    const subscription = ɵinjectResolvedCallbackConfig().subscribe({
      next: ({ countryCodes, immediateCallback, scheduledCallback }) =>
        this.config.set({ countryCodes, immediateCallback, scheduledCallback }),
      error: () => undefined, // reported by the core, and every call fails with it
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** The value of option `key` for this widget. */
  get<K extends keyof ResolvedCallbackWidgetOptions>(key: K): ResolvedCallbackWidgetOptions[K] {
    return this.inputs[key]() ?? this.environment()[key];
  }
}
