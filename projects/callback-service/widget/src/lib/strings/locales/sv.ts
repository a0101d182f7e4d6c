import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Swedish texts of the callback widget and dialog (`sv`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_SV)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_SV: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'sv',
  title: 'Bli uppringd',
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  phoneNumber: 'Telefonnummer',
  required: '(obligatoriskt)',
  country: 'Landsnummer',
  countryOther: 'Annat: skriv + och landsnumret',
  notes: 'Anteckningar',
  charactersLeft: (count: number) => pluralize('sv', count, { other: '# tecken kvar' }),
  when: 'När vill du att vi ringer?',
  asSoonAsPossible: 'Så snart som möjligt',
  pickDateTime: 'Välj datum och tid',
  asapClosed: 'Vi har stängt just nu och kan inte ringa direkt. Välj en tid.',
  day: 'Dag',
  times: 'Lediga tider',
  loadingTimes: 'Hämtar lediga tider…',
  noTimes: 'Det finns inga lediga tider den här dagen. Välj en annan dag.',
  timesError: 'Vi kunde inte hämta de lediga tiderna.',
  retry: 'Försök igen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('sv', count, {
      one: `# ledig tid ${day}.`,
      other: `# lediga tider ${day}.`,
    }),
  selectedTime: (time: string) => `Vald tid: ${time}`,
  selectionCleared: 'Tiden du hade valt en annan dag har tagits bort.',
  submit: 'Beställ samtal',
  submitting: 'Skickar…',
  phoneRequired: 'Ange ditt telefonnummer.',
  phoneInvalid: 'Ange ett giltigt telefonnummer.',
  tooLong: 'Använd högst 100 tecken.',
  selectTime: 'Välj en dag och en tid.',
  officeClosed: 'Vi har stängt vid den tiden. Välj en annan tid.',
  proposals: 'Den tiden är inte längre ledig. Du kan välja någon av de här tiderna i stället:',
  slotTaken: 'Den tiden är inte längre ledig. Välj en annan tid.',
  proposedTimes: 'Föreslagna tider',
  rateLimited: 'Vi tar emot väldigt många förfrågningar just nu. Försök igen om några minuter.',
  timeout:
    'Vi kunde inte bekräfta ditt samtal. Det kan ändå vara bokat: kontrollera det innan du försöker igen.',
  network: 'Vi kunde inte nå tjänsten. Kontrollera din anslutning och försök igen.',
  generalError: 'Något gick fel. Försök igen.',
  supportReference: (id: string) => `Referens till kundtjänst: ${id}`,
  booked: 'Ditt samtal är bokat!',
  bookedAnnounced: (time: string) => `Ditt samtal är bokat: ${time}.`,
  bookedNumber: 'Vi ringer till',
  bookedTime: 'Tid',
  bookedAsap: 'Så snart som möjligt',
  bookedId: 'Bokningsnummer',
  cancelBooking: 'Avboka samtalet',
  cancelling: 'Avbokar…',
  cancelled: 'Ditt samtal är avbokat.',
  cancelError: 'Vi kunde inte avboka ditt samtal. Försök igen.',
  queuePosition: 'Din plats i kön',
  estimatedWait: 'Beräknad väntetid',
  waitMinutes: (count: number) =>
    pluralize('sv', count, { one: 'ungefär # minut', other: 'ungefär # minuter' }),
  changeTime: 'Ändra tid',
  rescheduleSubmit: 'Flytta samtalet',
  rescheduling: 'Flyttar…',
  keepTime: 'Behåll tiden',
  timeChanged: (time: string) => `Samtalet är flyttat till ${time}.`,
  bookAnother: 'Boka ett nytt samtal',
  close: 'Stäng',
  confirmClose: 'Vill du stänga formuläret?',
  confirmCloseDetail: 'Det du har skrivit sparas tills du kommer tillbaka.',
  confirmCloseYes: 'Stäng',
  confirmCloseNo: 'Fortsätt skriva',
});
