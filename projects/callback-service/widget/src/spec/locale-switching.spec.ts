import { LOCALE_ID, signal } from '@angular/core';
import {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_AR,
  CALLBACK_WIDGET_STRINGS_DE,
  CALLBACK_WIDGET_STRINGS_EN,
  type CallbackWidgetStrings,
} from '../public-api';
import { setUpWidget, slotAt, useSpecClock } from './widget-test-helpers';

describe('CallbackWidget switching language at run time', () => {
  useSpecClock();

  function texts(root: HTMLElement): string[] {
    return [
      root.querySelector('h2')?.textContent?.trim() ?? '',
      root.querySelector('.cb-submit')?.textContent?.trim() ?? '',
      root.querySelector('.cb-hint')?.textContent?.trim() ?? '',
    ];
  }

  it('re-renders in the new language and keeps the draft and the chosen time', async () => {
    const language = signal<CallbackWidgetStrings>(CALLBACK_WIDGET_STRINGS_EN);
    const { fixture, widget, controller } = await setUpWidget({}, [
      { provide: LOCALE_ID, useValue: 'en-US' },
      { provide: CALLBACK_WIDGET_STRINGS, useValue: language },
    ]);
    const root = fixture.nativeElement as HTMLElement;
    await widget.fill({ firstname: 'Ada' });
    await widget.fill({ phonenumber: '+49 30 901820' });
    await widget.fill({ subject: 'Tarif' });
    await widget.choosePickDateTime();
    const slot = slotAt(0, 14, 30);
    controller.expectAvailability().respond([slot, slotAt(0, 15)]);
    await (await widget.getSlotPicker()).chooseSlot(0);
    expect(texts(root)).toEqual(['Request a callback', 'Request callback', '95 characters left']);

    language.set(CALLBACK_WIDGET_STRINGS_DE);
    fixture.detectChanges();
    await fixture.whenStable();

    expect(texts(root)).toEqual([
      'Rückruf anfordern',
      'Rückruf anfordern',
      'Noch 95 Zeichen übrig',
    ]);
    // The draft and the chosen slot are kept; the slots are not read again.
    expect(await (await widget.getValues()).firstname).toBe('Ada');
    expect(await (await widget.getValues()).phonenumber).toBe('+49 30 901820');
    expect(await (await widget.getValues()).subject).toBe('Tarif');
    const time = new Intl.DateTimeFormat('de', { hour: 'numeric', minute: '2-digit' });
    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual([
      time.format(new Date(slot.utcTime)),
      time.format(new Date(slotAt(0, 15).utcTime)),
    ]);
    expect(root.querySelector('[role="option"][aria-selected="true"]')?.textContent?.trim()).toBe(
      time.format(new Date(slot.utcTime)),
    );
    const long = new Intl.DateTimeFormat('de', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Ausgewählt: ${long.format(new Date(slot.utcTime))}`,
    );
    const day = new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric' });
    expect((await (await widget.getSlotPicker()).getDays())[0]).toBe(day.format(new Date()));
    controller.expectNoAvailability();

    // And the booking still goes out with the kept values.
    await widget.submit();
    controller.expectSchedule({ desiredTime: slot.utcTime, firstname: 'Ada' }).succeed();
  });

  it('switches the country names of the picker and the texts of errors shown next', async () => {
    const language = signal<CallbackWidgetStrings>(CALLBACK_WIDGET_STRINGS_EN);
    const { fixture, widget } = await setUpWidget({}, [
      { provide: CALLBACK_WIDGET_STRINGS, useValue: language },
    ]);
    const root = fixture.nativeElement as HTMLElement;
    await widget.fill({ phonenumber: '0' });
    expect(root.querySelector('select.cb-country option[value="DE"]')?.textContent).toBe(
      'Germany (+49)',
    );
    language.set(CALLBACK_WIDGET_STRINGS_AR);
    fixture.detectChanges();
    await fixture.whenStable();
    const germany = new Intl.DisplayNames(['ar'], { type: 'region' }).of('DE');
    // In a right-to-left language the dial code is isolated, so that it reads "+49", not "49+".
    expect(root.querySelector('select.cb-country option[value="DE"]')?.textContent).toBe(
      `${germany} (\u2066+49\u2069)`,
    );
    await widget.fill({ phonenumber: '' });
    await widget.submit();
    expect(await widget.getFieldError('phonenumber')).toBe(
      CALLBACK_WIDGET_STRINGS_AR.phoneRequired,
    );
  });
});
