import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Hebrew texts of the callback widget and dialog (`he`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_HE)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_HE: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'he',
  title: 'בקשה לשיחה חוזרת',
  firstName: 'שם פרטי',
  lastName: 'שם משפחה',
  phoneNumber: 'מספר טלפון',
  required: '(שדה חובה)',
  country: 'קידומת מדינה',
  countryOther: 'אחר: יש להקליד + ואת קידומת המדינה',
  notes: 'הערות',
  charactersLeft: (count: number) =>
    pluralize('he', count, { one: 'נותר תו אחד', other: 'נותרו # תווים' }),
  when: 'מתי נוח לך שנתקשר?',
  asSoonAsPossible: 'בהקדם האפשרי',
  pickDateTime: 'בחירת תאריך ושעה',
  asapClosed: 'אנחנו סגורים כרגע ולכן לא נוכל להתקשר מיד. אפשר לבחור שעה.',
  day: 'יום',
  times: 'שעות פנויות',
  loadingTimes: 'השעות הפנויות נטענות…',
  noTimes: 'אין שעות פנויות ביום זה. אפשר לבחור יום אחר.',
  timesError: 'לא הצלחנו לטעון את השעות הפנויות.',
  retry: 'ניסיון נוסף',
  // The day reads "יום שלישי, 7 בינואר": with the prefix ב it says "on Tuesday".
  timesAnnounced: (count: number, day: string) =>
    pluralize('he', count, {
      one: `שעה פנויה אחת ב${day}.`,
      other: `# שעות פנויות ב${day}.`,
    }),
  selectedTime: (time: string) => `השעה שנבחרה: ${time}`,
  selectionCleared: 'השעה שבחרת ביום אחר בוטלה.',
  submit: 'בקשת שיחה חוזרת',
  submitting: 'הבקשה נשלחת…',
  phoneRequired: 'יש להזין מספר טלפון.',
  phoneInvalid: 'יש להזין מספר טלפון תקין.',
  tooLong: 'אפשר להזין עד 100 תווים.',
  selectTime: 'יש לבחור יום ושעה.',
  officeClosed: 'בשעה זו אנחנו סגורים. אפשר לבחור שעה אחרת.',
  proposals: 'השעה הזו כבר לא פנויה. אפשר לבחור במקומה אחת מהשעות האלה:',
  slotTaken: 'השעה הזו כבר לא פנויה. אפשר לבחור שעה אחרת.',
  proposedTimes: 'שעות מוצעות',
  rateLimited: 'אנחנו מקבלים כרגע בקשות רבות מדי. אפשר לנסות שוב בעוד כמה דקות.',
  timeout: 'לא הצלחנו לאשר את השיחה החוזרת. ייתכן שהיא נקבעה בכל זאת: כדאי לבדוק לפני שמנסים שוב.',
  network: 'לא הצלחנו להתחבר לשירות השיחות החוזרות. כדאי לבדוק את החיבור ולנסות שוב.',
  generalError: 'משהו השתבש. אפשר לנסות שוב.',
  // The id is isolated (FSI … PDI) so that its Latin letters and digits keep their order.
  supportReference: (id: string) => `מספר אסמכתה לשירות הלקוחות: \u2068${id}\u2069`,
  booked: 'השיחה החוזרת נקבעה!',
  bookedAnnounced: (time: string) => `השיחה החוזרת נקבעה: ${time}.`,
  bookedNumber: 'נתקשר למספר',
  bookedTime: 'מועד',
  bookedAsap: 'בהקדם האפשרי',
  bookedId: 'מספר אסמכתה',
  cancelBooking: 'ביטול השיחה החוזרת',
  cancelling: 'מבטלים…',
  cancelled: 'השיחה החוזרת בוטלה.',
  cancelError: 'לא הצלחנו לבטל את השיחה החוזרת. אפשר לנסות שוב.',
  queuePosition: 'המקום שלך בתור',
  estimatedWait: 'זמן המתנה משוער',
  waitMinutes: (count: number) => pluralize('he', count, { one: 'כדקה אחת', other: 'כ־# דקות' }),
  changeTime: 'שינוי השעה',
  rescheduleSubmit: 'העברת השיחה החוזרת',
  rescheduling: 'מעבירים…',
  keepTime: 'להשאיר את השעה הזו',
  timeChanged: (time: string) => `השיחה החוזרת הועברה ל־${time}.`,
  bookAnother: 'קביעת שיחה חוזרת נוספת',
  close: 'סגירה',
  confirmClose: 'לסגור את הטופס?',
  confirmCloseDetail: 'מה שהקלדת יישמר לפעם הבאה.',
  confirmCloseYes: 'סגירה',
  confirmCloseNo: 'להמשיך בעריכה',
});
