import { InjectionToken, type Signal } from '@angular/core';
import { pluralize } from './plural';

/**
 * Every text of the callback widget and dialog. Replace them all through
 * {@link CALLBACK_WIDGET_STRINGS}; texts with values are functions, and those with a count
 * choose their plural form with the locale's `Intl.PluralRules` (see `pluralize`).
 */
export interface CallbackWidgetStrings {
  /**
   * BCP 47 tag of the language the texts are written in, e.g. `de` or `pt-BR`. It matches
   * them to `LOCALE_ID` (`provideCallbackWidgetLocales()`), and dates, times, numbers and
   * country names follow it when `LOCALE_ID` speaks another language. Without it, they follow
   * `LOCALE_ID`.
   */
  readonly locale?: string;
  /** Heading of the form. */
  readonly title: string;
  /** Label of the first-name field. */
  readonly firstName: string;
  /** Label of the last-name field. */
  readonly lastName: string;
  /** Label of the phone-number field. */
  readonly phoneNumber: string;
  /** Marks a required field, after its label. */
  readonly required: string;
  /** Label of the country dial-code picker. */
  readonly country: string;
  /** Picker entry for numbers typed with their own `+` country code. */
  readonly countryOther: string;
  /** Label of the notes field. */
  readonly notes: string;
  /** Characters left in the notes field. */
  readonly charactersLeft: (count: number) => string;
  /** Legend of the "when" choice. */
  readonly when: string;
  /** The "as soon as possible" choice. */
  readonly asSoonAsPossible: string;
  /** The "pick date & time" choice. */
  readonly pickDateTime: string;
  /** Why "as soon as possible" is not offered: the office is closed now (v3 `openFor()`). */
  readonly asapClosed: string;
  /** Label of the day strip. */
  readonly day: string;
  /** Label of the time-slot list. */
  readonly times: string;
  /** Shown while the slots of a day load. */
  readonly loadingTimes: string;
  /** Shown when a day has no slot. */
  readonly noTimes: string;
  /** Shown when the slots could not be read. */
  readonly timesError: string;
  /** Button that reads the slots again. */
  readonly retry: string;
  /** Announced when the slots of a day arrive. */
  readonly timesAnnounced: (count: number, day: string) => string;
  /** The chosen time, under the slot list. */
  readonly selectedTime: (time: string) => string;
  /** Announced when another day is shown and the time chosen on the previous one is dropped. */
  readonly selectionCleared: string;
  /** Submit button. */
  readonly submit: string;
  /** Submit button while the booking is sent. */
  readonly submitting: string;
  /** Error: no phone number. */
  readonly phoneRequired: string;
  /** Error: the phone number is not valid (client check or GES 7030). */
  readonly phoneInvalid: string;
  /** Error: a text field is longer than 100 characters. */
  readonly tooLong: string;
  /** Error: "pick date & time" without a time. */
  readonly selectTime: string;
  /** Error: the contact centre is closed at that time (GES 7042). */
  readonly officeClosed: string;
  /** Error: the time is not available; introduces the times the server proposed. */
  readonly proposals: string;
  /** Error: the server refused the time (slot full or closed) without proposing others. */
  readonly slotTaken: string;
  /** Label of the list of proposed times. */
  readonly proposedTimes: string;
  /** Error: too many requests and no proposal. */
  readonly rateLimited: string;
  /** Error: no answer in time, so the booking may or may not exist. */
  readonly timeout: string;
  /** Error: the service could not be reached. */
  readonly network: string;
  /** Any other error. */
  readonly generalError: string;
  /** Support reference (GES correlation id) under an error. */
  readonly supportReference: (id: string) => string;
  /** Heading of the confirmation. */
  readonly booked: string;
  /** Announced once the callback is booked. */
  readonly bookedAnnounced: (time: string) => string;
  /** Confirmation: label of the number that will be called. */
  readonly bookedNumber: string;
  /** Confirmation: label of the booked time. */
  readonly bookedTime: string;
  /** Confirmation: the time of an "as soon as possible" callback. */
  readonly bookedAsap: string;
  /** Confirmation: label of the callback id. */
  readonly bookedId: string;
  /** Button that cancels the booked callback. */
  readonly cancelBooking: string;
  /** The cancel button while the cancellation is sent. */
  readonly cancelling: string;
  /** Heading once the callback is cancelled. */
  readonly cancelled: string;
  /** Error: the cancellation failed. */
  readonly cancelError: string;
  /** Confirmation of an immediate callback: label of the place in the queue. */
  readonly queuePosition: string;
  /** Confirmation of an immediate callback: label of the estimated wait. */
  readonly estimatedWait: string;
  /** The estimated wait, in whole minutes (at least 1). */
  readonly waitMinutes: (count: number) => string;
  /** Button that offers another time for the booked callback (v1 `reschedule()`). */
  readonly changeTime: string;
  /** Button that moves the callback to the chosen time. */
  readonly rescheduleSubmit: string;
  /** That button while the move is sent. */
  readonly rescheduling: string;
  /** Button that leaves the booked time as it is. */
  readonly keepTime: string;
  /** Announced once the callback is moved to another time. */
  readonly timeChanged: (time: string) => string;
  /** Button that starts a new booking. */
  readonly bookAnother: string;
  /** Label of the dialog's close button. */
  readonly close: string;
  /** Question before closing a form with unsaved input. */
  readonly confirmClose: string;
  /** Explains that the input is kept. */
  readonly confirmCloseDetail: string;
  /** Confirms closing. */
  readonly confirmCloseYes: string;
  /** Goes back to the form. */
  readonly confirmCloseNo: string;
}

/** The English texts, used unless {@link CALLBACK_WIDGET_STRINGS} is provided. */
export const CALLBACK_WIDGET_STRINGS_EN: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  title: 'Request a callback',
  firstName: 'First name',
  lastName: 'Last name',
  phoneNumber: 'Phone number',
  required: '(required)',
  country: 'Country code',
  countryOther: 'Other: type + and the country code',
  notes: 'Notes',
  charactersLeft: (count: number) =>
    pluralize('en', count, { one: '# character left', other: '# characters left' }),
  when: 'When should we call you?',
  asSoonAsPossible: 'As soon as possible',
  pickDateTime: 'Pick date & time',
  asapClosed: 'We are closed right now, so we cannot call you straight away. Please pick a time.',
  day: 'Day',
  times: 'Available times',
  loadingTimes: 'Loading available times…',
  noTimes: 'No time is available on this day. Please choose another day.',
  timesError: 'We could not load the available times.',
  retry: 'Try again',
  timesAnnounced: (count: number, day: string) =>
    pluralize('en', count, {
      one: `# time available on ${day}.`,
      other: `# times available on ${day}.`,
    }),
  selectedTime: (time: string) => `Selected: ${time}`,
  selectionCleared: 'The time you had chosen on another day was cleared.',
  submit: 'Request callback',
  submitting: 'Sending…',
  phoneRequired: 'Enter your phone number.',
  phoneInvalid: 'Enter a valid phone number.',
  tooLong: 'Use at most 100 characters.',
  selectTime: 'Choose a day and a time.',
  officeClosed: 'We are closed at that time. Please choose another time.',
  proposals: 'That time is no longer available. You can choose one of these times instead:',
  slotTaken: 'That time is no longer available. Please choose another time.',
  proposedTimes: 'Proposed times',
  rateLimited: 'We are receiving too many requests. Please try again in a few minutes.',
  timeout:
    'We could not confirm your callback. It may have been booked: please check before trying again.',
  network: 'We could not reach the callback service. Check your connection and try again.',
  generalError: 'Something went wrong. Please try again.',
  supportReference: (id: string) => `Reference for support: ${id}`,
  booked: "You're booked in!",
  bookedAnnounced: (time: string) => `Your callback is booked: ${time}.`,
  bookedNumber: 'We will call',
  bookedTime: 'Time',
  bookedAsap: 'As soon as possible',
  bookedId: 'Callback reference',
  cancelBooking: 'Cancel this callback',
  cancelling: 'Cancelling…',
  cancelled: 'Your callback is cancelled.',
  cancelError: 'We could not cancel your callback. Please try again.',
  queuePosition: 'Your place in the queue',
  estimatedWait: 'Estimated wait',
  waitMinutes: (count: number) =>
    pluralize('en', count, { one: 'about # minute', other: 'about # minutes' }),
  changeTime: 'Change time',
  rescheduleSubmit: 'Move my callback',
  rescheduling: 'Moving…',
  keepTime: 'Keep this time',
  timeChanged: (time: string) => `Your callback is moved to ${time}.`,
  bookAnother: 'Book another callback',
  close: 'Close',
  confirmClose: 'Close the callback form?',
  confirmCloseDetail: 'What you typed is kept for when you come back.',
  confirmCloseYes: 'Close',
  confirmCloseNo: 'Keep editing',
});

/**
 * The texts of the callback widget and dialog, or a `Signal` of them to switch language at run
 * time (the widget re-renders and keeps the draft and the chosen time). Left at its default
 * (English), the widget shows the best match for `LOCALE_ID` among the locales registered with
 * `provideCallbackWidgetLocales()`; provided, it wins over them.
 *
 * @example
 * ```ts
 * providers: [{ provide: CALLBACK_WIDGET_STRINGS, useValue: CALLBACK_WIDGET_STRINGS_FR }]
 * // or, following the portal's language:
 * providers: [{
 *   provide: CALLBACK_WIDGET_STRINGS,
 *   useFactory: () => {
 *     const language = inject(PortalLanguage).current; // a Signal<string>
 *     return computed(() => (language() === 'de' ? CALLBACK_WIDGET_STRINGS_DE : CALLBACK_WIDGET_STRINGS_EN));
 *   },
 * }]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS = new InjectionToken<
  CallbackWidgetStrings | Signal<CallbackWidgetStrings>
>('CALLBACK_WIDGET_STRINGS', { providedIn: 'root', factory: () => CALLBACK_WIDGET_STRINGS_EN });
