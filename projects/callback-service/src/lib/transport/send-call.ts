import type { HttpClient } from '@angular/common/http';
import { catchError, map, throwError, timeout, type Observable } from 'rxjs';
import { CallbackError } from '../errors/callback-error';
import type { ProtocolCall, ServerErrorDetails } from '../protocol/callback-protocol';
import type { CallbackOperation } from './callback-operation';
import { isHttpErrorResponse, mapHttpError, timeoutError } from './map-http-error';
import { redactApiKey } from './redact';

/** What one attempt needs besides the call itself. */
export interface SendOptions {
  readonly operation: CallbackOperation;
  /** `ajaxTimeout`: the attempt is aborted (the XHR/fetch cancelled) when it elapses. */
  readonly timeoutMs: number;
  readonly readErrorBody: (body: unknown) => ServerErrorDetails;
  /** Scrubbed from every error text. */
  readonly apikey?: string;
}

/**
 * Sends one attempt of a protocol call through `HttpClient` and turns every outcome into
 * either the parsed result or a `CallbackError`. Lazy: nothing is sent before subscription,
 * and unsubscribing aborts the request.
 */
export function sendCall<T>(
  http: HttpClient,
  call: ProtocolCall<T>,
  options: SendOptions,
): Observable<T> {
  const { request } = call;
  return http
    .request<unknown>(request.method, request.url, {
      body: request.body,
      headers: request.headers,
      params: request.params,
      responseType: 'json',
      observe: 'body',
    })
    .pipe(
      // Unsubscribing from the HttpClient Observable aborts the request: the timeout really
      // cancels the attempt instead of leaving it to complete unseen.
      timeout({
        first: options.timeoutMs,
        with: () => throwError(() => timeoutError(options.operation, options.timeoutMs)),
      }),
      map((body) => call.parse(body)),
      catchError((error: unknown) => throwError(() => toCallbackError(error, options))),
    );
}

function toCallbackError(error: unknown, options: SendOptions): CallbackError {
  let mapped: CallbackError;
  if (error instanceof CallbackError) mapped = error;
  else if (isHttpErrorResponse(error))
    mapped = mapHttpError(error, options.operation, options.readErrorBody);
  else {
    mapped = new CallbackError({
      code: 'BAD_RESPONSE',
      message: `Reading the callback server's answer to ${options.operation} failed: ${String(error)}`,
      cause: error,
    });
  }
  return redactApiKey(mapped, options.apikey);
}
