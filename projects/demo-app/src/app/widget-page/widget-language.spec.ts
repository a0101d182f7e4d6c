import { TestBed } from '@angular/core/testing';
import { WidgetLanguage } from './widget-language';

describe('WidgetLanguage (the demo language picker)', () => {
  it('offers every translation the widget ships, English first, then by tag', () => {
    const languages = TestBed.inject(WidgetLanguage);
    expect(languages.options.map((option) => option.tag)).toEqual([
      'en',
      'ar',
      'da',
      'de',
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
    ]);
    expect(languages.options[3]?.name).toBe('Deutsch');
  });

  it('switches the texts and the direction, and ignores an unknown tag', () => {
    const languages = TestBed.inject(WidgetLanguage);
    languages.choose('ar');
    expect([languages.tag(), languages.direction()]).toEqual(['ar', 'rtl']);
    expect(languages.strings().locale).toBe('ar');
    languages.choose('xx');
    expect(languages.tag()).toBe('ar');
  });
});
