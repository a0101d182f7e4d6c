import type { Direction, Directionality } from '@angular/cdk/bidi';
import { EventEmitter, signal } from '@angular/core';

// Scripts written right to left (ISO 15924) that Intl.Locale.maximize() can give a language.
const RIGHT_TO_LEFT_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Syrc',
  'Thaa',
]);

/** Whether `locale` is written right to left (`ar`, `he`, `fa`, `ur`…) (internal). */
export function isRightToLeftLocale(locale: string): boolean {
  try {
    return RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? '');
  } catch {
    return false;
  }
}

/**
 * `text` (a dial code, a number) kept left to right inside the running text of a
 * right-to-left `locale`, with Unicode isolates (LRI … PDI): without them "+33" reads "33+".
 * Unchanged in other locales. For places that cannot hold a `<bdi>`, such as an `<option>`.
 */
export function leftToRight(text: string, locale: string): string {
  return isRightToLeftLocale(locale) ? `\u2066${text}\u2069` : text;
}

/**
 * A `Directionality` that holds one direction (internal), for the content of a dialog: the
 * CDK overlay lives at the end of `body`, outside any `dir` of the page. Its `change` never
 * emits.
 */
export function fixedDirectionality(direction: Direction): Directionality {
  const valueSignal = signal(direction);
  const change = new EventEmitter<Direction>();
  return {
    valueSignal,
    change,
    get value() {
      return valueSignal();
    },
    ngOnDestroy: () => change.complete(),
  };
}
