import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The German texts of the callback widget and dialog (`de`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_DE: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'de',
  title: 'Rückruf anfordern',
  firstName: 'Vorname',
  lastName: 'Nachname',
  phoneNumber: 'Telefonnummer',
  required: '(Pflichtfeld)',
  country: 'Ländervorwahl',
  countryOther: 'Andere: + und Ländervorwahl eingeben',
  notes: 'Anmerkungen',
  charactersLeft: (count: number) => pluralize('de', count, { other: 'Noch # Zeichen übrig' }),
  when: 'Wann dürfen wir Sie anrufen?',
  asSoonAsPossible: 'So bald wie möglich',
  pickDateTime: 'Datum und Uhrzeit wählen',
  asapClosed:
    'Wir sind gerade nicht erreichbar und können Sie daher nicht sofort anrufen. Bitte wählen Sie eine Uhrzeit.',
  day: 'Tag',
  times: 'Verfügbare Uhrzeiten',
  loadingTimes: 'Verfügbare Uhrzeiten werden geladen…',
  noTimes: 'An diesem Tag ist keine Uhrzeit verfügbar. Bitte wählen Sie einen anderen Tag.',
  timesError: 'Die verfügbaren Uhrzeiten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('de', count, {
      one: `Am ${day} ist # Uhrzeit verfügbar.`,
      other: `Am ${day} sind # Uhrzeiten verfügbar.`,
    }),
  selectedTime: (time: string) => `Ausgewählt: ${time}`,
  selectionCleared: 'Die Uhrzeit, die Sie an einem anderen Tag gewählt hatten, wurde entfernt.',
  submit: 'Rückruf anfordern',
  submitting: 'Wird gesendet…',
  phoneRequired: 'Bitte geben Sie Ihre Telefonnummer ein.',
  phoneInvalid: 'Bitte geben Sie eine gültige Telefonnummer ein.',
  tooLong: 'Bitte verwenden Sie höchstens 100 Zeichen.',
  selectTime: 'Bitte wählen Sie einen Tag und eine Uhrzeit.',
  officeClosed: 'Zu dieser Zeit sind wir nicht erreichbar. Bitte wählen Sie eine andere Uhrzeit.',
  proposals:
    'Diese Uhrzeit ist nicht mehr verfügbar. Sie können stattdessen eine dieser Uhrzeiten wählen:',
  slotTaken: 'Diese Uhrzeit ist nicht mehr verfügbar. Bitte wählen Sie eine andere Uhrzeit.',
  proposedTimes: 'Vorgeschlagene Uhrzeiten',
  rateLimited:
    'Wir erhalten gerade sehr viele Anfragen. Bitte versuchen Sie es in einigen Minuten erneut.',
  timeout:
    'Wir konnten Ihren Rückruf nicht bestätigen. Möglicherweise wurde er dennoch gebucht: Bitte prüfen Sie das, bevor Sie es erneut versuchen.',
  network:
    'Der Rückrufdienst ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  generalError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  supportReference: (id: string) => `Vorgangsnummer für den Kundendienst: ${id}`,
  booked: 'Ihr Rückruf ist gebucht!',
  bookedAnnounced: (time: string) => `Ihr Rückruf ist gebucht: ${time}.`,
  bookedNumber: 'Wir rufen Sie an unter',
  bookedTime: 'Zeitpunkt',
  bookedAsap: 'So bald wie möglich',
  bookedId: 'Rückruf-Referenz',
  cancelBooking: 'Diesen Rückruf stornieren',
  cancelling: 'Wird storniert…',
  cancelled: 'Ihr Rückruf wurde storniert.',
  cancelError: 'Ihr Rückruf konnte nicht storniert werden. Bitte versuchen Sie es erneut.',
  queuePosition: 'Ihr Platz in der Warteschlange',
  estimatedWait: 'Voraussichtliche Wartezeit',
  waitMinutes: (count: number) =>
    pluralize('de', count, { one: 'etwa # Minute', other: 'etwa # Minuten' }),
  changeTime: 'Uhrzeit ändern',
  rescheduleSubmit: 'Rückruf verschieben',
  rescheduling: 'Wird verschoben…',
  keepTime: 'Uhrzeit beibehalten',
  timeChanged: (time: string) => `Ihr Rückruf ist verschoben auf: ${time}.`,
  bookAnother: 'Weiteren Rückruf anfordern',
  close: 'Schließen',
  confirmClose: 'Rückrufformular schließen?',
  confirmCloseDetail: 'Ihre Eingaben bleiben für später erhalten.',
  confirmCloseYes: 'Schließen',
  confirmCloseNo: 'Weiter bearbeiten',
});
