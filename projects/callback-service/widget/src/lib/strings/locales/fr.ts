import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The French texts of the callback widget and dialog (`fr`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_FR)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_FR: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'fr',
  title: 'Demander à être rappelé',
  firstName: 'Prénom',
  lastName: 'Nom',
  phoneNumber: 'Numéro de téléphone',
  required: '(obligatoire)',
  country: 'Indicatif du pays',
  countryOther: 'Autre : tapez + et l’indicatif',
  notes: 'Remarques',
  // French puts 0 and 1 in the singular.
  charactersLeft: (count: number) =>
    pluralize('fr', count, { one: '# caractère restant', other: '# caractères restants' }),
  when: 'Quand souhaitez-vous être rappelé ?',
  asSoonAsPossible: 'Dès que possible',
  pickDateTime: 'Choisir la date et l’heure',
  asapClosed:
    'Nous sommes fermés en ce moment et ne pouvons pas vous rappeler tout de suite. Choisissez un horaire.',
  day: 'Jour',
  times: 'Horaires disponibles',
  loadingTimes: 'Chargement des horaires…',
  noTimes: 'Aucun horaire n’est disponible ce jour-là. Choisissez un autre jour.',
  timesError: 'Nous n’avons pas pu charger les horaires disponibles.',
  retry: 'Réessayer',
  timesAnnounced: (count: number, day: string) =>
    pluralize('fr', count, {
      one: `# horaire disponible le ${day}.`,
      other: `# horaires disponibles le ${day}.`,
    }),
  selectedTime: (time: string) => `Choisi : ${time}`,
  selectionCleared: 'L’horaire choisi un autre jour a été retiré.',
  submit: 'Être rappelé',
  submitting: 'Envoi…',
  phoneRequired: 'Saisissez votre numéro de téléphone.',
  phoneInvalid: 'Saisissez un numéro de téléphone valide.',
  tooLong: 'Utilisez 100 caractères au plus.',
  selectTime: 'Choisissez un jour et un horaire.',
  officeClosed: 'Nous sommes fermés à cette heure-là. Choisissez un autre horaire.',
  proposals: 'Cet horaire n’est plus disponible. Vous pouvez choisir l’un de ceux-ci :',
  slotTaken: 'Cet horaire n’est plus disponible. Choisissez-en un autre.',
  proposedTimes: 'Horaires proposés',
  rateLimited: 'Nous recevons trop de demandes. Réessayez dans quelques minutes.',
  timeout:
    'Nous n’avons pas pu confirmer votre rappel. Il est peut-être déjà enregistré : vérifiez avant de réessayer.',
  network: 'Le service de rappel est injoignable. Vérifiez votre connexion et réessayez.',
  generalError: 'Une erreur s’est produite. Veuillez réessayer.',
  supportReference: (id: string) => `Référence pour l’assistance : ${id}`,
  booked: 'Votre rappel est enregistré !',
  bookedAnnounced: (time: string) => `Votre rappel est enregistré : ${time}.`,
  bookedNumber: 'Nous appellerons le',
  bookedTime: 'Horaire',
  bookedAsap: 'Dès que possible',
  bookedId: 'Référence du rappel',
  cancelBooking: 'Annuler ce rappel',
  cancelling: 'Annulation…',
  cancelled: 'Votre rappel est annulé.',
  cancelError: 'Nous n’avons pas pu annuler votre rappel. Veuillez réessayer.',
  queuePosition: 'Votre position dans la file d’attente',
  estimatedWait: 'Attente estimée',
  waitMinutes: (count: number) =>
    pluralize('fr', count, { one: 'environ # minute', other: 'environ # minutes' }),
  changeTime: 'Changer l’horaire',
  rescheduleSubmit: 'Déplacer mon rappel',
  rescheduling: 'Déplacement…',
  keepTime: 'Garder cet horaire',
  timeChanged: (time: string) => `Votre rappel est déplacé au ${time}.`,
  bookAnother: 'Demander un autre rappel',
  close: 'Fermer',
  confirmClose: 'Fermer le formulaire de rappel ?',
  confirmCloseDetail: 'Ce que vous avez saisi sera conservé pour votre retour.',
  confirmCloseYes: 'Fermer',
  confirmCloseNo: 'Continuer la saisie',
});
