import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Italian texts of the callback widget and dialog (`it`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_IT)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_IT: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'it',
  title: 'Richiedi una richiamata',
  firstName: 'Nome',
  lastName: 'Cognome',
  phoneNumber: 'Numero di telefono',
  required: '(obbligatorio)',
  country: 'Prefisso internazionale',
  countryOther: 'Altro: digiti + e il prefisso internazionale',
  notes: 'Note',
  charactersLeft: (count: number) =>
    pluralize('it', count, { one: 'Resta # carattere', other: 'Restano # caratteri' }),
  when: 'Quando preferisce essere richiamato?',
  asSoonAsPossible: 'Il prima possibile',
  pickDateTime: 'Scegli data e ora',
  asapClosed:
    'In questo momento siamo chiusi e non possiamo richiamarla subito. La preghiamo di scegliere un orario.',
  day: 'Giorno',
  times: 'Orari disponibili',
  loadingTimes: 'Caricamento degli orari disponibili…',
  noTimes: 'Nessun orario disponibile in questo giorno. La preghiamo di scegliere un altro giorno.',
  timesError: 'Non è stato possibile caricare gli orari disponibili.',
  retry: 'Riprova',
  timesAnnounced: (count: number, day: string) =>
    pluralize('it', count, {
      one: `${day}: # orario disponibile.`,
      other: `${day}: # orari disponibili.`,
    }),
  selectedTime: (time: string) => `Selezionato: ${time}`,
  selectionCleared: 'L’orario scelto in un altro giorno è stato rimosso.',
  submit: 'Richiedi la richiamata',
  submitting: 'Invio in corso…',
  phoneRequired: 'Inserisca il numero di telefono.',
  phoneInvalid: 'Inserisca un numero di telefono valido.',
  tooLong: 'Utilizzi al massimo 100 caratteri.',
  selectTime: 'Scelga un giorno e un orario.',
  officeClosed: 'A quell’ora siamo chiusi. La preghiamo di scegliere un altro orario.',
  proposals: 'Quell’orario non è più disponibile. Può scegliere invece uno di questi orari:',
  slotTaken: 'Quell’orario non è più disponibile. La preghiamo di sceglierne un altro.',
  proposedTimes: 'Orari proposti',
  rateLimited: 'Stiamo ricevendo troppe richieste. Riprovi tra qualche minuto.',
  timeout:
    'Non è stato possibile confermare la richiamata. Potrebbe essere già stata prenotata: verifichi prima di riprovare.',
  network:
    'Non è stato possibile raggiungere il servizio di richiamata. Controlli la connessione e riprovi.',
  generalError: 'Si è verificato un problema. La preghiamo di riprovare.',
  supportReference: (id: string) => `Riferimento per l’assistenza: ${id}`,
  booked: 'La richiamata è prenotata!',
  bookedAnnounced: (time: string) => `La richiamata è prenotata: ${time}.`,
  bookedNumber: 'Chiameremo il numero',
  bookedTime: 'Orario',
  bookedAsap: 'Il prima possibile',
  bookedId: 'Riferimento della richiamata',
  cancelBooking: 'Annulla questa richiamata',
  cancelling: 'Annullamento in corso…',
  cancelled: 'La richiamata è stata annullata.',
  cancelError: 'Non è stato possibile annullare la richiamata. La preghiamo di riprovare.',
  queuePosition: 'La sua posizione in coda',
  estimatedWait: 'Attesa stimata',
  waitMinutes: (count: number) =>
    pluralize('it', count, { one: 'circa # minuto', other: 'circa # minuti' }),
  changeTime: 'Cambia orario',
  rescheduleSubmit: 'Sposta la richiamata',
  rescheduling: 'Spostamento…',
  keepTime: 'Mantieni questo orario',
  timeChanged: (time: string) => `La richiamata è stata spostata a: ${time}.`,
  bookAnother: 'Richiedi un’altra richiamata',
  close: 'Chiudi',
  confirmClose: 'Chiudere il modulo di richiamata?',
  confirmCloseDetail: 'Quanto ha scritto verrà conservato per il Suo ritorno.',
  confirmCloseYes: 'Chiudi',
  confirmCloseNo: 'Continua a modificare',
});
