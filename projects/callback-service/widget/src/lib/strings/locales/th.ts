import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Thai texts of the callback widget and dialog (`th`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_TH)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_TH: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'th',
  title: 'ขอให้ติดต่อกลับ',
  firstName: 'ชื่อ',
  lastName: 'นามสกุล',
  phoneNumber: 'หมายเลขโทรศัพท์',
  required: '(จำเป็น)',
  country: 'รหัสประเทศ',
  countryOther: 'อื่นๆ: พิมพ์ + ตามด้วยรหัสประเทศ',
  notes: 'หมายเหตุ',
  // Thai has a single plural form.
  charactersLeft: (count: number) => pluralize('th', count, { other: 'เหลืออีก # ตัวอักษร' }),
  when: 'สะดวกให้เราโทรกลับเมื่อใด',
  asSoonAsPossible: 'โดยเร็วที่สุด',
  pickDateTime: 'เลือกวันและเวลา',
  asapClosed: 'ขณะนี้อยู่นอกเวลาทำการ จึงยังโทรกลับทันทีไม่ได้ โปรดเลือกเวลา',
  day: 'วัน',
  times: 'เวลาที่ว่าง',
  loadingTimes: 'กำลังโหลดเวลาที่ว่าง…',
  noTimes: 'ไม่มีเวลาว่างในวันนี้ โปรดเลือกวันอื่น',
  timesError: 'ไม่สามารถโหลดเวลาที่ว่างได้',
  retry: 'ลองอีกครั้ง',
  timesAnnounced: (count: number, day: string) =>
    pluralize('th', count, { other: `${day} มีเวลาว่าง # ช่วง` }),
  selectedTime: (time: string) => `เลือกแล้ว: ${time}`,
  selectionCleared: 'เวลาที่คุณเลือกไว้ในวันอื่นถูกล้างแล้ว',
  submit: 'ขอให้โทรกลับ',
  submitting: 'กำลังส่ง…',
  phoneRequired: 'โปรดกรอกหมายเลขโทรศัพท์ของคุณ',
  phoneInvalid: 'โปรดกรอกหมายเลขโทรศัพท์ที่ถูกต้อง',
  tooLong: 'ใช้ได้ไม่เกิน 100 ตัวอักษร',
  selectTime: 'โปรดเลือกวันและเวลา',
  officeClosed: 'เวลาดังกล่าวอยู่นอกเวลาทำการ โปรดเลือกเวลาอื่น',
  proposals: 'เวลานี้ไม่ว่างแล้ว คุณสามารถเลือกเวลาใดเวลาหนึ่งต่อไปนี้แทนได้:',
  slotTaken: 'เวลานี้ไม่ว่างแล้ว โปรดเลือกเวลาอื่น',
  proposedTimes: 'เวลาที่แนะนำ',
  rateLimited: 'ขณะนี้มีคำขอเข้ามาจำนวนมาก โปรดลองอีกครั้งในอีกสักครู่',
  timeout: 'เราไม่สามารถยืนยันการนัดหมายของคุณได้ ซึ่งอาจจองสำเร็จแล้ว โปรดตรวจสอบก่อนลองอีกครั้ง',
  network: 'ไม่สามารถเชื่อมต่อกับบริการโทรกลับได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  generalError: 'เกิดข้อผิดพลาด โปรดลองอีกครั้ง',
  supportReference: (id: string) => `หมายเลขอ้างอิงสำหรับฝ่ายบริการลูกค้า: ${id}`,
  booked: 'นัดหมายเรียบร้อยแล้ว!',
  bookedAnnounced: (time: string) => `นัดหมายให้โทรกลับเรียบร้อยแล้ว: ${time}`,
  bookedNumber: 'หมายเลขที่เราจะโทรไป',
  bookedTime: 'เวลา',
  bookedAsap: 'โดยเร็วที่สุด',
  bookedId: 'หมายเลขการนัดหมาย',
  cancelBooking: 'ยกเลิกการนัดหมายนี้',
  cancelling: 'กำลังยกเลิก…',
  cancelled: 'ยกเลิกการนัดหมายแล้ว',
  cancelError: 'ไม่สามารถยกเลิกการนัดหมายได้ โปรดลองอีกครั้ง',
  queuePosition: 'ลำดับคิวของคุณ',
  estimatedWait: 'เวลารอโดยประมาณ',
  waitMinutes: (count: number) => pluralize('th', count, { other: 'ประมาณ # นาที' }),
  changeTime: 'เปลี่ยนเวลา',
  rescheduleSubmit: 'ย้ายการนัดหมาย',
  rescheduling: 'กำลังย้าย…',
  keepTime: 'ใช้เวลาเดิม',
  timeChanged: (time: string) => `ย้ายการนัดหมายไปเป็น ${time} แล้ว`,
  bookAnother: 'นัดหมายใหม่อีกครั้ง',
  close: 'ปิด',
  confirmClose: 'ปิดแบบฟอร์มหรือไม่',
  confirmCloseDetail: 'ข้อมูลที่คุณกรอกจะถูกเก็บไว้จนกว่าคุณจะกลับมา',
  confirmCloseYes: 'ปิด',
  confirmCloseNo: 'กรอกต่อ',
});
