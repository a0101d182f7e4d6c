import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Traditional Chinese texts of the callback widget and dialog (`zh-TW`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_ZH_TW)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_ZH_TW: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'zh-TW',
  title: '預約回電',
  firstName: '名字',
  lastName: '姓氏',
  phoneNumber: '電話號碼',
  required: '（必填）',
  country: '國家/地區代碼',
  countryOther: '其他：請輸入 + 和國家/地區代碼',
  notes: '備註',
  // Chinese has a single plural form.
  charactersLeft: (count: number) => pluralize('zh-TW', count, { other: '還可輸入 # 個字元' }),
  when: '您希望我們何時回電？',
  asSoonAsPossible: '盡快',
  pickDateTime: '選擇日期與時間',
  asapClosed: '我們目前不在服務時間內，無法立即回電。請選擇一個時段。',
  day: '日期',
  times: '可預約時段',
  loadingTimes: '正在載入可預約時段…',
  noTimes: '這一天沒有可預約的時段，請選擇其他日期。',
  timesError: '無法載入可預約時段。',
  retry: '重試',
  timesAnnounced: (count: number, day: string) =>
    pluralize('zh-TW', count, { other: `${day}有 # 個可預約時段。` }),
  selectedTime: (time: string) => `已選擇：${time}`,
  selectionCleared: '您在其他日期選擇的時段已清除。',
  submit: '預約回電',
  submitting: '傳送中…',
  phoneRequired: '請輸入您的電話號碼。',
  phoneInvalid: '請輸入有效的電話號碼。',
  tooLong: '最多可輸入 100 個字元。',
  selectTime: '請選擇日期和時段。',
  officeClosed: '該時段不在服務時間內，請選擇其他時段。',
  proposals: '該時段已無法預約。您可以改選以下其中一個時段：',
  slotTaken: '該時段已無法預約，請選擇其他時段。',
  proposedTimes: '建議時段',
  rateLimited: '目前要求過多，請稍候幾分鐘再試。',
  timeout: '我們無法確認您的回電預約，預約可能已經完成：請先確認，再重新嘗試。',
  network: '無法連線至回電服務。請檢查網路連線後再試一次。',
  generalError: '發生問題，請再試一次。',
  supportReference: (id: string) => `客服參考編號：${id}`,
  booked: '預約完成！',
  bookedAnnounced: (time: string) => `您的回電已預約：${time}。`,
  bookedNumber: '回電號碼',
  bookedTime: '時間',
  bookedAsap: '盡快',
  bookedId: '預約編號',
  cancelBooking: '取消這個預約',
  cancelling: '正在取消…',
  cancelled: '您的回電預約已取消。',
  cancelError: '無法取消您的回電預約，請再試一次。',
  queuePosition: '您的排隊順位',
  estimatedWait: '預估等候時間',
  waitMinutes: (count: number) => pluralize('zh-TW', count, { other: '約 # 分鐘' }),
  changeTime: '變更時段',
  rescheduleSubmit: '改到這個時段',
  rescheduling: '正在變更…',
  keepTime: '保留原時段',
  timeChanged: (time: string) => `您的回電已改到${time}。`,
  bookAnother: '再預約一次回電',
  close: '關閉',
  confirmClose: '要關閉回電表單嗎？',
  confirmCloseDetail: '您輸入的內容會保留，方便您回來繼續填寫。',
  confirmCloseYes: '關閉',
  confirmCloseNo: '繼續填寫',
});
