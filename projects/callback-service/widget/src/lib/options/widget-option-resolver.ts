import { computed, inject } from '@angular/core';
import { ɵinjectCallbackConfigSignal } from 'ngx-genesys-callback';
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
  private readonly config = ɵinjectCallbackConfigSignal();
  private readonly environment = computed<ResolvedCallbackWidgetOptions>(() => {
    // Until an asynchronous config arrives (or if it failed: the core reports that, and every
    // call fails with it), the defaults stand in for it.
    const config = this.config();
    return {
      ...CALLBACK_WIDGET_DEFAULTS,
      ...(config && {
        countryCodes: config.countryCodes,
        immediateCallback: config.immediateCallback,
        scheduledCallback: config.scheduledCallback,
      }),
      ...this.provided,
    };
  });

  constructor(private readonly inputs: WidgetOptionInputs) {}

  /** The value of option `key` for this widget. */
  get<K extends keyof ResolvedCallbackWidgetOptions>(key: K): ResolvedCallbackWidgetOptions[K] {
    return this.inputs[key]() ?? this.environment()[key];
  }
}
