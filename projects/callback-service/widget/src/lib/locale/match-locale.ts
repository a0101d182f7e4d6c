// Bokmål, Nynorsk and the macrolanguage tag all read the Norwegian texts (`no`).
const NORWEGIAN = new Set(['no', 'nb', 'nn']);

/**
 * The tag among `available` that best serves `requested` (BCP 47, e.g. Angular's `LOCALE_ID`),
 * or `null` when none speaks its language. The exact tag wins; otherwise the language and
 * the script must agree once both tags are completed with their likely subtags
 * (`Intl.Locale.maximize()`), and a tag of the same region is preferred. So `pt` and `pt-PT`
 * get `pt-BR`; `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO` get `zh-TW` (Traditional), `zh`,
 * `zh-Hans` and `zh-SG` get `zh-CN` (Simplified); `nb` and `nn` get `no`; `en-GB` gets `en`.
 *
 * @example
 * ```ts
 * matchCallbackWidgetLocale('zh-HK', ['en', 'zh-CN', 'zh-TW']); // 'zh-TW'
 * matchCallbackWidgetLocale('sr', ['en', 'de']); // null
 * ```
 */
export function matchCallbackWidgetLocale(
  requested: string,
  available: readonly string[],
): string | null {
  const wanted = likely(requested);
  if (!wanted) return null;
  const exact = available.find((tag) => canonical(tag) === canonical(requested));
  if (exact) return exact;
  const sameLanguage = available.filter((tag) => {
    const offered = likely(tag);
    return (
      offered !== null &&
      languageOf(offered) === languageOf(wanted) &&
      offered.script === wanted.script
    );
  });
  return (
    sameLanguage.find((tag) => likely(tag)?.region === wanted.region) ?? sameLanguage[0] ?? null
  );
}

/** `tag` completed with its likely script and region (`zh-HK` → `zh-Hant-HK`), if valid. */
function likely(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return null;
  }
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

function languageOf(locale: Intl.Locale): string {
  return NORWEGIAN.has(locale.language) ? 'no' : locale.language;
}
