import { Injectable, PendingTasks, inject, signal } from '@angular/core';
import { ɵisPlainPhoneNumber as isPlainPhoneNumber } from 'ngx-genesys-callback';
import { leftToRight } from '../locale/text-direction';

type PhoneLibrary = typeof import('libphonenumber-js/min');
type PhoneExamples = (typeof import('libphonenumber-js/mobile/examples'))['default'];

/** One entry of the dial-code picker (internal). */
export interface DialCountry {
  /** ISO 3166-1 alpha-2 code, e.g. `FR`. */
  readonly code: string;
  /** e.g. "France (+33)", in the widget's locale. */
  readonly label: string;
  /** What the closed picker shows, e.g. "FR +33" ("FR" until the library is loaded). */
  readonly short: string;
}

/** A phone number checked by libphonenumber-js (internal). */
export interface CheckedPhoneNumber {
  /** E.164, e.g. `+33612345678`: what is sent. */
  readonly e164: string;
  /** International format for people, e.g. `+33 6 12 34 56 78`. */
  readonly international: string;
  /** The number's country, when known. */
  readonly country?: string;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

let library: Promise<[PhoneLibrary, PhoneExamples]> | undefined;

/**
 * Loads libphonenumber-js on first need (the customer focuses the phone field or the country
 * picker, or submits), so that its code and metadata (tens of KB) stay out of the initial
 * bundle; until it arrives the picker holds the locale's country only and numbers are checked
 * with the core's plain rule.
 */
@Injectable({ providedIn: 'root' })
export class PhoneNumberSupport {
  private readonly pendingTasks = inject(PendingTasks);
  private readonly lib = signal<PhoneLibrary | null>(null);
  // One example mobile number per country (about 1.3 KB gzip), loaded with the library.
  private readonly examples = signal<PhoneExamples | null>(null);
  private loading: Promise<boolean> | null = null;

  /** Whether libphonenumber-js is there. */
  readonly loaded = () => this.lib() !== null;

  /**
   * Starts loading libphonenumber-js once, and resolves with whether it is there. The app stays
   * "unstable" until it arrives (SSR, tests); after a failure a later call tries again.
   */
  load(): Promise<boolean> {
    if (this.lib()) return Promise.resolve(true);
    return (this.loading ??= this.fetch());
  }

  /**
   * The dial-code picker's entries, named and sorted in `locale`. Until the library is loaded,
   * only the country of `home` (a locale whose region is the default country, `locale` unless
   * given), without its dial code.
   */
  countries(locale: string, home = locale): DialCountry[] {
    const lib = this.lib();
    const names = displayNames(locale);
    if (!lib) {
      const region = regionOfLocale(home);
      return region && COUNTRY_CODE.test(region)
        ? [{ code: region, label: names?.of(region) ?? region, short: region }]
        : [];
    }
    const collator = new Intl.Collator(locale);
    return lib
      .getCountries()
      .map((code) => ({
        code,
        name: names?.of(code) ?? code,
        dial: lib.getCountryCallingCode(code),
      }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ code, name, dial }) => ({
        code,
        label: `${name} (${leftToRight(`+${dial}`, locale)})`,
        short: `${code} +${dial}`,
      }));
  }

  /**
   * The country the picker shows: the one `chosen`, else the one a `+` number carries, else
   * the region of `locale`; `''` for "other".
   */
  pickerCountry(chosen: string | null, phone: string, locale: string): string {
    if (chosen !== null) return chosen;
    const number = phone.trim();
    if (number.startsWith('+')) return this.check(number, null)?.country ?? '';
    const region = regionOfLocale(locale);
    return region && this.isCountry(region) ? region : '';
  }

  /** Whether `code` is a country the picker knows (until loaded: any two-letter code). */
  isCountry(code: string | null): boolean {
    const lib = this.lib();
    if (!code) return false;
    return lib ? lib.isSupportedCountry(code) : COUNTRY_CODE.test(code);
  }

  /**
   * Checks `text` (national in `country`, or international with `+`). Returns `null` when
   * invalid, `undefined` when the library is not loaded yet (use {@link isPlausible}).
   */
  check(text: string, country: string | null): CheckedPhoneNumber | null | undefined {
    const lib = this.lib();
    if (!lib) return undefined;
    const defaultCountry = country && lib.isSupportedCountry(country) ? country : undefined;
    const number = lib.parsePhoneNumberFromString(text, defaultCountry);
    if (!number?.isValid()) return null;
    return {
      e164: number.number,
      international: number.formatInternational(),
      ...(number.country ? { country: number.country } : {}),
    };
  }

  /**
   * An example number of `country` as people there write it (`06 12 34 56 78` in `FR`), for
   * the placeholder: `null` until the library is loaded, and for "other".
   */
  example(country: string | null): string | null {
    const lib = this.lib();
    const examples = this.examples();
    if (!lib || !examples || !country || !lib.isSupportedCountry(country)) return null;
    return lib.getExampleNumber(country, examples)?.formatNational() ?? null;
  }

  /** The core's plain rule, used until libphonenumber-js is loaded or without a picker. */
  isPlausible(text: string): boolean {
    return isPlainPhoneNumber(text);
  }

  private async fetch(): Promise<boolean> {
    const done = this.pendingTasks.add();
    try {
      library ??= Promise.all([
        import('libphonenumber-js/min'),
        import('libphonenumber-js/mobile/examples').then((m) => m.default),
      ]);
      const [lib, examples] = await library;
      this.examples.set(examples);
      this.lib.set(lib);
      return true;
    } catch (error) {
      // Without the library the form keeps the plain check; a later call tries again.
      library = undefined;
      this.loading = null;
      if (ngDevMode) console.warn('CallbackWidget: could not load libphonenumber-js.', error);
      return false;
    } finally {
      done();
    }
  }
}

function displayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
}

/** The region of `locale`, e.g. `US` for `en-US` and for `en` (likely subtags), if any. */
export function regionOfLocale(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}
