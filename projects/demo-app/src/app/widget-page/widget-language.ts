import type { Direction } from '@angular/cdk/bidi';
import { Injectable, computed, signal } from '@angular/core';
import * as widgetEntry from 'ngx-genesys-callback/widget';
import {
  CALLBACK_WIDGET_STRINGS_EN,
  type CallbackWidgetStrings,
} from 'ngx-genesys-callback/widget';

/** One language of the picker. */
export interface WidgetLanguageOption {
  /** BCP 47 tag, e.g. `pt-BR`. */
  readonly tag: string;
  /** The language's name in itself, e.g. "Deutsch". */
  readonly name: string;
  /** Its texts, given to the widget as `CALLBACK_WIDGET_STRINGS`. */
  readonly strings: CallbackWidgetStrings;
}

// The demo shows every translation, so it takes every `CALLBACK_WIDGET_STRINGS_<TAG>` the entry
// point exports (a new one appears in the picker by itself); an app imports only its own.
// English first, then by tag.
const TRANSLATIONS: readonly CallbackWidgetStrings[] = Object.entries(widgetEntry)
  .filter(([name]) => name.startsWith('CALLBACK_WIDGET_STRINGS_'))
  .map(([, strings]) => strings as CallbackWidgetStrings)
  .sort((a, b) =>
    a === CALLBACK_WIDGET_STRINGS_EN
      ? -1
      : b === CALLBACK_WIDGET_STRINGS_EN
        ? 1
        : (a.locale ?? '').localeCompare(b.locale ?? ''),
  );

const RIGHT_TO_LEFT = new Set(['ar', 'he']);

/**
 * The widget's language in the demo, switched at run time as a portal on ngx-translate or
 * Transloco would: `strings` is provided as `CALLBACK_WIDGET_STRINGS` (a Signal), and the
 * widget re-renders in the new language, keeping what was typed and the chosen time.
 */
@Injectable({ providedIn: 'root' })
export class WidgetLanguage {
  /** Every language the demo offers, English first, then by tag. */
  readonly options: readonly WidgetLanguageOption[] = TRANSLATIONS.map((strings) => {
    const tag = strings.locale ?? 'en';
    return {
      tag,
      strings,
      name: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag,
    };
  });

  private readonly chosen = signal(this.options[0]!);

  /** The texts of the chosen language. */
  readonly strings = computed(() => this.chosen().strings);
  /** The chosen tag, for `lang`. */
  readonly tag = computed(() => this.chosen().tag);
  /** Right to left for Arabic and Hebrew. */
  readonly direction = computed<Direction>(() => (RIGHT_TO_LEFT.has(this.tag()) ? 'rtl' : 'ltr'));

  /** Switches to the language `tag`; an unknown tag is ignored. */
  choose(tag: string): void {
    const option = this.options.find((o) => o.tag === tag);
    if (option) this.chosen.set(option);
  }
}
