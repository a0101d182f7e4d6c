import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Finnish texts of the callback widget and dialog (`fi`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_FI)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_FI: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'fi',
  title: 'Tilaa takaisinsoitto',
  firstName: 'Etunimi',
  lastName: 'Sukunimi',
  phoneNumber: 'Puhelinnumero',
  required: '(pakollinen)',
  country: 'Maatunnus',
  countryOther: 'Muu: kirjoita + ja maatunnus',
  notes: 'Lisätietoja',
  charactersLeft: (count: number) =>
    pluralize('fi', count, { one: '# merkki jäljellä', other: '# merkkiä jäljellä' }),
  when: 'Milloin voimme soittaa sinulle?',
  asSoonAsPossible: 'Mahdollisimman pian',
  pickDateTime: 'Valitse päivä ja aika',
  asapClosed: 'Olemme nyt suljettuina, joten emme voi soittaa heti. Valitse aika.',
  day: 'Päivä',
  times: 'Vapaat ajat',
  loadingTimes: 'Haetaan vapaita aikoja…',
  noTimes: 'Tälle päivälle ei ole vapaita aikoja. Valitse toinen päivä.',
  timesError: 'Vapaita aikoja ei voitu hakea.',
  retry: 'Yritä uudelleen',
  timesAnnounced: (count: number, day: string) =>
    pluralize('fi', count, {
      one: `${day}: # vapaa aika.`,
      other: `${day}: # vapaata aikaa.`,
    }),
  selectedTime: (time: string) => `Valittu: ${time}`,
  selectionCleared: 'Toiselle päivälle valitsemasi aika poistettiin.',
  submit: 'Tilaa soitto',
  submitting: 'Lähetetään…',
  phoneRequired: 'Anna puhelinnumerosi.',
  phoneInvalid: 'Anna kelvollinen puhelinnumero.',
  tooLong: 'Käytä enintään 100 merkkiä.',
  selectTime: 'Valitse päivä ja aika.',
  officeClosed: 'Olemme suljettuina tuohon aikaan. Valitse toinen aika.',
  proposals: 'Tämä aika ei ole enää vapaana. Voit valita sen sijaan jonkin näistä ajoista:',
  slotTaken: 'Tämä aika ei ole enää vapaana. Valitse toinen aika.',
  proposedTimes: 'Ehdotetut ajat',
  rateLimited: 'Saamme juuri nyt paljon pyyntöjä. Yritä uudelleen muutaman minuutin kuluttua.',
  timeout:
    'Emme voineet vahvistaa soittoasi. Se on ehkä silti varattu: tarkista asia ennen kuin yrität uudelleen.',
  network: 'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  generalError: 'Jokin meni vikaan. Yritä uudelleen.',
  supportReference: (id: string) => `Viite asiakaspalvelulle: ${id}`,
  booked: 'Soitto on varattu!',
  bookedAnnounced: (time: string) => `Soitto on varattu: ${time}.`,
  bookedNumber: 'Soitamme numeroon',
  bookedTime: 'Aika',
  bookedAsap: 'Mahdollisimman pian',
  bookedId: 'Varausnumero',
  cancelBooking: 'Peru tämä soitto',
  cancelling: 'Perutaan…',
  cancelled: 'Soitto on peruttu.',
  cancelError: 'Soittoa ei voitu perua. Yritä uudelleen.',
  queuePosition: 'Paikkasi jonossa',
  estimatedWait: 'Arvioitu odotusaika',
  waitMinutes: (count: number) =>
    pluralize('fi', count, { one: 'noin # minuutti', other: 'noin # minuuttia' }),
  changeTime: 'Vaihda aika',
  rescheduleSubmit: 'Siirrä soitto',
  rescheduling: 'Siirretään…',
  keepTime: 'Pidä tämä aika',
  timeChanged: (time: string) => `Soitto on siirretty: ${time}.`,
  bookAnother: 'Tilaa uusi soitto',
  close: 'Sulje',
  confirmClose: 'Suljetaanko lomake?',
  confirmCloseDetail: 'Kirjoittamasi tiedot säilyvät, kun palaat.',
  confirmCloseYes: 'Sulje',
  confirmCloseNo: 'Jatka muokkausta',
});
