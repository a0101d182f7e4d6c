import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Polish texts of the callback widget and dialog (`pl`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_PL)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_PL: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'pl',
  title: 'Poproś o oddzwonienie',
  firstName: 'Imię',
  lastName: 'Nazwisko',
  phoneNumber: 'Numer telefonu',
  required: '(wymagane)',
  country: 'Numer kierunkowy kraju',
  countryOther: 'Inny: wpisz + i numer kierunkowy kraju',
  notes: 'Uwagi',
  charactersLeft: (count: number) =>
    pluralize('pl', count, {
      one: 'Pozostał # znak',
      few: 'Pozostały # znaki',
      many: 'Pozostało # znaków',
      other: 'Pozostało # znaku',
    }),
  when: 'Kiedy możemy zadzwonić?',
  asSoonAsPossible: 'Jak najszybciej',
  pickDateTime: 'Wybierz datę i godzinę',
  asapClosed: 'W tej chwili nie pracujemy, więc nie możemy zadzwonić od razu. Wybierz godzinę.',
  day: 'Dzień',
  times: 'Dostępne godziny',
  loadingTimes: 'Wczytywanie dostępnych godzin…',
  noTimes: 'W tym dniu nie ma wolnych terminów. Prosimy wybrać inny dzień.',
  timesError: 'Nie udało się wczytać dostępnych godzin.',
  retry: 'Spróbuj ponownie',
  timesAnnounced: (count: number, day: string) =>
    pluralize('pl', count, {
      one: `${day}: # dostępna godzina.`,
      few: `${day}: # dostępne godziny.`,
      many: `${day}: # dostępnych godzin.`,
      other: `${day}: # dostępnej godziny.`,
    }),
  selectedTime: (time: string) => `Wybrano: ${time}`,
  selectionCleared: 'Godzina wybrana w innym dniu została usunięta.',
  submit: 'Poproś o telefon',
  submitting: 'Wysyłanie…',
  phoneRequired: 'Prosimy podać numer telefonu.',
  phoneInvalid: 'Prosimy podać prawidłowy numer telefonu.',
  tooLong: 'Można wpisać najwyżej 100 znaków.',
  selectTime: 'Prosimy wybrać dzień i godzinę.',
  officeClosed: 'O tej godzinie jesteśmy nieczynni. Prosimy wybrać inną godzinę.',
  proposals: 'Ta godzina nie jest już dostępna. Można zamiast niej wybrać jedną z tych godzin:',
  slotTaken: 'Ta godzina nie jest już dostępna. Prosimy wybrać inną.',
  proposedTimes: 'Proponowane godziny',
  rateLimited: 'Otrzymujemy teraz zbyt wiele zgłoszeń. Prosimy spróbować ponownie za kilka minut.',
  timeout:
    'Nie udało się potwierdzić rozmowy. Mogła jednak zostać zarezerwowana: prosimy to sprawdzić przed ponowną próbą.',
  network: 'Nie udało się połączyć z usługą. Prosimy sprawdzić połączenie i spróbować ponownie.',
  generalError: 'Coś poszło nie tak. Prosimy spróbować ponownie.',
  supportReference: (id: string) => `Numer referencyjny dla obsługi klienta: ${id}`,
  booked: 'Rozmowa jest zarezerwowana!',
  bookedAnnounced: (time: string) => `Rozmowa jest zarezerwowana: ${time}.`,
  bookedNumber: 'Zadzwonimy pod numer',
  bookedTime: 'Termin',
  bookedAsap: 'Jak najszybciej',
  bookedId: 'Numer rezerwacji',
  cancelBooking: 'Anuluj tę rozmowę',
  cancelling: 'Anulowanie…',
  cancelled: 'Rozmowa została anulowana.',
  cancelError: 'Nie udało się anulować rozmowy. Prosimy spróbować ponownie.',
  queuePosition: 'Twoje miejsce w kolejce',
  estimatedWait: 'Szacowany czas oczekiwania',
  waitMinutes: (count: number) =>
    pluralize('pl', count, {
      one: 'około # minuty',
      few: 'około # minut',
      many: 'około # minut',
      other: 'około # minuty',
    }),
  changeTime: 'Zmień godzinę',
  rescheduleSubmit: 'Przenieś rozmowę',
  rescheduling: 'Przenoszenie…',
  keepTime: 'Zostaw tę godzinę',
  timeChanged: (time: string) => `Rozmowa została przeniesiona na: ${time}.`,
  bookAnother: 'Zarezerwuj kolejną rozmowę',
  close: 'Zamknij',
  confirmClose: 'Zamknąć formularz?',
  confirmCloseDetail: 'Wpisane dane zostaną zachowane do Twojego powrotu.',
  confirmCloseYes: 'Zamknij',
  confirmCloseNo: 'Wróć do formularza',
});
