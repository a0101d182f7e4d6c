import { definedOnly } from '../internal/defined-only';
import { describeValue } from '../internal/describe-value';
import type { CallbackUserData } from '../models/user-data';
import type { ScheduleRequest } from '../models/schedule';
import { optionalInstantField } from './instant-field';
import { isPlainPhoneNumber, normalizePhoneNumber } from './phone-number';
import { readOwnFields } from './read-input';
import { invalidRequest, noData, NO_SCHEDULE_DATA_MESSAGE, presentKeys } from './request-errors';
import { sanitizeUserData } from './user-data';
import { optionalServiceName } from './service-name';
import { wireTextProblem } from './wire-text';

/** A `ScheduleRequest` that passed validation, in wire-ready form. */
export interface ValidatedScheduleRequest {
  /** The number with spaces, dots, dashes and parentheses removed. */
  readonly phonenumber: string;
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent for "as soon as possible". */
  readonly desiredTime?: string;
  readonly firstname?: string;
  readonly lastname?: string;
  readonly email?: string;
  readonly subject?: string;
  /** The per-call attached data, sanitised (null prototype). */
  readonly userData: CallbackUserData;
  readonly serviceName?: string;
  readonly captchaToken?: string;
}

const MAX_TEXT_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;
// Captcha tokens are opaque and long (reCAPTCHA's run to about 2,000 characters); the bound
// only keeps a runaway value off the wire.
const MAX_CAPTCHA_TOKEN_LENGTH = 10_000;
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const KNOWN_FIELDS: ReadonlySet<string> = new Set<keyof ScheduleRequest>([
  'phonenumber',
  'firstname',
  'lastname',
  'email',
  'subject',
  'desiredTime',
  'userData',
  'serviceName',
  'captchaToken',
]);

/**
 * Checks a `ScheduleRequest` before anything is sent.
 *
 * @throws {CallbackError} `NO_DATA` with the original Widgets text for an empty request;
 * `INVALID_REQUEST` with `field` set for anything else that is wrong.
 */
export function validateScheduleRequest(
  request: ScheduleRequest | null | undefined,
): ValidatedScheduleRequest {
  if (request === null || request === undefined) throw noData(NO_SCHEDULE_DATA_MESSAGE);
  const fields = readOwnFields(
    request,
    'request',
    ngDevMode && 'schedule() needs a request object',
  );
  const keys = presentKeys(fields);
  if (keys.length === 0) throw noData(NO_SCHEDULE_DATA_MESSAGE);
  const unknown = keys.find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined) {
    throw invalidRequest(
      unknown,
      ngDevMode &&
        `\`${unknown}\` is not a ScheduleRequest field; use ${[...KNOWN_FIELDS].join(', ')}.`,
    );
  }
  const validated: ValidatedScheduleRequest = {
    phonenumber: validatePhoneNumber(fields['phonenumber']),
    userData: sanitizeUserData(fields['userData'], 'userData', 'INVALID_REQUEST'),
    ...definedOnly({
      desiredTime: optionalInstantField(fields['desiredTime'], 'desiredTime'),
      firstname: optionalText(fields, 'firstname', MAX_TEXT_LENGTH),
      lastname: optionalText(fields, 'lastname', MAX_TEXT_LENGTH),
      email: validateEmail(fields['email']),
      subject: optionalText(fields, 'subject', MAX_TEXT_LENGTH),
      serviceName: optionalServiceName(fields['serviceName']),
      captchaToken: optionalText(fields, 'captchaToken', MAX_CAPTCHA_TOKEN_LENGTH),
    }),
  };
  return validated;
}

function validatePhoneNumber(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw invalidRequest('phonenumber', ngDevMode && '`phonenumber` is required.');
  }
  if (typeof value !== 'string' || !isPlainPhoneNumber(value)) {
    throw invalidRequest(
      'phonenumber',
      ngDevMode &&
        `\`phonenumber\` must be an optional + and 3 to 15 digits (spaces, dots, dashes and parentheses allowed), got ${describeValue(value)}.`,
    );
  }
  return normalizePhoneNumber(value);
}

function validateEmail(value: unknown): string | undefined {
  const email = optionalText({ email: value }, 'email', MAX_EMAIL_LENGTH);
  if (email !== undefined && !PLAUSIBLE_EMAIL.test(email)) {
    throw invalidRequest(
      'email',
      ngDevMode &&
        `\`email\` must be an e-mail address such as name@example.com, got ${describeValue(value)}.`,
    );
  }
  return email;
}

function optionalText(source: object, field: string, maxLength: number): string | undefined {
  const value: unknown = (source as Record<string, unknown>)[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw invalidRequest(
      field,
      ngDevMode && `\`${field}\` must be a string, got ${describeValue(value)}.`,
    );
  }
  const text = value.trim();
  if (text.length > maxLength) {
    throw invalidRequest(
      field,
      ngDevMode && `\`${field}\` must be at most ${maxLength} characters, got ${text.length}.`,
    );
  }
  const problem = wireTextProblem(field, text);
  if (problem !== null) throw invalidRequest(field, ngDevMode && problem);
  return text === '' ? undefined : text;
}
