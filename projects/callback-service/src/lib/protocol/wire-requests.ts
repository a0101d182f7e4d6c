import { HttpContext, HttpContextToken, HttpHeaders, HttpParams } from '@angular/common/http';
import type { ScheduleResult } from '../models/schedule';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';
import type { WireRequest } from './callback-protocol';
import { badResponse } from './untrusted-body';

/**
 * Marks the requests this library sends, so that an app's interceptors can recognise them:
 * e.g. not attach the portal's own bearer token to the cross-origin Genesys calls, or not log
 * their `apikey` / `x-api-key` header.
 *
 * @example
 * ```ts
 * export const authInterceptor: HttpInterceptorFn = (req, next) =>
 *   req.context.get(CALLBACK_REQUEST) ? next(req) : next(req.clone({ setHeaders: { Authorization: token() } }));
 * ```
 */
export const CALLBACK_REQUEST = new HttpContextToken<boolean>(() => false);

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded;charset=UTF-8';
const JSON_CONTENT_TYPE = 'application/json';

/** Builds a protocol's requests: what every request of that protocol carries is set here once. */
export type WireRequestFactory = (
  method: WireRequest['method'],
  url: string,
  extra?: Pick<WireRequest, 'params' | 'body'>,
) => WireRequest;

/**
 * Returns a factory whose requests carry `Accept: application/json`, the API key under
 * `apiKeyHeader` (only when a key is configured) and, when they have a body, its
 * `Content-Type`: form-urlencoded for `HttpParams`, JSON otherwise. The type is set
 * explicitly rather than left to the backend, so interceptors and tests see it.
 */
export function wireRequestFactory(
  apiKeyHeader: 'apikey' | 'x-api-key',
  apikey: string | undefined,
): WireRequestFactory {
  let headers = new HttpHeaders({ Accept: JSON_CONTENT_TYPE });
  if (apikey !== undefined) headers = headers.set(apiKeyHeader, apikey);
  return (method, url, extra = {}) => ({
    method,
    url,
    headers:
      extra.body === undefined
        ? headers
        : headers.set(
            'Content-Type',
            extra.body instanceof HttpParams ? FORM_CONTENT_TYPE : JSON_CONTENT_TYPE,
          ),
    ...extra,
  });
}

/** The context every request of this library carries (see {@link CALLBACK_REQUEST}). */
export function callbackRequestContext(): HttpContext {
  return new HttpContext().set(CALLBACK_REQUEST, true);
}

/** Builds the `ScheduleResult` of a booking answer, or throws `BAD_RESPONSE` when it has no id. */
export function toScheduleResult(
  id: string | undefined,
  raw: unknown,
  request: ValidatedScheduleRequest,
  expected: string | false | null,
): ScheduleResult {
  if (id === undefined) throw badResponse('schedule', expected);
  return request.desiredTime === undefined
    ? { id, raw }
    : { id, desiredTime: request.desiredTime, raw };
}
