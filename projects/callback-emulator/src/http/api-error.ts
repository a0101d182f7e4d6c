/**
 * Every failure the emulator answers with, independent of the API version. Each version's
 * routes render it in their own shape (v1 `{message, exception}`, v3 `{status:{code,…}}`).
 */
export type ErrorKind =
  | 'invalid-phone'
  | 'unknown-service'
  | 'slot-full'
  | 'office-closed'
  | 'daily-limit'
  | 'invalid-parameter'
  | 'malformed-body'
  | 'body-too-large'
  | 'unauthorized'
  | 'callback-not-found'
  | 'not-cancellable'
  | 'not-reschedulable'
  | 'route-not-found'
  | 'method-not-allowed'
  | 'forbidden-origin'
  | 'forbidden-host'
  | 'unsupported-media-type'
  | 'injected'
  | 'internal';

/** Free capacity by UTC ISO slot start: the proposals of a 429 (v1 `availability`, v3 `data.slots`). */
export type CapacityMap = Record<string, number>;

/** Extra facts some errors carry. */
export interface ApiErrorDetails {
  /** Nearby free slots offered instead of a full one. */
  readonly proposals?: CapacityMap;
  /** Seconds for a `Retry-After` header. */
  readonly retryAfterSec?: number;
  /** Methods for the `Allow` header of a 405. */
  readonly allow?: readonly string[];
  /** HTTP status of an injected fault (other kinds have a fixed status per version). */
  readonly status?: number;
}

/**
 * A failure to answer in the API's error shape. `message` is the text the client sees, so
 * it is written for a developer reading a failed request ("`start` must be …, got …").
 *
 * ```ts
 * throw new ApiError('invalid-parameter', '`number-of-days` must be a whole number, got "x".');
 * ```
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }
}

/** HTTP status of each kind; `unknown-service` and `callback-not-found` differ per version. */
export function httpStatusOf(error: ApiError, version: 'v1' | 'v3' | 'admin'): number {
  switch (error.kind) {
    case 'slot-full':
      return 429;
    case 'daily-limit':
      return 503;
    case 'body-too-large':
      return 413;
    case 'unauthorized':
      return 401;
    case 'callback-not-found':
    case 'route-not-found':
      return 404;
    case 'unknown-service':
      // GES answers a bad service name as a validation error (the Widgets UI only shows
      // texts of 400/429); GMS has no such resource, hence 404.
      return version === 'v3' ? 400 : 404;
    case 'method-not-allowed':
      return 405;
    case 'forbidden-origin':
    case 'forbidden-host':
      return 403;
    case 'unsupported-media-type':
      return 415;
    case 'injected':
      return error.details.status ?? 500;
    case 'internal':
      return 500;
    default:
      return 400;
  }
}

/** `Retry-After` and `Allow` headers of an error, when it has them. */
export function errorHeaders(error: ApiError): Record<string, string> {
  const headers: Record<string, string> = {};
  if (error.details.retryAfterSec !== undefined)
    headers['Retry-After'] = String(error.details.retryAfterSec);
  if (error.details.allow !== undefined) headers['Allow'] = error.details.allow.join(', ');
  return headers;
}

/** A short quote of untrusted input for error messages (bounded, JSON-escaped). */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(cut);
}
