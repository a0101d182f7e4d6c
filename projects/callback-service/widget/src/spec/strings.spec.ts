import { LOCALE_ID } from '@angular/core';
import {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_EN,
  CALLBACK_WIDGET_STRINGS_FR,
  type CallbackWidgetStrings,
} from '../public-api';
import { setUpWidget, slotAt, useSpecClock } from './widget-test-helpers';

describe('CallbackWidget strings', () => {
  useSpecClock();

  // Every text, functions called with sample values, so that both can be compared.
  function rendered(strings: CallbackWidgetStrings): Record<string, string> {
    return Object.fromEntries(
      Object.entries(strings).map(([key, value]) => [
        key,
        typeof value === 'function' ? String(value(3, 'X')) : String(value),
      ]),
    );
  }

  it('says "1 character left" and "2 characters left" (and in French)', () => {
    expect(CALLBACK_WIDGET_STRINGS_EN.charactersLeft(1)).toBe('1 character left');
    expect(CALLBACK_WIDGET_STRINGS_EN.charactersLeft(2)).toBe('2 characters left');
    expect(CALLBACK_WIDGET_STRINGS_EN.charactersLeft(0)).toBe('0 characters left');
    expect(CALLBACK_WIDGET_STRINGS_FR.charactersLeft(1)).toBe('1 caractère restant');
    expect(CALLBACK_WIDGET_STRINGS_FR.charactersLeft(2)).toBe('2 caractères restants');
  });

  it('French translates every key of the English texts', () => {
    const en = rendered(CALLBACK_WIDGET_STRINGS_EN);
    const fr = rendered(CALLBACK_WIDGET_STRINGS_FR);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((key) => !fr[key]?.trim() || fr[key] === en[key]);
    expect(untranslated).toEqual([]);
  });

  it('renders French texts, names, days and 24-hour times with LOCALE_ID fr', async () => {
    const { widget, controller, fixture } = await setUpWidget({}, [
      { provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_FR },
      { provide: LOCALE_ID, useValue: 'fr' },
    ]);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('h2')?.textContent?.trim()).toBe('Demander à être rappelé');
    expect(await (await widget.getPhoneField()).getCountry()).toBe('FR');
    // Until the phone field is used, the picker holds the locale's country only.
    expect(root.querySelectorAll('select.cb-country option').length).toBe(2);
    expect(root.querySelector('select.cb-country option[value="FR"]')?.textContent).toBe('France');
    await widget.fill({ phonenumber: '06 12 34 56 78' });
    expect(root.querySelector('select.cb-country option[value="DE"]')?.textContent).toBe(
      'Allemagne (+49)',
    );
    expect(await (await widget.getPhoneField()).getCountry()).toBe('FR');

    await widget.choosePickDateTime();
    const slot = slotAt(0, 14, 30);
    controller.expectAvailability().respond([slot]);
    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual(['14:30']);
    const today = new Intl.DateTimeFormat('fr', { weekday: 'short', day: 'numeric' }).format(
      new Date(),
    );
    expect((await (await widget.getSlotPicker()).getDays())[0]).toBe(today);

    await widget.fill({ phonenumber: '' });
    await widget.submit();
    expect(await widget.getFieldError('phonenumber')).toBe('Saisissez votre numéro de téléphone.');
  });
});
