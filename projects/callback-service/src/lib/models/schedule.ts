import type { CallbackUserData } from './user-data';

/**
 * What `CallbackService.schedule()` books: the fields of the Genesys Widgets Callback form.
 *
 * @example
 * ```ts
 * callbacks.schedule({
 *   phonenumber: '+1 555 010 2030',
 *   firstname: 'Ada',
 *   subject: 'Question about my invoice',
 *   desiredTime: new Date('2026-12-01T14:30:00Z'),
 * });
 * ```
 */
export interface ScheduleRequest {
  /** Number to call back (required): optional `+` and 3–15 digits; spaces, dots, dashes and parentheses are ignored. */
  phonenumber: string;
  /** Customer's first name, at most 100 characters. */
  firstname?: string;
  /** Customer's last name, at most 100 characters. */
  lastname?: string;
  /** Customer's e-mail address. */
  email?: string;
  /** The form's "Notes" field, at most 100 characters. */
  subject?: string;
  /** When to call: an ISO-8601 instant or a `Date`; absent means as soon as possible. Sent as UTC. */
  desiredTime?: string | Date;
  /** Attached data for the agent, merged over the config's `userData`. */
  userData?: CallbackUserData;
  /** v3 only: overrides the config's `serviceName` for this call. */
  serviceName?: string;
  /** v3 only: captcha token, passed through when the tenant requires captcha. */
  captchaToken?: string;
}

/** The outcome of a successful `schedule()`, normalised across v1 and v3. */
export interface ScheduleResult {
  /** The callback id (v1 `_id`, v3 `data.id`), for `cancel()` and `retrieve()`. */
  readonly id: string;
  /** The booked time as sent (UTC ISO-8601); absent for "as soon as possible". */
  readonly desiredTime?: string;
  /** The server's body as received (untrusted data). */
  readonly raw: unknown;
}
