import {
  CALLBACK_WIDGET_STRINGS_AR,
  CALLBACK_WIDGET_STRINGS_DA,
  CALLBACK_WIDGET_STRINGS_DE,
  CALLBACK_WIDGET_STRINGS_EN,
  CALLBACK_WIDGET_STRINGS_ES,
  CALLBACK_WIDGET_STRINGS_FI,
  CALLBACK_WIDGET_STRINGS_FR,
  CALLBACK_WIDGET_STRINGS_HE,
  CALLBACK_WIDGET_STRINGS_IT,
  CALLBACK_WIDGET_STRINGS_JA,
  CALLBACK_WIDGET_STRINGS_KO,
  CALLBACK_WIDGET_STRINGS_NL,
  CALLBACK_WIDGET_STRINGS_NO,
  CALLBACK_WIDGET_STRINGS_PL,
  CALLBACK_WIDGET_STRINGS_PT_BR,
  CALLBACK_WIDGET_STRINGS_SV,
  CALLBACK_WIDGET_STRINGS_TH,
  CALLBACK_WIDGET_STRINGS_TR,
  CALLBACK_WIDGET_STRINGS_ZH_CN,
  CALLBACK_WIDGET_STRINGS_ZH_TW,
  type CallbackWidgetStrings,
} from '../public-api';

/** Every translation that ships, by the tag it must carry. */
const LOCALES: Record<string, CallbackWidgetStrings> = {
  ar: CALLBACK_WIDGET_STRINGS_AR,
  da: CALLBACK_WIDGET_STRINGS_DA,
  de: CALLBACK_WIDGET_STRINGS_DE,
  en: CALLBACK_WIDGET_STRINGS_EN,
  es: CALLBACK_WIDGET_STRINGS_ES,
  fi: CALLBACK_WIDGET_STRINGS_FI,
  fr: CALLBACK_WIDGET_STRINGS_FR,
  he: CALLBACK_WIDGET_STRINGS_HE,
  it: CALLBACK_WIDGET_STRINGS_IT,
  ja: CALLBACK_WIDGET_STRINGS_JA,
  ko: CALLBACK_WIDGET_STRINGS_KO,
  nl: CALLBACK_WIDGET_STRINGS_NL,
  no: CALLBACK_WIDGET_STRINGS_NO,
  pl: CALLBACK_WIDGET_STRINGS_PL,
  'pt-BR': CALLBACK_WIDGET_STRINGS_PT_BR,
  sv: CALLBACK_WIDGET_STRINGS_SV,
  th: CALLBACK_WIDGET_STRINGS_TH,
  tr: CALLBACK_WIDGET_STRINGS_TR,
  'zh-CN': CALLBACK_WIDGET_STRINGS_ZH_CN,
  'zh-TW': CALLBACK_WIDGET_STRINGS_ZH_TW,
};

// Values the texts with placeholders are called with: easy to find in the result.
const COUNT = 7;
const ARGS: Record<string, readonly (string | number)[]> = {
  charactersLeft: [COUNT],
  timesAnnounced: [COUNT, 'DAYARG'],
  selectedTime: ['TIMEARG'],
  supportReference: ['IDARG'],
  bookedAnnounced: ['TIMEARG'],
  waitMinutes: [COUNT],
  timeChanged: ['TIMEARG'],
};

/**
 * Words spelled the same in English and in the locale, and right there: not English left
 * over. Each was checked against the locale's own usage.
 */
const SHARED_WORDS: Record<string, readonly string[]> = {
  fr: ['date', 'minutes', 'possible', 'service'],
};

/** Every text of `strings` as shown, the ones with placeholders called with {@link ARGS}. */
function rendered(strings: CallbackWidgetStrings): Record<string, string> {
  return Object.fromEntries(
    Object.entries(strings)
      .filter(([key]) => key !== 'locale')
      .map(([key, value]) => [
        key,
        typeof value === 'function'
          ? String((value as (...args: unknown[]) => string)(...(ARGS[key] ?? [])))
          : String(value),
      ]),
  );
}

/** Words of four letters or more (any script), lower-cased, without the placeholder values. */
function words(text: string): string[] {
  return (text.match(/\p{L}{4,}/gu) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => !['dayarg', 'timearg', 'idarg'].includes(word));
}

const english = rendered(CALLBACK_WIDGET_STRINGS_EN);
const englishWords = new Set(Object.values(english).flatMap(words));

describe('CallbackWidget locales', () => {
  it('ship 20 translations, each tagged with its own locale', () => {
    expect(Object.keys(LOCALES).length).toBe(20);
    for (const [tag, strings] of Object.entries(LOCALES)) expect(strings.locale).toBe(tag);
  });

  for (const [tag, strings] of Object.entries(LOCALES)) {
    describe(tag, () => {
      const texts = rendered(strings);

      it('has every key of the English texts, of the same kind, and no other', () => {
        expect(Object.keys(strings).sort()).toEqual(Object.keys(CALLBACK_WIDGET_STRINGS_EN).sort());
        for (const [key, value] of Object.entries(CALLBACK_WIDGET_STRINGS_EN)) {
          const own: unknown = strings[key as keyof CallbackWidgetStrings];
          expect(typeof own)
            .withContext(key)
            .toBe(typeof value);
          if (typeof value === 'function') {
            expect((own as (...args: unknown[]) => string).length)
              .withContext(key)
              .toBe(value.length);
          }
        }
      });

      it('has no empty text', () => {
        const empty = Object.keys(texts).filter((key) => !texts[key]?.trim());
        expect(empty).toEqual([]);
      });

      it('keeps every placeholder: the count in the locale’s digits, the day, time and id', () => {
        const count = new Intl.NumberFormat(tag).format(COUNT);
        expect(texts['charactersLeft']).toContain(count);
        expect(texts['timesAnnounced']).toContain(count);
        expect(texts['timesAnnounced']).toContain('DAYARG');
        expect(texts['selectedTime']).toContain('TIMEARG');
        expect(texts['bookedAnnounced']).toContain('TIMEARG');
        expect(texts['supportReference']).toContain('IDARG');
        expect(texts['waitMinutes']).toContain(count);
        expect(texts['timeChanged']).toContain('TIMEARG');
      });

      it('says something for every count the notes field can show', () => {
        for (let count = 0; count <= 100; count++) {
          expect(strings.charactersLeft(count).trim()).withContext(String(count)).not.toBe('');
          expect(strings.timesAnnounced(count, 'DAYARG'))
            .withContext(String(count))
            .toContain('DAYARG');
        }
        // The wait is said in whole minutes, at least one; an hour or more is still minutes.
        for (const minutes of [1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101]) {
          expect(strings.waitMinutes(minutes).trim()).withContext(String(minutes)).not.toBe('');
        }
      });

      if (tag !== 'en') {
        it('leaves no English behind', () => {
          const same = Object.keys(english).filter((key) => texts[key] === english[key]);
          expect(same).withContext('texts equal to the English ones').toEqual([]);
          const allowed = new Set(SHARED_WORDS[tag] ?? []);
          const leftOver = Object.entries(texts).flatMap(([key, text]) =>
            words(text)
              .filter((word) => englishWords.has(word) && !allowed.has(word))
              .map((word) => `${key}: ${word}`),
          );
          expect(leftOver).toEqual([]);
        });
      }
    });
  }
});

describe('CallbackWidget plural forms', () => {
  it('English: one and other', () => {
    expect(CALLBACK_WIDGET_STRINGS_EN.charactersLeft(1)).toBe('1 character left');
    expect(CALLBACK_WIDGET_STRINGS_EN.charactersLeft(0)).toBe('0 characters left');
    expect(CALLBACK_WIDGET_STRINGS_EN.timesAnnounced(1, 'Monday')).toBe(
      '1 time available on Monday.',
    );
    expect(CALLBACK_WIDGET_STRINGS_EN.timesAnnounced(3, 'Monday')).toBe(
      '3 times available on Monday.',
    );
  });

  it('French and Brazilian Portuguese put 0 in the singular', () => {
    expect(CALLBACK_WIDGET_STRINGS_FR.charactersLeft(0)).toBe('0 caractère restant');
    expect(CALLBACK_WIDGET_STRINGS_FR.charactersLeft(2)).toBe('2 caractères restants');
    expect(CALLBACK_WIDGET_STRINGS_PT_BR.charactersLeft(0)).toBe('Resta 0 caractere');
    expect(CALLBACK_WIDGET_STRINGS_PT_BR.charactersLeft(1)).toBe('Resta 1 caractere');
    expect(CALLBACK_WIDGET_STRINGS_PT_BR.charactersLeft(2)).toBe('Restam 2 caracteres');
  });

  it('Polish: one, few (2–4, 22–24) and many (5–21, 25…)', () => {
    const left = CALLBACK_WIDGET_STRINGS_PL.charactersLeft;
    expect([1, 2, 4, 5, 12, 22, 25].map(left)).toEqual([
      'Pozostał 1 znak',
      'Pozostały 2 znaki',
      'Pozostały 4 znaki',
      'Pozostało 5 znaków',
      'Pozostało 12 znaków',
      'Pozostały 22 znaki',
      'Pozostało 25 znaków',
    ]);
    expect(CALLBACK_WIDGET_STRINGS_PL.timesAnnounced(3, 'wtorek')).toBe(
      'wtorek: 3 dostępne godziny.',
    );
  });

  it('the estimated wait follows each language’s plural forms', () => {
    expect([1, 4].map(CALLBACK_WIDGET_STRINGS_EN.waitMinutes)).toEqual([
      'about 1 minute',
      'about 4 minutes',
    ]);
    expect([1, 2, 5, 22].map(CALLBACK_WIDGET_STRINGS_PL.waitMinutes)).toEqual([
      'około 1 minuty',
      'około 2 minut',
      'około 5 minut',
      'około 22 minut',
    ]);
    expect([1, 2, 3, 11].map(CALLBACK_WIDGET_STRINGS_AR.waitMinutes)).toEqual([
      'نحو دقيقة واحدة',
      'نحو دقيقتين',
      'نحو 3 دقائق',
      'نحو 11 دقيقةً',
    ]);
  });

  it('Arabic: zero, one, two, few (3–10), many (11–99) and other (100…)', () => {
    const left = CALLBACK_WIDGET_STRINGS_AR.charactersLeft;
    expect([0, 1, 2, 3, 11, 100].map(left)).toEqual([
      'لم يتبقَّ أي حرف',
      'تبقّى حرف واحد',
      'تبقّى حرفان',
      'تبقّى 3 أحرف',
      'تبقّى 11 حرفًا',
      'تبقّى 100 حرف',
    ]);
  });

  it('Hebrew: one and other', () => {
    expect(CALLBACK_WIDGET_STRINGS_HE.charactersLeft(1)).toBe('נותר תו אחד');
    expect(CALLBACK_WIDGET_STRINGS_HE.charactersLeft(2)).toBe('נותרו 2 תווים');
  });

  it('Japanese, Korean, Chinese and Thai: one form for every count', () => {
    expect(CALLBACK_WIDGET_STRINGS_JA.charactersLeft(1)).toBe('残り 1 文字');
    expect(CALLBACK_WIDGET_STRINGS_KO.charactersLeft(1)).toBe('1자 남음');
    expect(CALLBACK_WIDGET_STRINGS_ZH_CN.charactersLeft(2)).toBe('还可输入 2 个字符');
    expect(CALLBACK_WIDGET_STRINGS_TH.charactersLeft(2)).toBe('เหลืออีก 2 ตัวอักษร');
  });
});
