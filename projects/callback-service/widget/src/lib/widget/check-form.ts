import type { CallbackSlot } from 'ngx-genesys-callback';
import type { WidgetError } from '../errors/widget-error';
import type { PhoneNumberSupport } from '../phone/phone-number-support';
import type { CallbackTimeMode } from '../state/callback-widget-draft';
import type { CallbackWidgetStrings } from '../strings/callback-widget-strings';

/** What the client-side check reads (internal). */
export interface FormValues {
  readonly phone: string;
  /** The picker's country ('' for "other"); `null` without a picker (plain rule only). */
  readonly country: string | null;
  readonly mode: CallbackTimeMode;
  readonly slot: CallbackSlot | null;
}

/** A form that passed the check: the number to send and to show (internal). */
export interface CheckedForm {
  /** E.164 once libphonenumber-js has checked it; otherwise as typed (the core re-checks). */
  readonly phonenumber: string;
  /** The number as the confirmation shows it. */
  readonly display: string;
}

/**
 * Checks the form before `schedule()`: a phone number (valid for its country once
 * libphonenumber-js is loaded, plausible by the core's rule until then) and, for "pick date &
 * time", a chosen slot. Name and notes lengths are held by `maxlength`.
 */
export function checkForm(
  values: FormValues,
  phones: PhoneNumberSupport,
  strings: CallbackWidgetStrings,
): CheckedForm | { readonly errors: readonly WidgetError[] } {
  const errors: WidgetError[] = [];
  const phone = values.phone.trim();
  let checked: CheckedForm | null = null;
  if (phone === '') {
    errors.push({ target: 'phonenumber', message: strings.phoneRequired });
  } else {
    const number =
      values.country === null ? undefined : phones.check(phone, values.country || null);
    if (number) checked = { phonenumber: number.e164, display: number.international };
    else if (number === undefined && phones.isPlausible(phone)) {
      checked = { phonenumber: phone, display: phone };
    } else errors.push({ target: 'phonenumber', message: strings.phoneInvalid });
  }
  if (values.mode === 'scheduled' && !values.slot) {
    errors.push({ target: 'time', message: strings.selectTime });
  }
  return checked && errors.length === 0 ? checked : { errors };
}
