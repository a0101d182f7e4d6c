import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Arabic texts of the callback widget and dialog (`ar`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_AR)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_AR: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'ar',
  title: 'طلب معاودة الاتصال',
  firstName: 'الاسم الأول',
  lastName: 'اسم العائلة',
  phoneNumber: 'رقم الهاتف',
  required: '(مطلوب)',
  country: 'رمز الدولة',
  countryOther: 'غير ذلك: اكتب + ورمز الدولة',
  notes: 'ملاحظات',
  // Arabic has six plural forms; the noun agrees with the count in each.
  charactersLeft: (count: number) =>
    pluralize('ar', count, {
      zero: 'لم يتبقَّ أي حرف',
      one: 'تبقّى حرف واحد',
      two: 'تبقّى حرفان',
      few: 'تبقّى # أحرف',
      many: 'تبقّى # حرفًا',
      other: 'تبقّى # حرف',
    }),
  when: 'متى تفضّل أن نتصل بك؟',
  asSoonAsPossible: 'في أقرب وقت ممكن',
  pickDateTime: 'اختيار التاريخ والوقت',
  asapClosed: 'نحن مغلقون الآن، لذا لا يمكننا الاتصال بك فورًا. يُرجى اختيار موعد.',
  day: 'اليوم',
  times: 'الأوقات المتاحة',
  loadingTimes: 'جارٍ تحميل الأوقات المتاحة…',
  noTimes: 'لا يوجد وقت متاح في هذا اليوم. يُرجى اختيار يوم آخر.',
  timesError: 'تعذّر تحميل الأوقات المتاحة.',
  retry: 'إعادة المحاولة',
  timesAnnounced: (count: number, day: string) =>
    pluralize('ar', count, {
      zero: `لا توجد أوقات متاحة يوم ${day}.`,
      one: `يتوفر وقت واحد يوم ${day}.`,
      two: `يتوفر وقتان يوم ${day}.`,
      few: `تتوفر # أوقات يوم ${day}.`,
      many: `يتوفر # وقتًا يوم ${day}.`,
      other: `يتوفر # وقت يوم ${day}.`,
    }),
  selectedTime: (time: string) => `الوقت المختار: ${time}`,
  selectionCleared: 'أُلغي الوقت الذي اخترته في يوم آخر.',
  submit: 'طلب الاتصال',
  submitting: 'جارٍ الإرسال…',
  phoneRequired: 'يُرجى إدخال رقم هاتفك.',
  phoneInvalid: 'يُرجى إدخال رقم هاتف صالح.',
  tooLong: 'يُرجى ألا يتجاوز النص 100 حرف.',
  selectTime: 'يُرجى اختيار يوم ووقت.',
  officeClosed: 'نحن مغلقون في هذا الوقت. يُرجى اختيار وقت آخر.',
  proposals: 'لم يعد هذا الوقت متاحًا. يمكنك اختيار أحد الأوقات التالية بدلًا منه:',
  slotTaken: 'لم يعد هذا الوقت متاحًا. يُرجى اختيار وقت آخر.',
  proposedTimes: 'الأوقات المقترحة',
  rateLimited: 'نتلقى عددًا كبيرًا من الطلبات حاليًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',
  timeout:
    'تعذّر علينا تأكيد طلب الاتصال. ربما تم الحجز بالفعل، لذا يُرجى التحقق قبل المحاولة مرة أخرى.',
  network:
    'تعذّر الوصول إلى خدمة معاودة الاتصال. يُرجى التحقق من اتصالك بالإنترنت والمحاولة مرة أخرى.',
  generalError: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  // The id is isolated (FSI … PDI) so that its Latin letters and digits keep their order.
  supportReference: (id: string) => `الرقم المرجعي لفريق الدعم: \u2068${id}\u2069`,
  booked: 'تم حجز موعد الاتصال!',
  bookedAnnounced: (time: string) => `تم حجز موعد الاتصال: ${time}.`,
  bookedNumber: 'سنتصل بالرقم',
  bookedTime: 'الموعد',
  bookedAsap: 'في أقرب وقت ممكن',
  bookedId: 'الرقم المرجعي للحجز',
  cancelBooking: 'إلغاء هذا الموعد',
  cancelling: 'جارٍ الإلغاء…',
  cancelled: 'تم إلغاء موعد الاتصال.',
  cancelError: 'تعذّر إلغاء موعد الاتصال. يُرجى المحاولة مرة أخرى.',
  queuePosition: 'ترتيبك في قائمة الانتظار',
  estimatedWait: 'مدة الانتظار المتوقعة',
  waitMinutes: (count: number) =>
    pluralize('ar', count, {
      zero: 'أقل من دقيقة',
      one: 'نحو دقيقة واحدة',
      two: 'نحو دقيقتين',
      few: 'نحو # دقائق',
      many: 'نحو # دقيقةً',
      other: 'نحو # دقيقة',
    }),
  changeTime: 'تغيير الموعد',
  rescheduleSubmit: 'نقل موعد الاتصال',
  rescheduling: 'جارٍ النقل…',
  keepTime: 'الإبقاء على هذا الموعد',
  timeChanged: (time: string) => `تم نقل موعد الاتصال إلى ${time}.`,
  bookAnother: 'حجز موعد آخر',
  close: 'إغلاق',
  confirmClose: 'هل تريد إغلاق النموذج؟',
  confirmCloseDetail: 'سيُحفظ ما كتبته لحين عودتك.',
  confirmCloseYes: 'إغلاق',
  confirmCloseNo: 'متابعة التعديل',
});
