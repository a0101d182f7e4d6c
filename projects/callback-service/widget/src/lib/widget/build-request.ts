import {
  ɵdefinedOnly as definedOnly,
  type CallbackSlot,
  type CallbackUserData,
  type ScheduleRequest,
} from 'ngx-genesys-callback';
import type { CallbackWidgetDraft } from '../state/callback-widget-draft';

/**
 * The `schedule()` request of a booking (internal): the checked `phonenumber` (E.164 once
 * libphonenumber-js has checked it), the names and notes of the draft (notes as `subject`, as
 * the Widgets form sends them), `slot` as the desired time (its UTC instant; `null` for "as soon
 * as possible") and the widget's attached data. Blank texts and empty attached data are left
 * out rather than sent empty.
 */
export function buildScheduleRequest(
  draft: CallbackWidgetDraft,
  phonenumber: string,
  slot: CallbackSlot | null,
  userData: CallbackUserData | undefined,
): ScheduleRequest {
  const text = (value: string) => value.trim() || undefined;
  return {
    phonenumber,
    ...definedOnly({
      firstname: text(draft.firstname()),
      lastname: text(draft.lastname()),
      subject: text(draft.subject()),
      desiredTime: slot?.utcTime,
      userData: userData && Object.keys(userData).length > 0 ? userData : undefined,
    }),
  };
}
