import type { HttpResponseBase } from '@angular/common/http';
import { CallbackError } from '../errors/callback-error';
import type { CallbackOperation } from './callback-operation';

/**
 * The fetch `redirect` mode of the library's requests: `'manual'`, so that the browser
 * follows no redirect at all and the API key header cannot go with one to another origin
 * (GMS and GES answer their API calls in place). `undefined` with Angular's XHR backend,
 * which cannot honour the option (and warns about it): there the answer's origin is checked
 * instead, see {@link isRedirectedAnswer}.
 */
export const FETCH_REDIRECT_MODE: RequestRedirect = 'manual';

/**
 * Returns whether an answer is a redirect the library refuses: the opaque answer of a
 * redirect fetch did not follow, or an answer from another origin than the one the request
 * was sent to (XHR follows redirects before anyone can stop it; its `responseURL` tells).
 */
export function isRedirectedAnswer(response: HttpResponseBase, requestUrl: string): boolean {
  if (response.responseType === 'opaqueredirect') return true;
  return response.url !== null && originOf(response.url) !== originOf(requestUrl);
}

/** The error of an answer {@link isRedirectedAnswer} refused. */
export function redirectRefused(
  operation: CallbackOperation,
  response: HttpResponseBase,
): CallbackError {
  const target = response.url === null ? null : originOf(response.url);
  const where =
    response.responseType === 'opaqueredirect' || target === null ? '' : ` to ${target}`;
  return new CallbackError({
    code: 'HTTP_ERROR',
    status: response.status,
    message: ngDevMode
      ? `The callback server redirected ${operation}${where}; the library does not follow redirects, as the API key header would go with them. Check \`dataURL\`.`
      : `${operation}: redirected${where}.`,
  });
}

// `null` for a URL that does not parse: never equal to a real origin, so it is refused.
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
