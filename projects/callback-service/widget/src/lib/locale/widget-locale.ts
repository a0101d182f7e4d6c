import { LOCALE_ID, computed, inject, isSignal, type Signal } from '@angular/core';
import {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_EN,
  type CallbackWidgetStrings,
} from '../strings/callback-widget-strings';
import { matchCallbackWidgetLocale } from './match-locale';
import { CALLBACK_WIDGET_LOCALES } from './provide-callback-widget-locales';

/**
 * The texts a widget shows (internal): those provided as `CALLBACK_WIDGET_STRINGS` (a value or
 * a `Signal`), else, while that token is at its English default, the registered locale that
 * best matches `LOCALE_ID`. Call in an injection context.
 */
export function injectWidgetTexts(): Signal<CallbackWidgetStrings> {
  const provided = inject(CALLBACK_WIDGET_STRINGS);
  if (isSignal(provided)) return provided;
  if (provided !== CALLBACK_WIDGET_STRINGS_EN) return computed(() => provided);
  const localeId = inject(LOCALE_ID);
  const registered = inject(CALLBACK_WIDGET_LOCALES);
  const tags = registered.map((strings) => strings.locale ?? '');
  const match = matchCallbackWidgetLocale(localeId, tags);
  const chosen = registered[tags.indexOf(match ?? '')] ?? CALLBACK_WIDGET_STRINGS_EN;
  return computed(() => chosen);
}

/**
 * The widget's texts as one object whose properties read the current texts (internal): a
 * template, `computed` or effect that reads `strings.title` follows a switch of language, so
 * components keep the `strings.x` shape of a plain object. Call in an injection context.
 */
export function injectWidgetStrings(): CallbackWidgetStrings {
  const texts = injectWidgetTexts();
  const keys = Object.keys(CALLBACK_WIDGET_STRINGS_EN) as (keyof CallbackWidgetStrings)[];
  const view = {};
  for (const key of keys) {
    Object.defineProperty(view, key, { enumerable: true, get: () => texts()[key] });
  }
  return Object.freeze(view) as CallbackWidgetStrings;
}

/**
 * The locale of the widget's dates, times, numbers and country names (internal): `LOCALE_ID`
 * when it speaks the language of the texts, so that its region still counts (`en-GB` writes
 * 24 h, `de-CH` its own dates), else the texts' own `locale` (a portal that switched to German
 * gets German dates), else `LOCALE_ID`. Call in an injection context.
 */
export function injectWidgetLocaleTag(): Signal<string> {
  const texts = injectWidgetTexts();
  const localeId = inject(LOCALE_ID);
  return computed(() => {
    const own = texts().locale;
    if (!own || matchCallbackWidgetLocale(localeId, [own]) !== null) return localeId;
    return own;
  });
}
