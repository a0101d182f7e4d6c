import { isClientSideRefusal, type CallbackError } from '../errors/callback-error';
import { toBoundedJsonText } from '../internal/bounded-json';
import { describeValue } from '../internal/describe-value';
import { redactText } from '../internal/redact';
import { NO_SERVICE_NAME_MESSAGE } from '../validation/request-errors';
import type { LegacyXhrError } from './legacy-payloads';
import { availabilityQueryFromLegacy, scheduleRequestFromLegacy } from './legacy-command-data';

/** The bus commands whose refusals imitate a server answer. */
export type LegacyCommand = 'schedule' | 'availability';

/**
 * A refusal of the bridge as a page script sees it: the event it publishes and the payload
 * it publishes and fails the command's deferred with.
 */
export interface LegacyRefusal {
  /** `scheduleError` or `availabilityError`. */
  readonly event: 'scheduleError' | 'availabilityError';
  /** What a jQuery `$.ajax` failure of the original plugin would have carried. */
  readonly payload: LegacyXhrError;
}

// The server's reason for refusing, named as the emulator names it (callback-emulator
// src/http/api-error.ts); the contract suite checks that both word each one alike.
type ServerReason = 'invalid-phone' | 'unknown-service' | 'invalid-parameter';

// The Java class GMS names in `exception` for each reason. Written out in full: a template
// literal would keep the table in bundles that never use the CXBus bridge.
const V1_EXCEPTIONS: Readonly<Record<ServerReason, string>> = {
  'invalid-phone': 'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionNumber',
  'unknown-service': 'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionNotFound',
  'invalid-parameter': 'com.genesyslab.gsg.GSGException',
};
// The GES `status.code` the Genesys Widgets Callback form words itself:
// 7030 invalid phone number, 7040 configure a valid service name, 501 invalid parameters.
const V3_CODES: Readonly<Record<ServerReason, number>> = {
  'invalid-phone': 7030,
  'unknown-service': 7040,
  'invalid-parameter': 501,
};
// The wire names the original plugin posted the number and the time under.
const PHONE_WIRE_NAMES = { v1: '_customer_number', v3: 'phoneNumber' } as const;
const TIME_WIRE_NAMES = { v1: '_desired_time', v3: 'desiredTime' } as const;
const MAX_QUOTED_CHARS = 60;

/**
 * Whether the service refused `error` before anything was sent (validation or config). The
 * two empty-data refusals (`NO_DATA`) are not among them: the original plugin rejected those
 * with a plain text, without a request.
 */
export function isRefusedBeforeSending(error: unknown): error is CallbackError {
  return isClientSideRefusal(error) && error.code !== 'NO_DATA';
}

/**
 * Turns a refusal of the service into what the original plugin's server round trip gave a
 * page script for the same command data: a 400 jqXHR-like object whose `responseJSON` has
 * the API version's error shape (v1 GMS `{ message, exception }`, v3 GES
 * `{ status: { code, message, corrId } }`) and whose wording is the server's where the
 * servers' is known (the phone number, the desired time, the service name), the library's
 * own sentence otherwise. A v3 `corrId` is made up here: the request never reached GES.
 *
 * ```ts
 * legacyRefusal(error, 'schedule', {}, 'v1').payload.responseJSON;
 * // { message: 'Mandatory parameter _customer_number is missing.',
 * //   exception: 'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionNumber' }
 * ```
 *
 * @param data the command data as the page script sent it (read for the values to quote).
 * @param apiVersion the configured version; `v1` when the config failed before it was known.
 * @param apikey masked wherever the page's data is quoted (a key typed into a field).
 */
export function legacyRefusal(
  error: CallbackError,
  command: LegacyCommand,
  data: unknown,
  apiVersion: 'v1' | 'v3',
  apikey?: string,
): LegacyRefusal {
  const wording = serverWording(error, command, data, apiVersion);
  const { reason } = wording;
  const message = redactText(wording.message, apikey);
  const responseJSON =
    apiVersion === 'v1'
      ? { message, exception: V1_EXCEPTIONS[reason] }
      : { status: { code: V3_CODES[reason], message, corrId: localCorrelationId() } };
  return {
    event: command === 'schedule' ? 'scheduleError' : 'availabilityError',
    payload: {
      readyState: 4,
      status: 400,
      statusText: 'Bad Request',
      responseJSON,
      responseText: JSON.stringify(responseJSON),
      callbackError: error,
    },
  };
}

function serverWording(
  error: CallbackError,
  command: LegacyCommand,
  data: unknown,
  apiVersion: 'v1' | 'v3',
): { reason: ServerReason; message: string } {
  if (error.code === 'INVALID_CONFIG') {
    // v3 without a service name; any other config failure has no server counterpart.
    if (error.field !== 'serviceName')
      return { reason: 'invalid-parameter', message: error.message };
    const missing = error.message.startsWith(NO_SERVICE_NAME_MESSAGE);
    return {
      reason: 'unknown-service',
      message: missing ? 'A service name is required.' : error.message,
    };
  }
  const given = valueOf(error.field, command, data);
  switch (error.field) {
    case 'phonenumber': {
      const name = PHONE_WIRE_NAMES[apiVersion];
      if (isBlank(given))
        return { reason: 'invalid-phone', message: `Mandatory parameter ${name} is missing.` };
      if (typeof given !== 'string')
        return {
          reason: 'invalid-parameter',
          message: `${name} must be a string, got ${quote(given)}.`,
        };
      return {
        reason: 'invalid-phone',
        message: `Customer Number ${quote(given)} is invalid: expected an optional + and 3 to 15 digits.`,
      };
    }
    case 'desiredTime':
      return {
        reason: 'invalid-parameter',
        message: `${TIME_WIRE_NAMES[apiVersion]} must be an ISO-8601 UTC time such as 2030-01-07T09:00:00.000Z, got ${quote(given)}.`,
      };
    case 'serviceName':
      return { reason: 'unknown-service', message: `Unknown callback service ${quote(given)}.` };
    default:
      return { reason: 'invalid-parameter', message: error.message };
  }
}

// The value a refused field had in the command data, read the way the bridge read it (so
// every legacy spelling counts); undefined when the data cannot be read again.
function valueOf(field: string | undefined, command: LegacyCommand, data: unknown): unknown {
  if (field === undefined) return undefined;
  try {
    const read =
      command === 'schedule'
        ? scheduleRequestFromLegacy(data, ignore)
        : availabilityQueryFromLegacy(data, ignore);
    return (read as unknown as Readonly<Record<string, unknown>>)[field];
  } catch {
    return undefined;
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

// A short JSON-escaped quote of untrusted input, cut as the emulator cuts it, so messages
// stay bounded whatever a page script sent (getters that throw and deep objects included).
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : toBoundedJsonText(value) || describeValue(value);
  const cut = text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 3)}...` : text;
  return JSON.stringify(cut);
}

// A random UUID-shaped id, so refusals can be told apart in logs like GES answers can.
function localCorrelationId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function ignore(): void {
  // Warnings were given when the command was first read.
}
