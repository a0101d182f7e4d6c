import { InjectionToken, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { CallbackError } from 'ngx-genesys-callback';
import type { CallbackWidgetStrings } from '../strings/callback-widget-strings';

/**
 * The translations an environment registered with {@link provideCallbackWidgetLocales}, among
 * which the widget picks the best match for `LOCALE_ID` (English when none matches).
 */
export const CALLBACK_WIDGET_LOCALES = new InjectionToken<readonly CallbackWidgetStrings[]>(
  'CALLBACK_WIDGET_LOCALES',
  { providedIn: 'root', factory: () => [] },
);

/**
 * Registers the translations the callback widget may show in an environment (the application,
 * or a lazy route); it shows the one that best matches `LOCALE_ID` (`pt` → `pt-BR`, `zh-HK` →
 * `zh-TW`, `nb` → `no`, see `matchCallbackWidgetLocale`), else English. Only the locales
 * imported here end up in the bundle. A `CALLBACK_WIDGET_STRINGS` provider wins over them.
 *
 * @throws {CallbackError} `INVALID_CONFIG` with `field: 'locales'` when a translation has no
 * valid `locale` tag, or two have the same one.
 *
 * @example
 * ```ts
 * import { CALLBACK_WIDGET_STRINGS_DE, CALLBACK_WIDGET_STRINGS_FR } from 'ngx-genesys-callback/widget';
 *
 * bootstrapApplication(App, {
 *   providers: [
 *     { provide: LOCALE_ID, useValue: 'de-AT' },
 *     provideCallbackWidget(),
 *     provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE, CALLBACK_WIDGET_STRINGS_FR),
 *   ],
 * });
 * ```
 */
export function provideCallbackWidgetLocales(
  ...locales: CallbackWidgetStrings[]
): EnvironmentProviders {
  const seen = new Set<string>();
  locales.forEach((strings, index) => {
    const tag = canonicalTag(strings?.locale);
    if (tag === null) {
      throw invalidLocales(
        `translation ${index + 1} needs a valid BCP 47 \`locale\` tag, got ${JSON.stringify(strings?.locale)}.`,
      );
    }
    if (seen.has(tag)) throw invalidLocales(`\`${tag}\` is registered twice.`);
    seen.add(tag);
  });
  return makeEnvironmentProviders([
    { provide: CALLBACK_WIDGET_LOCALES, useValue: Object.freeze([...locales]) },
  ]);
}

function canonicalTag(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag === '') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function invalidLocales(detail: string): CallbackError {
  return new CallbackError({
    code: 'INVALID_CONFIG',
    field: 'locales',
    message: `provideCallbackWidgetLocales(): ${detail}`,
  });
}
