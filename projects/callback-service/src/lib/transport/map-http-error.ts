import type { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { CallbackError, type CallbackErrorCode } from '../errors/callback-error';
import { definedOnly } from '../internal/defined-only';
import type { ServerErrorDetails } from '../protocol/callback-protocol';
import { isIdempotent, type CallbackOperation } from './callback-operation';

/** Statuses after which an idempotent call may succeed if sent again. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** Statuses that say the server did not act on the request, so even a booking may be re-sent. */
const NOT_ACTED_ON_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Turns an `HttpErrorResponse` into a `CallbackError`: the code from the status, the server's
 * own code, text, correlation id and proposed slots from the body, `Retry-After`, and whether
 * a retry is safe for this operation.
 */
export function mapHttpError(
  response: HttpErrorResponse,
  operation: CallbackOperation,
  readErrorBody: (body: unknown) => ServerErrorDetails,
): CallbackError {
  const { status } = response;
  if (status === 0) return networkError(operation, response);
  if (status >= 200 && status < 300) {
    // HttpClient reports a 2xx whose body is not JSON as an error with the 2xx status.
    return new CallbackError({
      code: 'BAD_RESPONSE',
      status,
      message: ngDevMode
        ? `The callback server answered ${operation} with ${status} but a body that is not JSON.`
        : `${operation}: HTTP ${status}, not JSON.`,
      cause: response,
    });
  }
  const details = readErrorBody(response.error);
  const code = codeForStatus(status);
  const retryAfterMs = parseRetryAfter(response.headers);
  return new CallbackError({
    code,
    status,
    message: ngDevMode
      ? describeHttpFailure(operation, status, response.statusText, details)
      : `${operation}: HTTP ${status}.`,
    retryable: isIdempotent(operation)
      ? TRANSIENT_STATUSES.has(status)
      : NOT_ACTED_ON_STATUSES.has(status),
    cause: response,
    ...details,
    ...definedOnly({ retryAfterMs }),
  });
}

/** The `TIMEOUT` error of an attempt that got no answer within `ajaxTimeout`. */
export function timeoutError(operation: CallbackOperation, timeoutMs: number): CallbackError {
  const what = ngDevMode
    ? `The callback server did not answer ${operation} within ${timeoutMs} ms (ajaxTimeout).`
    : `${operation}: no answer within ${timeoutMs} ms.`;
  return new CallbackError({
    code: 'TIMEOUT',
    message: what + unknownOutcome(operation),
    retryable: isIdempotent(operation),
  });
}

function networkError(operation: CallbackOperation, response: HttpErrorResponse): CallbackError {
  const what = ngDevMode
    ? `No answer from the callback server for ${operation}: offline, blocked by CORS, or the connection dropped.`
    : `${operation}: no answer.`;
  return new CallbackError({
    code: 'NETWORK',
    status: 0,
    message: what + unknownOutcome(operation),
    retryable: isIdempotent(operation),
    cause: response,
  });
}

// Without an answer nobody knows whether the server booked the call: the caller must check
// (retrieve(), the agent desktop) before booking again, or the customer may be called twice.
function unknownOutcome(operation: CallbackOperation): string {
  const verb = operation === 'schedule' ? 'booked' : operation === 'reschedule' ? 'moved' : null;
  if (verb === null) return '';
  return ngDevMode
    ? ` The callback may or may not have been ${verb}: check${verb === 'moved' ? ' with retrieve()' : ''} before trying again.`
    : ` It may or may not have been ${verb}.`;
}

function codeForStatus(status: number): CallbackErrorCode {
  if (status === 400) return 'BAD_REQUEST';
  if (status === 401 || status === 403) return 'UNAUTHORIZED';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500 && status < 600) return 'SERVER_ERROR';
  return 'HTTP_ERROR';
}

// The development text of a refusal (production builds say the operation and the status only).
function describeHttpFailure(
  operation: CallbackOperation,
  status: number,
  statusText: string,
  details: ServerErrorDetails,
): string {
  const reason =
    details.serverMessage ?? (statusText && statusText !== 'OK' ? statusText : 'no details');
  const serverCode = details.serverCode === undefined ? '' : ` (code ${details.serverCode})`;
  const corrId = details.correlationId === undefined ? '' : ` [corrId ${details.correlationId}]`;
  const hint = status === 401 || status === 403 ? ' Check the `apikey` option.' : '';
  const verb = status >= 500 ? 'failed on' : 'refused';
  return `The callback server ${verb} ${operation} with HTTP ${status}: ${reason.replace(/\.+$/, '')}${serverCode}${corrId}.${hint}`;
}

/** Reads `Retry-After` as delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(headers: HttpHeaders | null | undefined): number | undefined {
  const value = headers?.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
