import { Injectable, PendingTasks, inject, signal } from '@angular/core';

type PhoneLibrary = typeof import('libphonenumber-js/min');

/** One entry of the dial-code picker (internal). */
export interface DialCountry {
  /** ISO 3166-1 alpha-2 code, e.g. `FR`. */
  readonly code: string;
  /** e.g. "France (+33)", in the widget's locale. */
  readonly label: string;
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

// The same rule as the core's validation: optional "+" and 3–15 digits once separators go.
const PHONE_SEPARATORS = /[\s.()\-\u2010-\u2015\u2212]/g;
const PLAIN_PHONE_NUMBER = /^\+?\d{3,15}$/;

let library: Promise<PhoneLibrary> | undefined;

/**
 * Loads libphonenumber-js on first need, so that its metadata (tens of KB) stays out of the
 * initial bundle; until it arrives the form checks numbers with the core's plain rule.
 */
@Injectable({ providedIn: 'root' })
export class PhoneNumberSupport {
  private readonly pendingTasks = inject(PendingTasks);
  private readonly lib = signal<PhoneLibrary | null>(null);

  /** Whether libphonenumber-js is there (the country picker can be shown). */
  readonly loaded = () => this.lib() !== null;

  /** Starts loading libphonenumber-js once; the app stays "unstable" until it arrives (SSR, tests). */
  load(): void {
    if (this.lib()) return;
    this.pendingTasks.run(async () => {
      try {
        library ??= import('libphonenumber-js/min');
        this.lib.set(await library);
      } catch (error) {
        // Without the library the form keeps the plain check; a later call tries again.
        library = undefined;
        if (ngDevMode) console.warn('CallbackWidget: could not load libphonenumber-js.', error);
      }
    });
  }

  /** The dial-code picker's entries, sorted by name in `locale`; empty until loaded. */
  countries(locale: string): DialCountry[] {
    const lib = this.lib();
    if (!lib) return [];
    const names = displayNames(locale);
    const collator = new Intl.Collator(locale);
    return lib
      .getCountries()
      .map((code) => ({
        code,
        name: names?.of(code) ?? code,
        dial: lib.getCountryCallingCode(code),
      }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ code, name, dial }) => ({ code, label: `${name} (+${dial})` }));
  }

  /** Whether `code` is a country the picker knows. */
  isCountry(code: string | null): boolean {
    const lib = this.lib();
    return !!lib && !!code && lib.isSupportedCountry(code);
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

  /** The core's plain rule, used until libphonenumber-js is loaded or without a picker. */
  isPlausible(text: string): boolean {
    return PLAIN_PHONE_NUMBER.test(text.replace(PHONE_SEPARATORS, ''));
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
