import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Danish texts of the callback widget and dialog (`da`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DA)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_DA: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'da',
  title: 'Bliv ringet op',
  firstName: 'Fornavn',
  lastName: 'Efternavn',
  phoneNumber: 'Telefonnummer',
  required: '(skal udfyldes)',
  country: 'Landekode',
  countryOther: 'Andet: skriv + og landekoden',
  notes: 'Bemærkninger',
  charactersLeft: (count: number) => pluralize('da', count, { other: '# tegn tilbage' }),
  when: 'Hvornår må vi ringe til dig?',
  asSoonAsPossible: 'Hurtigst muligt',
  pickDateTime: 'Vælg dato og tidspunkt',
  asapClosed:
    'Vi har lukket lige nu, så vi kan ikke ringe med det samme. Vælg venligst et tidspunkt.',
  day: 'Dag',
  times: 'Ledige tidspunkter',
  loadingTimes: 'Henter ledige tidspunkter…',
  noTimes: 'Der er ingen ledige tidspunkter denne dag. Vælg venligst en anden dag.',
  timesError: 'Vi kunne ikke hente de ledige tidspunkter.',
  retry: 'Prøv igen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('da', count, {
      one: `# ledigt tidspunkt ${day}.`,
      other: `# ledige tidspunkter ${day}.`,
    }),
  selectedTime: (time: string) => `Valgt: ${time}`,
  selectionCleared: 'Det tidspunkt, du havde valgt på en anden dag, er fjernet.',
  submit: 'Bestil opkald',
  submitting: 'Sender…',
  phoneRequired: 'Indtast dit telefonnummer.',
  phoneInvalid: 'Indtast et gyldigt telefonnummer.',
  tooLong: 'Brug højst 100 tegn.',
  selectTime: 'Vælg en dag og et tidspunkt.',
  officeClosed: 'Vi har lukket på det tidspunkt. Vælg venligst et andet tidspunkt.',
  proposals: 'Det tidspunkt er ikke længere ledigt. Du kan i stedet vælge et af disse tidspunkter:',
  slotTaken: 'Det tidspunkt er ikke længere ledigt. Vælg venligst et andet.',
  proposedTimes: 'Foreslåede tidspunkter',
  rateLimited: 'Vi modtager mange henvendelser lige nu. Prøv igen om et par minutter.',
  timeout:
    'Vi kunne ikke bekræfte dit opkald. Det kan være bestilt alligevel: tjek det, før du prøver igen.',
  network: 'Vi kunne ikke få forbindelse til tjenesten. Tjek din forbindelse, og prøv igen.',
  generalError: 'Noget gik galt. Prøv venligst igen.',
  supportReference: (id: string) => `Sagsnummer til kundeservice: ${id}`,
  booked: 'Dit opkald er bestilt!',
  bookedAnnounced: (time: string) => `Dit opkald er bestilt: ${time}.`,
  bookedNumber: 'Vi ringer til',
  bookedTime: 'Tidspunkt',
  bookedAsap: 'Hurtigst muligt',
  bookedId: 'Bestillingsnummer',
  cancelBooking: 'Annuller dette opkald',
  cancelling: 'Annullerer…',
  cancelled: 'Dit opkald er annulleret.',
  cancelError: 'Vi kunne ikke annullere dit opkald. Prøv venligst igen.',
  queuePosition: 'Din plads i køen',
  estimatedWait: 'Forventet ventetid',
  waitMinutes: (count: number) =>
    pluralize('da', count, { one: 'cirka # minut', other: 'cirka # minutter' }),
  changeTime: 'Skift tidspunkt',
  rescheduleSubmit: 'Flyt mit opkald',
  rescheduling: 'Flytter…',
  keepTime: 'Behold dette tidspunkt',
  timeChanged: (time: string) => `Dit opkald er flyttet til ${time}.`,
  bookAnother: 'Bestil et nyt opkald',
  close: 'Luk',
  confirmClose: 'Vil du lukke formularen?',
  confirmCloseDetail: 'Det, du har skrevet, bliver gemt, til du kommer tilbage.',
  confirmCloseYes: 'Luk',
  confirmCloseNo: 'Fortsæt med at skrive',
});
