import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Norwegian (Bokmål) texts of the callback widget and dialog (`no`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_NO)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_NO: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'no',
  title: 'Bli oppringt',
  firstName: 'Fornavn',
  lastName: 'Etternavn',
  phoneNumber: 'Telefonnummer',
  required: '(må fylles ut)',
  country: 'Landskode',
  countryOther: 'Annet: skriv + og landskoden',
  notes: 'Merknader',
  charactersLeft: (count: number) => pluralize('no', count, { other: '# tegn igjen' }),
  when: 'Når kan vi ringe deg?',
  asSoonAsPossible: 'Så snart som mulig',
  pickDateTime: 'Velg dato og klokkeslett',
  asapClosed: 'Vi har stengt akkurat nå, så vi kan ikke ringe deg med en gang. Velg et tidspunkt.',
  day: 'Dag',
  times: 'Ledige tidspunkter',
  loadingTimes: 'Henter ledige tidspunkter…',
  noTimes: 'Det er ingen ledige tidspunkter denne dagen. Velg en annen dag.',
  timesError: 'Vi kunne ikke hente de ledige tidspunktene.',
  retry: 'Prøv igjen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('no', count, {
      one: `# ledig tidspunkt ${day}.`,
      other: `# ledige tidspunkter ${day}.`,
    }),
  selectedTime: (time: string) => `Valgt: ${time}`,
  selectionCleared: 'Tidspunktet du hadde valgt på en annen dag, er fjernet.',
  submit: 'Bestill oppringning',
  submitting: 'Sender…',
  phoneRequired: 'Skriv inn telefonnummeret ditt.',
  phoneInvalid: 'Skriv inn et gyldig telefonnummer.',
  tooLong: 'Bruk maks 100 tegn.',
  selectTime: 'Velg en dag og et tidspunkt.',
  officeClosed: 'Vi har stengt på det tidspunktet. Velg et annet tidspunkt.',
  proposals: 'Det tidspunktet er ikke lenger ledig. Du kan velge et av disse i stedet:',
  slotTaken: 'Det tidspunktet er ikke lenger ledig. Velg et annet tidspunkt.',
  proposedTimes: 'Foreslåtte tidspunkter',
  rateLimited: 'Vi mottar svært mange henvendelser nå. Prøv igjen om noen minutter.',
  timeout:
    'Vi kunne ikke bekrefte oppringningen. Den kan likevel være bestilt: sjekk før du prøver igjen.',
  network: 'Vi fikk ikke kontakt med tjenesten. Sjekk tilkoblingen din og prøv igjen.',
  generalError: 'Noe gikk galt. Prøv igjen.',
  supportReference: (id: string) => `Referanse til kundeservice: ${id}`,
  booked: 'Oppringningen er bestilt!',
  bookedAnnounced: (time: string) => `Oppringningen er bestilt: ${time}.`,
  bookedNumber: 'Vi ringer til',
  bookedTime: 'Tidspunkt',
  bookedAsap: 'Så snart som mulig',
  bookedId: 'Bestillingsnummer',
  cancelBooking: 'Avbestill denne oppringningen',
  cancelling: 'Avbestiller…',
  cancelled: 'Oppringningen er avbestilt.',
  cancelError: 'Vi kunne ikke avbestille oppringningen. Prøv igjen.',
  queuePosition: 'Din plass i køen',
  estimatedWait: 'Forventet ventetid',
  waitMinutes: (count: number) =>
    pluralize('no', count, { one: 'omtrent # minutt', other: 'omtrent # minutter' }),
  changeTime: 'Endre tidspunkt',
  rescheduleSubmit: 'Flytt oppringningen',
  rescheduling: 'Flytter…',
  keepTime: 'Behold dette tidspunktet',
  timeChanged: (time: string) => `Oppringningen er flyttet til ${time}.`,
  bookAnother: 'Bestill en ny oppringning',
  close: 'Lukk',
  confirmClose: 'Vil du lukke skjemaet?',
  confirmCloseDetail: 'Det du har skrevet, blir tatt vare på til du kommer tilbake.',
  confirmCloseYes: 'Lukk',
  confirmCloseNo: 'Fortsett å skrive',
});
