import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { copyCallbackError, type CallbackError } from '../errors/callback-error';
import { copyJsonBounded } from './bounded-json';
import { definedOnly } from './defined-only';

// Shorter "keys" would blank out ordinary words; no real gateway key is that short.
const MIN_REDACTED_LENGTH = 4;
const MASK = '[redacted]';

/**
 * Returns the HTTP error with the API key removed from its body, headers (a proxy may echo
 * the request's), status text and URL, in case a server or gateway echoes it back ("invalid
 * apikey 1234…"). Done before the body is read, so that no truncated message can keep a
 * piece of the key either.
 */
export function scrubHttpError(
  response: HttpErrorResponse,
  apikey: string | undefined,
): HttpErrorResponse {
  if (!isRedactable(apikey)) return response;
  // A bounded, iterative copy: every string at any depth is covered, a body too deep to
  // walk is cut, and a "__proto__" key stays plain data, never a prototype.
  const body = copyJsonBounded(response.error, (text) => scrub(text, apikey));
  const headers = scrubHeaders(response.headers, apikey);
  const leaks =
    body.changed ||
    headers !== response.headers ||
    [response.statusText, response.url ?? ''].some((text) => text.includes(apikey));
  if (!leaks) return response;
  return new HttpErrorResponse({
    error: body.value,
    headers,
    status: response.status,
    statusText: scrub(response.statusText, apikey),
    ...(response.url === null ? {} : { url: scrub(response.url, apikey) }),
  });
}

/**
 * Returns a 2xx body with the API key removed from every string, so that `raw` never carries
 * it; the body itself when it holds no key (and is within the bounds of `copyJsonBounded`).
 */
export function scrubBody(body: unknown, apikey: string | undefined): unknown {
  if (!isRedactable(apikey)) return body;
  return copyJsonBounded(body, (text) => scrub(text, apikey)).value;
}

/** Returns the error with the API key removed from its texts (the last line of defence). */
export function redactApiKey(error: CallbackError, apikey: string | undefined): CallbackError {
  if (!isRedactable(apikey)) return error;
  const texts = [error.message, error.serverMessage, error.field];
  if (!texts.some((text) => text?.includes(apikey))) return error;
  return copyCallbackError(error, {
    message: scrub(error.message, apikey),
    ...definedOnly({
      serverMessage: error.serverMessage && scrub(error.serverMessage, apikey),
      // A caller's unknown key is named as the field: it could be the API key itself.
      field: error.field && scrub(error.field, apikey),
    }),
    // The cause may hold the key in a form we did not foresee: it is dropped.
    cause: undefined,
  });
}

// The same headers when none holds the key; otherwise a copy with the key masked in values
// and any header named after it dropped.
function scrubHeaders(headers: HttpHeaders, apikey: string): HttpHeaders {
  let clean = new HttpHeaders();
  let leaked = false;
  for (const name of headers.keys()) {
    if (name.includes(apikey)) {
      leaked = true;
      continue;
    }
    for (const value of headers.getAll(name) ?? []) {
      const masked = scrub(value, apikey);
      if (masked !== value) leaked = true;
      clean = clean.append(name, masked);
    }
  }
  return leaked ? clean : headers;
}

/** Returns `text` with the API key masked (texts the library writes from untrusted input). */
export function redactText(text: string, apikey: string | undefined): string {
  return isRedactable(apikey) ? scrub(text, apikey) : text;
}

function isRedactable(apikey: string | undefined): apikey is string {
  return apikey !== undefined && apikey.length >= MIN_REDACTED_LENGTH;
}

function scrub(text: string, apikey: string): string {
  return text.split(apikey).join(MASK);
}
