import { HttpErrorResponse } from '@angular/common/http';
import { copyCallbackError, type CallbackError } from '../errors/callback-error';

// Shorter "keys" would blank out ordinary words; no real gateway key is that short.
const MIN_REDACTED_LENGTH = 4;
const MASK = '[redacted]';

/**
 * Returns the HTTP error with the API key removed from its body, status text and URL, in case
 * a server or gateway echoes it back ("invalid apikey 1234…"). Done before the body is read,
 * so that no truncated message can keep a piece of the key either.
 */
export function scrubHttpError(
  response: HttpErrorResponse,
  apikey: string | undefined,
): HttpErrorResponse {
  if (!isRedactable(apikey)) return response;
  // JSON text round trip: every string at any depth is covered, and JSON.parse creates a
  // "__proto__" key as plain data, never as a prototype.
  const bodyText = JSON.stringify(response.error ?? null) ?? 'null';
  const escapedKey = JSON.stringify(apikey).slice(1, -1);
  const leaks = [bodyText, response.statusText, response.url ?? ''].some(
    (text) => text.includes(apikey) || text.includes(escapedKey),
  );
  if (!leaks) return response;
  return new HttpErrorResponse({
    error: JSON.parse(bodyText.split(escapedKey).join(MASK)),
    headers: response.headers,
    status: response.status,
    statusText: scrub(response.statusText, apikey),
    ...(response.url === null ? {} : { url: scrub(response.url, apikey) }),
  });
}

/** Returns the error with the API key removed from its texts (the last line of defence). */
export function redactApiKey(error: CallbackError, apikey: string | undefined): CallbackError {
  if (!isRedactable(apikey)) return error;
  const leaks = error.message.includes(apikey) || (error.serverMessage?.includes(apikey) ?? false);
  if (!leaks) return error;
  return copyCallbackError(error, {
    message: scrub(error.message, apikey),
    ...(error.serverMessage === undefined
      ? {}
      : { serverMessage: scrub(error.serverMessage, apikey) }),
    // The cause may hold the key in a form we did not foresee: it is dropped.
    cause: undefined,
  });
}

function isRedactable(apikey: string | undefined): apikey is string {
  return apikey !== undefined && apikey.length >= MIN_REDACTED_LENGTH;
}

function scrub(text: string, apikey: string): string {
  return text.split(apikey).join(MASK);
}
