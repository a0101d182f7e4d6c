import { definedOnly } from '../internal/defined-only';
import type { CallbackSlot } from '../models/callback-slot';

/**
 * Machine-readable reason of a {@link CallbackError}.
 *
 * - `NO_DATA`: empty schedule request or availability query (the Widgets texts).
 * - `INVALID_REQUEST`: client-side validation failed; `field` names the culprit.
 * - `INVALID_CONFIG`: bad `provideCallback()` config, or v3 without a service name.
 * - `TIMEOUT`: `ajaxTimeout` elapsed. For `schedule()` the outcome is unknown.
 * - `NETWORK`: no HTTP response at all (offline, CORS, DNS, dropped connection).
 * - `BAD_REQUEST`: HTTP 400, e.g. "selected time slot is not available".
 * - `UNAUTHORIZED`: HTTP 401 or 403 (API key).
 * - `RATE_LIMITED`: HTTP 429; may carry `retryAfterMs` and `proposedSlots`.
 * - `SERVER_ERROR`: HTTP 5xx.
 * - `HTTP_ERROR`: any other non-2xx status.
 * - `BAD_RESPONSE`: a 2xx whose body is not the expected shape.
 * - `UNSUPPORTED`: the configured API version has no such operation; nothing was sent.
 */
export type CallbackErrorCode =
  | 'NO_DATA'
  | 'INVALID_REQUEST'
  | 'INVALID_CONFIG'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | 'UNSUPPORTED';

/** The fields a {@link CallbackError} is built from; only `code` and `message` are required. */
export interface CallbackErrorInit {
  /** Machine-readable reason. */
  code: CallbackErrorCode;
  /** Human-readable explanation that says what went wrong and, where possible, what to do. */
  message: string;
  /** HTTP status of the server's answer, when there was one. */
  status?: number;
  /** The server's own error code, e.g. GES `7030` (invalid phone number). */
  serverCode?: number;
  /** The server's own error text (untrusted: display as text, never as HTML). */
  serverMessage?: string;
  /** GES `status.corrId`, to quote in support tickets. */
  correlationId?: string;
  /** The request field or config option that was wrong. */
  field?: string;
  /** Nearby free slots the server proposed instead (HTTP 429 / 400). */
  proposedSlots?: CallbackSlot[];
  /** How long the server asked to wait before trying again (`Retry-After`). */
  retryAfterMs?: number;
  /** Whether sending the same request again is safe (cannot book twice) and may succeed. */
  retryable?: boolean;
  /** The underlying error, e.g. the `HttpErrorResponse`. */
  cause?: unknown;
}

/**
 * The one error type of `ngx-genesys-callback`: every Observable of `CallbackService` and every
 * error event carries a `CallbackError`, never a string or a raw HTTP error.
 *
 * @example
 * ```ts
 * callbacks.schedule({ phonenumber }).subscribe({
 *   error: (e: CallbackError) => {
 *     if (e.code === 'RATE_LIMITED') offer(e.proposedSlots ?? []);
 *     else if (e.field === 'phonenumber') showPhoneError(e.message);
 *   },
 * });
 * ```
 */
export class CallbackError extends Error {
  override readonly name = 'CallbackError';
  /** Machine-readable reason. */
  readonly code: CallbackErrorCode;
  /** HTTP status of the server's answer, when there was one. */
  declare readonly status?: number;
  /** The server's own error code, e.g. GES `7030`. */
  declare readonly serverCode?: number;
  /** The server's own error text (untrusted: display as text, never as HTML). */
  declare readonly serverMessage?: string;
  /** GES `status.corrId`, to quote in support tickets. */
  declare readonly correlationId?: string;
  /** The request field or config option that was wrong. */
  declare readonly field?: string;
  /** Nearby free slots the server proposed instead. */
  declare readonly proposedSlots?: CallbackSlot[];
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  declare readonly retryAfterMs?: number;
  /** Whether sending the same request again is safe (cannot book twice) and may succeed. */
  readonly retryable: boolean;

  constructor(init: CallbackErrorInit) {
    // The native `cause` option keeps the cause non-enumerable, so JSON.stringify(error) and
    // structured logs show our fields rather than a whole HttpErrorResponse.
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.retryable = init.retryable ?? false;
    // Optional fields stay absent (not `undefined`) so that `toEqual` and logs stay readable.
    Object.assign(this, definedFieldsOf(init));
  }
}

/**
 * The codes of refusals made before anything is sent: the caller's business. They only error
 * the returned Observable (never an event on `events$`); the CXBus bridge answers them on the
 * bus as the original's server round trip did. The one list of them.
 */
export const CLIENT_SIDE_ERROR_CODES: ReadonlySet<CallbackErrorCode> = new Set<CallbackErrorCode>([
  'NO_DATA',
  'INVALID_REQUEST',
  'INVALID_CONFIG',
  'UNSUPPORTED',
]);

/** Returns whether `value` is a {@link CallbackError} refused before anything was sent. */
export function isClientSideRefusal(value: unknown): value is CallbackError {
  return value instanceof CallbackError && CLIENT_SIDE_ERROR_CODES.has(value.code);
}

/** Returns whether `value` is a {@link CallbackError}. */
export function isCallbackError(value: unknown): value is CallbackError {
  return value instanceof CallbackError;
}

/**
 * Returns a copy of `error` with some fields replaced (errors are immutable). Internal: used to
 * add the HTTP status to a parse failure, or to scrub a text.
 */
export function copyCallbackError(
  error: CallbackError,
  changes: Partial<CallbackErrorInit>,
): CallbackError {
  return new CallbackError({
    code: error.code,
    message: error.message,
    retryable: error.retryable,
    cause: error.cause,
    ...definedFieldsOf(error),
    ...changes,
  });
}

// The optional fields of an init or an error that are set, in declaration order.
function definedFieldsOf(source: CallbackErrorInit | CallbackError): Partial<CallbackErrorInit> {
  const { status, serverCode, serverMessage, correlationId, field, proposedSlots, retryAfterMs } =
    source;
  return definedOnly({
    status,
    serverCode,
    serverMessage,
    correlationId,
    field,
    proposedSlots,
    retryAfterMs,
  });
}
