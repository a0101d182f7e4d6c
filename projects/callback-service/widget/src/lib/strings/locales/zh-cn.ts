import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Simplified Chinese texts of the callback widget and dialog (`zh-CN`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_ZH_CN)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_ZH_CN: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'zh-CN',
  title: '预约回电',
  firstName: '名字',
  lastName: '姓氏',
  phoneNumber: '电话号码',
  required: '（必填）',
  country: '国家/地区代码',
  countryOther: '其他：请输入 + 和国家/地区代码',
  notes: '备注',
  // Chinese has a single plural form.
  charactersLeft: (count: number) => pluralize('zh-CN', count, { other: '还可输入 # 个字符' }),
  when: '您希望我们什么时候给您回电？',
  asSoonAsPossible: '尽快',
  pickDateTime: '选择日期和时间',
  asapClosed: '我们现在不在服务时间内，无法立即回电。请选择一个时间。',
  day: '日期',
  times: '可预约时间',
  loadingTimes: '正在加载可预约时间…',
  noTimes: '当天没有可预约的时间，请选择其他日期。',
  timesError: '无法加载可预约时间。',
  retry: '重试',
  timesAnnounced: (count: number, day: string) =>
    pluralize('zh-CN', count, { other: `${day}有 # 个可预约时间。` }),
  selectedTime: (time: string) => `已选择：${time}`,
  selectionCleared: '您在其他日期选择的时间已清除。',
  submit: '预约回电',
  submitting: '正在提交…',
  phoneRequired: '请输入您的电话号码。',
  phoneInvalid: '请输入有效的电话号码。',
  tooLong: '最多可输入 100 个字符。',
  selectTime: '请选择日期和时间。',
  officeClosed: '该时间不在服务时间内，请选择其他时间。',
  proposals: '该时间已无法预约。您可以改选以下时间之一：',
  slotTaken: '该时间已无法预约，请选择其他时间。',
  proposedTimes: '推荐时间',
  rateLimited: '当前请求过多，请几分钟后再试。',
  timeout: '我们无法确认您的回电预约，预约可能已经成功：请先确认，再重新尝试。',
  network: '无法连接到回电服务。请检查网络连接后重试。',
  generalError: '出现问题，请重试。',
  supportReference: (id: string) => `客服参考编号：${id}`,
  booked: '预约成功！',
  bookedAnnounced: (time: string) => `您的回电已预约：${time}。`,
  bookedNumber: '回电号码',
  bookedTime: '时间',
  bookedAsap: '尽快',
  bookedId: '预约编号',
  cancelBooking: '取消此预约',
  cancelling: '正在取消…',
  cancelled: '您的回电预约已取消。',
  cancelError: '无法取消您的回电预约，请重试。',
  queuePosition: '您的排队位置',
  estimatedWait: '预计等待时间',
  waitMinutes: (count: number) => pluralize('zh-CN', count, { other: '约 # 分钟' }),
  changeTime: '更改时间',
  rescheduleSubmit: '改到这个时间',
  rescheduling: '正在更改…',
  keepTime: '保留原时间',
  timeChanged: (time: string) => `您的回电已改到${time}。`,
  bookAnother: '再预约一次回电',
  close: '关闭',
  confirmClose: '要关闭回电表单吗？',
  confirmCloseDetail: '您输入的内容会保留，方便您回来继续填写。',
  confirmCloseYes: '关闭',
  confirmCloseNo: '继续填写',
});
