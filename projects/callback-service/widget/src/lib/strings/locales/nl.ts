import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Dutch texts of the callback widget and dialog (`nl`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_NL)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_NL: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'nl',
  title: 'Terugbelverzoek',
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  phoneNumber: 'Telefoonnummer',
  required: '(verplicht)',
  country: 'Landcode',
  countryOther: 'Anders: typ + en de landcode',
  notes: 'Opmerkingen',
  charactersLeft: (count: number) =>
    pluralize('nl', count, { one: 'Nog # teken over', other: 'Nog # tekens over' }),
  when: 'Wanneer mogen we u bellen?',
  asSoonAsPossible: 'Zo snel mogelijk',
  pickDateTime: 'Datum en tijd kiezen',
  asapClosed: 'We zijn nu gesloten en kunnen u dus niet meteen bellen. Kies een tijd.',
  day: 'Dag',
  times: 'Beschikbare tijden',
  loadingTimes: 'Beschikbare tijden laden…',
  noTimes: 'Op deze dag is er geen tijd beschikbaar. Kies een andere dag.',
  timesError: 'We konden de beschikbare tijden niet laden.',
  retry: 'Opnieuw proberen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('nl', count, {
      one: `# tijd beschikbaar op ${day}.`,
      other: `# tijden beschikbaar op ${day}.`,
    }),
  selectedTime: (time: string) => `Gekozen: ${time}`,
  selectionCleared: 'De tijd die u op een andere dag had gekozen, is gewist.',
  submit: 'Terugbellen aanvragen',
  submitting: 'Bezig met verzenden…',
  phoneRequired: 'Vul uw telefoonnummer in.',
  phoneInvalid: 'Vul een geldig telefoonnummer in.',
  tooLong: 'Gebruik maximaal 100 tekens.',
  selectTime: 'Kies een dag en een tijd.',
  officeClosed: 'Op dat moment zijn we gesloten. Kies een andere tijd.',
  proposals:
    'Die tijd is niet meer beschikbaar. U kunt in plaats daarvan een van deze tijden kiezen:',
  slotTaken: 'Die tijd is niet meer beschikbaar. Kies een andere tijd.',
  proposedTimes: 'Voorgestelde tijden',
  rateLimited: 'We ontvangen te veel verzoeken. Probeer het over een paar minuten opnieuw.',
  timeout:
    'We konden uw terugbelverzoek niet bevestigen. Mogelijk is het toch ingepland: controleer dit voordat u het opnieuw probeert.',
  network:
    'We konden de terugbeldienst niet bereiken. Controleer uw verbinding en probeer het opnieuw.',
  generalError: 'Er is iets misgegaan. Probeer het opnieuw.',
  supportReference: (id: string) => `Referentie voor de klantenservice: ${id}`,
  booked: 'Uw terugbelafspraak staat gepland!',
  bookedAnnounced: (time: string) => `Uw terugbelafspraak staat gepland: ${time}.`,
  bookedNumber: 'We bellen naar',
  bookedTime: 'Tijdstip',
  bookedAsap: 'Zo snel mogelijk',
  bookedId: 'Referentie van de afspraak',
  cancelBooking: 'Deze terugbelafspraak annuleren',
  cancelling: 'Bezig met annuleren…',
  cancelled: 'Uw terugbelafspraak is geannuleerd.',
  cancelError: 'We konden uw terugbelafspraak niet annuleren. Probeer het opnieuw.',
  queuePosition: 'Uw plaats in de wachtrij',
  estimatedWait: 'Verwachte wachttijd',
  waitMinutes: (count: number) =>
    pluralize('nl', count, { one: 'ongeveer # minuut', other: 'ongeveer # minuten' }),
  changeTime: 'Tijd wijzigen',
  rescheduleSubmit: 'Terugbelafspraak verzetten',
  rescheduling: 'Bezig met verzetten…',
  keepTime: 'Deze tijd houden',
  timeChanged: (time: string) => `Uw terugbelafspraak is verzet naar ${time}.`,
  bookAnother: 'Nog een terugbelafspraak maken',
  close: 'Sluiten',
  confirmClose: 'Het terugbelformulier sluiten?',
  confirmCloseDetail: 'Wat u hebt ingevuld, blijft bewaard voor als u terugkomt.',
  confirmCloseYes: 'Sluiten',
  confirmCloseNo: 'Verder bewerken',
});
