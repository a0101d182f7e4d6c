import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Japanese texts of the callback widget and dialog (`ja`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_JA)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_JA: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'ja',
  title: '折り返しのお電話を予約',
  firstName: '名',
  lastName: '姓',
  phoneNumber: '電話番号',
  required: '（必須）',
  country: '国番号',
  countryOther: 'その他：+ と国番号を入力',
  notes: 'ご用件',
  // Japanese has a single plural form.
  charactersLeft: (count: number) => pluralize('ja', count, { other: '残り # 文字' }),
  when: 'お電話のご希望時間',
  asSoonAsPossible: 'できるだけ早く',
  pickDateTime: '日時を指定',
  asapClosed: 'ただいま営業時間外のため、すぐにはお電話できません。ご希望の日時をお選びください。',
  day: '日付',
  times: '予約可能な時間',
  loadingTimes: '予約可能な時間を読み込んでいます…',
  noTimes: 'この日に予約可能な時間はありません。別の日をお選びください。',
  timesError: '予約可能な時間を読み込めませんでした。',
  retry: '再試行',
  timesAnnounced: (count: number, day: string) =>
    pluralize('ja', count, { other: `${day}：予約可能な時間は # 件です。` }),
  selectedTime: (time: string) => `選択中：${time}`,
  selectionCleared: '別の日に選択した時間は解除されました。',
  submit: '折り返しを依頼',
  submitting: '送信しています…',
  phoneRequired: '電話番号を入力してください。',
  phoneInvalid: '有効な電話番号を入力してください。',
  tooLong: '100 文字以内で入力してください。',
  selectTime: '日付と時間を選択してください。',
  officeClosed: 'その時間は営業時間外です。別の時間をお選びください。',
  proposals: 'その時間はすでに予約できません。代わりに次の時間からお選びいただけます：',
  slotTaken: 'その時間はすでに予約できません。別の時間をお選びください。',
  proposedTimes: 'ご提案する時間',
  rateLimited: 'ただいまリクエストが集中しています。数分後にもう一度お試しください。',
  timeout:
    '予約を確認できませんでした。予約が完了している可能性がありますので、もう一度お試しになる前にご確認ください。',
  network:
    '折り返し電話のサービスに接続できませんでした。接続をご確認のうえ、もう一度お試しください。',
  generalError: '問題が発生しました。もう一度お試しください。',
  supportReference: (id: string) => `お問い合わせ用の参照番号：${id}`,
  booked: 'ご予約が完了しました',
  bookedAnnounced: (time: string) => `折り返しのお電話を予約しました：${time}。`,
  bookedNumber: 'おかけする電話番号',
  bookedTime: '日時',
  bookedAsap: 'できるだけ早く',
  bookedId: '予約番号',
  cancelBooking: 'この予約をキャンセル',
  cancelling: 'キャンセルしています…',
  cancelled: '予約をキャンセルしました。',
  cancelError: '予約をキャンセルできませんでした。もう一度お試しください。',
  queuePosition: '待ち順',
  estimatedWait: '予想待ち時間',
  waitMinutes: (count: number) => pluralize('ja', count, { other: '約 # 分' }),
  changeTime: '日時を変更',
  rescheduleSubmit: 'この日時に変更',
  rescheduling: '変更しています…',
  keepTime: '日時を変更しない',
  timeChanged: (time: string) => `お電話の日時を${time}に変更しました。`,
  bookAnother: '別の予約をする',
  close: '閉じる',
  confirmClose: 'フォームを閉じますか？',
  confirmCloseDetail: '入力した内容は、次回のために保存されます。',
  confirmCloseYes: '閉じる',
  confirmCloseNo: '入力を続ける',
});
