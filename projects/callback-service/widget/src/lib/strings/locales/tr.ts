import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Turkish texts of the callback widget and dialog (`tr`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_TR)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_TR: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'tr',
  title: 'Geri arama talep edin',
  firstName: 'Ad',
  lastName: 'Soyadı',
  phoneNumber: 'Telefon numarası',
  required: '(zorunlu)',
  country: 'Ülke kodu',
  countryOther: 'Diğer: + ve ülke kodunu yazın',
  notes: 'Notlar',
  // Turkish keeps the noun singular after a number: one form for every count.
  charactersLeft: (count: number) => pluralize('tr', count, { other: '# karakter kaldı' }),
  when: 'Sizi ne zaman arayalım?',
  asSoonAsPossible: 'En kısa sürede',
  pickDateTime: 'Tarih ve saat seçin',
  asapClosed: 'Şu anda kapalıyız, bu yüzden sizi hemen arayamıyoruz. Lütfen bir saat seçin.',
  day: 'Gün',
  times: 'Uygun saatler',
  loadingTimes: 'Uygun saatler yükleniyor…',
  noTimes: 'Bu gün için uygun saat yok. Lütfen başka bir gün seçin.',
  timesError: 'Uygun saatler yüklenemedi.',
  retry: 'Tekrar dene',
  timesAnnounced: (count: number, day: string) =>
    pluralize('tr', count, { other: `${day}: # uygun saat.` }),
  selectedTime: (time: string) => `Seçilen: ${time}`,
  selectionCleared: 'Başka bir gün için seçtiğiniz saat kaldırıldı.',
  submit: 'Geri arama iste',
  submitting: 'Gönderiliyor…',
  phoneRequired: 'Lütfen telefon numaranızı girin.',
  phoneInvalid: 'Lütfen geçerli bir telefon numarası girin.',
  tooLong: 'En fazla 100 karakter kullanın.',
  selectTime: 'Lütfen bir gün ve saat seçin.',
  officeClosed: 'Bu saatte kapalıyız. Lütfen başka bir saat seçin.',
  proposals: 'Bu saat artık uygun değil. Bunun yerine şu saatlerden birini seçebilirsiniz:',
  slotTaken: 'Bu saat artık uygun değil. Lütfen başka bir saat seçin.',
  proposedTimes: 'Önerilen saatler',
  rateLimited: 'Şu anda çok fazla talep alıyoruz. Lütfen birkaç dakika sonra tekrar deneyin.',
  timeout:
    'Geri aramanızı onaylayamadık. Yine de kaydedilmiş olabilir: tekrar denemeden önce lütfen kontrol edin.',
  network: 'Geri arama hizmetine ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  generalError: 'Bir sorun oluştu. Lütfen tekrar deneyin.',
  supportReference: (id: string) => `Destek için referans: ${id}`,
  booked: 'Geri aramanız planlandı!',
  bookedAnnounced: (time: string) => `Geri aramanız planlandı: ${time}.`,
  bookedNumber: 'Aranacak numara',
  bookedTime: 'Saat',
  bookedAsap: 'En kısa sürede',
  bookedId: 'Geri arama referansı',
  cancelBooking: 'Bu geri aramayı iptal et',
  cancelling: 'İptal ediliyor…',
  cancelled: 'Geri aramanız iptal edildi.',
  cancelError: 'Geri aramanız iptal edilemedi. Lütfen tekrar deneyin.',
  queuePosition: 'Sıradaki yeriniz',
  estimatedWait: 'Tahmini bekleme süresi',
  waitMinutes: (count: number) => pluralize('tr', count, { other: 'yaklaşık # dakika' }),
  changeTime: 'Saati değiştir',
  rescheduleSubmit: 'Geri aramayı taşı',
  rescheduling: 'Taşınıyor…',
  keepTime: 'Bu saati koru',
  timeChanged: (time: string) => `Geri aramanız şu zamana taşındı: ${time}.`,
  bookAnother: 'Yeni bir geri arama planla',
  close: 'Kapat',
  confirmClose: 'Geri arama formu kapatılsın mı?',
  confirmCloseDetail: 'Yazdıklarınız, geri döndüğünüzde sizi bekliyor olacak.',
  confirmCloseYes: 'Kapat',
  confirmCloseNo: 'Düzenlemeye devam et',
});
