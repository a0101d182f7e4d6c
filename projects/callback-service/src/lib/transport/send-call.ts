import { HttpErrorResponse, type HttpClient, type HttpResponse } from '@angular/common/http';
import { Observable } from 'rxjs';
import { CallbackError, copyCallbackError } from '../errors/callback-error';
import type { ProtocolCall, ServerErrorDetails } from '../protocol/callback-protocol';
import { callbackRequestContext } from '../protocol/wire-requests';
import type { CallbackOperation } from './callback-operation';
import { mapHttpError, timeoutError } from './map-http-error';
import { redactApiKey, scrubBody, scrubHttpError } from '../internal/redact';
import { isRedirectedAnswer, redirectRefused } from './redirects';

/** What one attempt needs besides the call itself. */
export interface SendOptions {
  /** Which operation this is: decides error texts and retry safety. */
  readonly operation: CallbackOperation;
  /** `ajaxTimeout`: the attempt is aborted (the XHR/fetch cancelled) when it elapses. */
  readonly timeoutMs: number;
  /** The protocol's reader of error bodies. */
  readonly readErrorBody: (body: unknown) => ServerErrorDetails;
  /** Scrubbed from every error text, header and body. */
  readonly apikey?: string;
  /** The fetch `redirect` mode, when the HTTP backend honours it (not with XHR). */
  readonly redirect?: RequestRedirect;
}

/**
 * Sends one attempt of a protocol call through `HttpClient` and turns every outcome into
 * either the parsed result or a `CallbackError`. Lazy: nothing is sent before subscription,
 * and unsubscribing aborts the request. Whatever the server answers, and even when reading
 * the answer throws, the attempt settles.
 */
export function sendCall<T>(
  http: HttpClient,
  call: ProtocolCall<T>,
  options: SendOptions,
): Observable<T> {
  const { request } = call;
  // One hand-written subscriber instead of timeout/map/catchError operators: the same
  // behaviour, and the core stays within its size budget (no RxJS scheduler machinery).
  return new Observable<T>((subscriber) => {
    let answered = false;
    // A throw inside HttpClient's callbacks would be reported as unhandled and leave the
    // call unsettled (and a booking in flight for ever): every failure path ends here.
    const fail = (error: unknown) => subscriber.error(settleError(error, request.url, options));
    // When the timer fires, subscriber.error() runs the teardown below, which unsubscribes
    // from HttpClient and so aborts the request: ajaxTimeout really cancels the attempt.
    const timer = setTimeout(
      () => fail(timeoutError(options.operation, options.timeoutMs)),
      options.timeoutMs,
    );
    const subscription = http
      .request<unknown>(request.method, request.url, {
        body: request.body,
        headers: request.headers,
        params: request.params,
        context: callbackRequestContext(),
        observe: 'response',
        responseType: 'json',
        // Slots and bookings are live data: never replay them from an SSR transfer cache.
        transferCache: false,
        // Unset (XHR) leaves HttpClient's default.
        redirect: options.redirect,
      })
      .subscribe({
        next: (response: HttpResponse<unknown>) => {
          answered = true;
          clearTimeout(timer);
          let result: T;
          try {
            if (isRedirectedAnswer(response, request.url)) {
              throw redirectRefused(options.operation, response);
            }
            result = call.parse(scrubBody(response.body, options.apikey));
          } catch (error) {
            fail(
              error instanceof CallbackError && error.status === undefined
                ? copyCallbackError(error, { status: response.status })
                : error,
            );
            return;
          }
          subscriber.next(result);
          subscriber.complete();
        },
        error: (error: unknown) => {
          clearTimeout(timer);
          fail(error);
        },
        complete: () => {
          // An interceptor that swallows the request must not leave the caller waiting.
          if (!answered) {
            clearTimeout(timer);
            fail(
              new Error(
                ngDevMode
                  ? 'the request completed without a response (an interceptor dropped it?)'
                  : 'no response',
              ),
            );
          }
        },
      });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  });
}

// Never throws: should turning the failure into a CallbackError throw, one made from the
// HTTP status alone stands in (the body and headers could hold what made it throw, or the key).
function settleError(error: unknown, requestUrl: string, options: SendOptions): CallbackError {
  try {
    return redactApiKey(toCallbackError(error, requestUrl, options), options.apikey);
  } catch {
    return error instanceof HttpErrorResponse
      ? mapHttpError(new HttpErrorResponse({ status: error.status }), options.operation, () => ({}))
      : new CallbackError({
          code: 'BAD_RESPONSE',
          message: ngDevMode
            ? `The callback server's answer to ${options.operation} could not be read.`
            : `${options.operation}: unreadable answer.`,
        });
  }
}

function toCallbackError(error: unknown, requestUrl: string, options: SendOptions): CallbackError {
  if (error instanceof CallbackError) return error;
  if (error instanceof HttpErrorResponse) {
    if (isRedirectedAnswer(error, requestUrl)) return redirectRefused(options.operation, error);
    return mapHttpError(
      scrubHttpError(error, options.apikey),
      options.operation,
      options.readErrorBody,
    );
  }
  const what = ngDevMode
    ? `Reading the callback server's answer to ${options.operation} failed`
    : `${options.operation}: unreadable answer`;
  return new CallbackError({
    code: 'BAD_RESPONSE',
    message: `${what}: ${error instanceof Error ? error.message : String(error)}`,
    cause: error,
  });
}
