import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import examples from 'libphonenumber-js/mobile/examples';
import { getExampleNumber } from 'libphonenumber-js/min';
import { isCallbackError } from 'ngx-genesys-callback';
import {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_DE,
  CALLBACK_WIDGET_STRINGS_EN,
  CALLBACK_WIDGET_STRINGS_FR,
  CALLBACK_WIDGET_STRINGS_JA,
  CALLBACK_WIDGET_STRINGS_KO,
  CALLBACK_WIDGET_STRINGS_NO,
  CALLBACK_WIDGET_STRINGS_PT_BR,
  CALLBACK_WIDGET_STRINGS_ZH_CN,
  CALLBACK_WIDGET_STRINGS_ZH_TW,
  matchCallbackWidgetLocale,
  provideCallbackWidgetLocales,
  type CallbackWidgetStrings,
} from '../public-api';
import { setUpWidget, slotAt, useSpecClock } from './widget-test-helpers';

const SHIPPED = [
  'ar',
  'da',
  'de',
  'en',
  'es',
  'fi',
  'fr',
  'he',
  'it',
  'ja',
  'ko',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'sv',
  'th',
  'tr',
  'zh-CN',
  'zh-TW',
];

describe('matchCallbackWidgetLocale', () => {
  const cases: [string, string | null][] = [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['nb', 'no'],
    ['nb-NO', 'no'],
    ['nn', 'no'],
    ['no', 'no'],
    ['iw', 'he'],
    ['ar-SA', 'ar'],
    ['sr', null],
    ['', null],
    ['not a locale', null],
  ];
  for (const [requested, expected] of cases) {
    it(`gives ${String(expected)} for ${JSON.stringify(requested)}`, () => {
      expect(matchCallbackWidgetLocale(requested, SHIPPED)).toBe(expected);
    });
  }

  it('only chooses among the tags offered', () => {
    expect(matchCallbackWidgetLocale('zh-HK', ['en', 'zh-CN'])).toBeNull();
    expect(matchCallbackWidgetLocale('de-CH', ['en', 'de-AT', 'de-CH'])).toBe('de-CH');
    expect(matchCallbackWidgetLocale('de-CH', ['en', 'de-AT'])).toBe('de-AT');
  });
});

describe('provideCallbackWidgetLocales', () => {
  function errorOf(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  }

  it('refuses a translation without a valid locale tag, naming it', () => {
    const untagged: CallbackWidgetStrings = { ...CALLBACK_WIDGET_STRINGS_DE, locale: undefined };
    const error = errorOf(() => provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_FR, untagged));
    expect(isCallbackError(error) && error.code).toBe('INVALID_CONFIG');
    expect(isCallbackError(error) && error.field).toBe('locales');
    expect((error as Error).message).toContain('translation 2');
    const bad = errorOf(() =>
      provideCallbackWidgetLocales({ ...CALLBACK_WIDGET_STRINGS_DE, locale: 'de_DE!' }),
    );
    expect((bad as Error).message).toContain('"de_DE!"');
  });

  it('refuses the same locale twice', () => {
    const error = errorOf(() =>
      provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE, { ...CALLBACK_WIDGET_STRINGS_DE }),
    );
    expect(isCallbackError(error) && error.field).toBe('locales');
    expect((error as Error).message).toContain('`de` is registered twice');
  });
});

describe('CallbackWidget locale', () => {
  useSpecClock();

  function heading(root: HTMLElement): string | undefined {
    return root.querySelector('h2')?.textContent?.trim();
  }

  it('follows LOCALE_ID among the registered locales, with its region for dates', async () => {
    const { fixture, widget, controller } = await setUpWidget({}, [
      { provide: LOCALE_ID, useValue: 'de-AT' },
      provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_FR, CALLBACK_WIDGET_STRINGS_DE),
    ]);
    const root = fixture.nativeElement as HTMLElement;
    expect(heading(root)).toBe('Rückruf anfordern');
    // Screen readers read it as German, whatever the page's lang.
    expect(root.getAttribute('lang')).toBe('de-AT');
    // Until the phone field is used, the picker holds the country of LOCALE_ID, named in it.
    expect(await (await widget.getPhoneField()).getCountry()).toBe('AT');
    expect(root.querySelector('select.cb-country option[value="AT"]')?.textContent).toBe(
      'Österreich',
    );
    await widget.choosePickDateTime();
    const dayFormat = new Intl.DateTimeFormat('de-AT', { weekday: 'short', day: 'numeric' });
    expect((await (await widget.getSlotPicker()).getDays())[0]).toBe(dayFormat.format(new Date()));
    controller.expectAvailability().respond([slotAt(0, 14, 30)]);
    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual(['14:30']);
  });

  it('shows an example number of the default country as the placeholder, then of the picked one', async () => {
    const { fixture, widget } = await setUpWidget({}, [
      { provide: LOCALE_ID, useValue: 'de' },
      provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE),
    ]);
    const input = (fixture.nativeElement as HTMLElement).querySelector('input.cb-phone')!;
    // The examples come with the phone library, on first use of the field.
    expect(input.getAttribute('placeholder')).toBeNull();
    await widget.fill({ phonenumber: '' });
    await fixture.whenStable();
    const national = (country: 'DE' | 'PL') =>
      getExampleNumber(country, examples)?.formatNational() ?? '';
    expect(input.getAttribute('placeholder')).toBe(national('DE'));
    await (await widget.getPhoneField()).setCountry('PL');
    expect(input.getAttribute('placeholder')).toBe(national('PL'));
    expect(national('DE')).not.toBe(national('PL'));
  });

  it('maps pt to pt-BR, zh-HK to zh-TW and nb to no', async () => {
    const registered = provideCallbackWidgetLocales(
      CALLBACK_WIDGET_STRINGS_PT_BR,
      CALLBACK_WIDGET_STRINGS_ZH_CN,
      CALLBACK_WIDGET_STRINGS_ZH_TW,
      CALLBACK_WIDGET_STRINGS_NO,
    );
    const cases: [string, CallbackWidgetStrings][] = [
      ['pt', CALLBACK_WIDGET_STRINGS_PT_BR],
      ['zh-HK', CALLBACK_WIDGET_STRINGS_ZH_TW],
      ['zh', CALLBACK_WIDGET_STRINGS_ZH_CN],
      ['nb', CALLBACK_WIDGET_STRINGS_NO],
    ];
    for (const [localeId, expected] of cases) {
      TestBed.resetTestingModule();
      const { fixture } = await setUpWidget({}, [
        { provide: LOCALE_ID, useValue: localeId },
        registered,
      ]);
      expect(heading(fixture.nativeElement)).withContext(localeId).toBe(expected.title);
    }
  });

  it('shows English for a LOCALE_ID no registered locale speaks, or none registered', async () => {
    const { fixture } = await setUpWidget({}, [
      { provide: LOCALE_ID, useValue: 'sr' },
      provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE),
    ]);
    expect(heading(fixture.nativeElement)).toBe(CALLBACK_WIDGET_STRINGS_EN.title);
    // English texts in a Serbian page: lang says so rather than inheriting "sr".
    expect((fixture.nativeElement as HTMLElement).getAttribute('lang')).toBe('en');
    TestBed.resetTestingModule();
    const bare = await setUpWidget({}, [{ provide: LOCALE_ID, useValue: 'de' }]);
    expect(heading(bare.fixture.nativeElement)).toBe(CALLBACK_WIDGET_STRINGS_EN.title);
  });

  it('names countries in the language of its texts, and defaults to the region of LOCALE_ID', async () => {
    // English texts on a German site: English names, German customers.
    const { fixture, widget } = await setUpWidget({}, [{ provide: LOCALE_ID, useValue: 'de' }]);
    const option = (code: string) =>
      (fixture.nativeElement as HTMLElement).querySelector(
        `select.cb-country option[value="${code}"]`,
      )?.textContent;
    expect(await (await widget.getPhoneField()).getCountry()).toBe('DE');
    expect(option('DE')).toBe('Germany');
    TestBed.resetTestingModule();
    // German texts in an app left at en-US: German names, American default.
    const german = await setUpWidget({}, [
      { provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_DE },
    ]);
    expect(await (await german.widget.getPhoneField()).getCountry()).toBe('US');
    await german.widget.fill({ phonenumber: '' });
    expect(
      (german.fixture.nativeElement as HTMLElement).querySelector(
        'select.cb-country option[value="US"]',
      )?.textContent,
    ).toBe(`${new Intl.DisplayNames(['de'], { type: 'region' }).of('US')} (+1)`);
  });

  it('lets a CALLBACK_WIDGET_STRINGS provider win over the registered locales', async () => {
    const { fixture } = await setUpWidget({}, [
      { provide: LOCALE_ID, useValue: 'de' },
      provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE),
      { provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_FR },
    ]);
    expect(heading(fixture.nativeElement)).toBe(CALLBACK_WIDGET_STRINGS_FR.title);
  });

  it('writes dates and times in the locale of its texts, not the browser’s', async () => {
    // LOCALE_ID stays en-US; the texts are Japanese, then Korean: their dates follow them.
    for (const strings of [CALLBACK_WIDGET_STRINGS_JA, CALLBACK_WIDGET_STRINGS_KO]) {
      TestBed.resetTestingModule();
      const { widget, controller } = await setUpWidget({}, [
        { provide: CALLBACK_WIDGET_STRINGS, useValue: strings },
      ]);
      await widget.choosePickDateTime();
      const slot = slotAt(0, 14, 30);
      controller.expectAvailability().respond([slot]);
      const locale = strings.locale ?? '';
      const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
      const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' });
      expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual([
        time.format(new Date(slot.utcTime)),
      ]);
      expect((await (await widget.getSlotPicker()).getDays())[0]).toBe(day.format(new Date()));
      expect(await (await widget.getSlotPicker()).getSlotLabels()).not.toEqual(['2:30 PM']);
    }
  });
});
