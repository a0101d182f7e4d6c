/**
 * The forms of one text that holds a count, by CLDR plural category (`one`, `few`, …), as
 * `Intl.PluralRules` names them; `#` stands for the count, written with the locale's digits.
 * `other` is required, since every language has it; a category left out falls back to it.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  /** The form every language has: the one used for a category left out. */
  readonly other: string;
};

// One PluralRules and one NumberFormat per locale: the texts are called on each render.
const pluralRules = /* @__PURE__ */ new Map<string, Intl.PluralRules>();
const numberFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * The form of `forms` that `locale` uses for `count`, with `#` replaced by the count.
 * Languages differ in how many forms they have (Japanese one, Polish four, Arabic six), so
 * the choice is the locale's `Intl.PluralRules`, never `count === 1`.
 *
 * @example
 * ```ts
 * pluralize('pl', 5, { one: '# znak', few: '# znaki', many: '# znaków', other: '# znaku' });
 * // '5 znaków'
 * ```
 */
export function pluralize(locale: string, count: number, forms: PluralForms): string {
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  const digits = cached(numberFormats, locale, () => new Intl.NumberFormat(locale));
  return (forms[category] ?? forms.other).replaceAll('#', digits.format(count));
}

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = create();
    cache.set(locale, value);
  }
  return value;
}
