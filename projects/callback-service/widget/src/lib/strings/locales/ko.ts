import type { CallbackWidgetStrings } from '../callback-widget-strings';
import { pluralize } from '../plural';

/**
 * The Korean texts of the callback widget and dialog (`ko`).
 *
 * @example
 * ```ts
 * providers: [provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_KO)]
 * ```
 */
export const CALLBACK_WIDGET_STRINGS_KO: CallbackWidgetStrings = /* @__PURE__ */ Object.freeze({
  locale: 'ko',
  title: '전화 상담 요청',
  firstName: '이름',
  lastName: '성',
  phoneNumber: '전화번호',
  required: '(필수)',
  country: '국가 번호',
  countryOther: '기타: +와 국가 번호를 입력하세요',
  notes: '메모',
  // Korean has a single plural form.
  charactersLeft: (count: number) => pluralize('ko', count, { other: '#자 남음' }),
  when: '언제 전화드릴까요?',
  asSoonAsPossible: '가능한 한 빨리',
  pickDateTime: '날짜 및 시간 선택',
  asapClosed: '지금은 운영 시간이 아니어서 바로 전화드릴 수 없습니다. 시간을 선택해 주세요.',
  day: '날짜',
  times: '예약 가능한 시간',
  loadingTimes: '예약 가능한 시간을 불러오는 중…',
  noTimes: '이 날에는 예약 가능한 시간이 없습니다. 다른 날을 선택해 주세요.',
  timesError: '예약 가능한 시간을 불러오지 못했습니다.',
  retry: '다시 시도',
  timesAnnounced: (count: number, day: string) =>
    pluralize('ko', count, { other: `${day}에 예약 가능한 시간이 #개 있습니다.` }),
  selectedTime: (time: string) => `선택한 시간: ${time}`,
  selectionCleared: '다른 날에 선택한 시간이 해제되었습니다.',
  submit: '전화 요청하기',
  submitting: '보내는 중…',
  phoneRequired: '전화번호를 입력해 주세요.',
  phoneInvalid: '올바른 전화번호를 입력해 주세요.',
  tooLong: '100자 이내로 입력해 주세요.',
  selectTime: '날짜와 시간을 선택해 주세요.',
  officeClosed: '해당 시간은 운영 시간이 아닙니다. 다른 시간을 선택해 주세요.',
  proposals:
    '해당 시간은 더 이상 예약할 수 없습니다. 대신 다음 시간 중 하나를 선택하실 수 있습니다:',
  slotTaken: '해당 시간은 더 이상 예약할 수 없습니다. 다른 시간을 선택해 주세요.',
  proposedTimes: '추천 시간',
  rateLimited: '현재 요청이 너무 많습니다. 몇 분 후에 다시 시도해 주세요.',
  timeout:
    '예약을 확인하지 못했습니다. 예약이 이미 완료되었을 수 있으니 다시 시도하기 전에 확인해 주세요.',
  network: '전화 상담 서비스에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.',
  generalError: '문제가 발생했습니다. 다시 시도해 주세요.',
  supportReference: (id: string) => `고객 지원 참조 번호: ${id}`,
  booked: '예약이 완료되었습니다!',
  bookedAnnounced: (time: string) => `전화 상담이 예약되었습니다: ${time}.`,
  bookedNumber: '연락받을 번호',
  bookedTime: '시간',
  bookedAsap: '가능한 한 빨리',
  bookedId: '예약 번호',
  cancelBooking: '이 예약 취소',
  cancelling: '취소하는 중…',
  cancelled: '예약이 취소되었습니다.',
  cancelError: '예약을 취소하지 못했습니다. 다시 시도해 주세요.',
  queuePosition: '대기 순서',
  estimatedWait: '예상 대기 시간',
  waitMinutes: (count: number) => pluralize('ko', count, { other: '약 #분' }),
  changeTime: '시간 변경',
  rescheduleSubmit: '이 시간으로 변경',
  rescheduling: '변경하는 중…',
  keepTime: '현재 시간 유지',
  timeChanged: (time: string) => `전화 시간이 ${time}(으)로 변경되었습니다.`,
  bookAnother: '다른 예약하기',
  close: '닫기',
  confirmClose: '양식을 닫으시겠습니까?',
  confirmCloseDetail: '입력하신 내용은 다시 돌아오실 때까지 보관됩니다.',
  confirmCloseYes: '닫기',
  confirmCloseNo: '계속 작성',
});
