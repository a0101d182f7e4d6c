// Spaces (no-break ones too), dots, parentheses, and every dash a keyboard or a copy-paste gives.
const PHONE_SEPARATORS = /[\s.()\-\u2010-\u2015\u2212]/g;
const PLAIN_PHONE_NUMBER = /^\+?\d{3,15}$/;

/** Removes the separators people type in phone numbers (spaces, dots, dashes, parentheses). */
export function normalizePhoneNumber(value: string): string {
  return value.replace(PHONE_SEPARATORS, '');
}

/**
 * Returns whether `value` is a phone number the Callback APIs take: once separators are
 * removed, an optional `+` and 3 to 15 digits (the E.164 maximum). The one phone rule of the
 * library; the widget checks with it too until libphonenumber-js is loaded.
 */
export function isPlainPhoneNumber(value: string): boolean {
  return PLAIN_PHONE_NUMBER.test(normalizePhoneNumber(value));
}
