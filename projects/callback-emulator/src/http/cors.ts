import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Methods a browser may use cross-origin. */
export const CORS_ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
/** Request headers the Widgets client and our library send (both trigger a preflight). */
export const CORS_ALLOWED_HEADERS = 'Content-Type, apikey, x-api-key, Authorization';
/** Response headers scripts may read: `Retry-After` for 429s, the correlation id for support. */
export const CORS_EXPOSED_HEADERS = 'Retry-After, X-Correlation-Id';
/** How long browsers may cache a preflight, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Headers every response carries. The origin is `*`: neither the Widgets client nor our
 * library sends credentials, so any page (the demo on another port) may call the emulator.
 */
export function corsHeaders(): OutgoingHttpHeaders {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
  };
}

/**
 * Answers a preflight with 204. Headers the browser asks for beyond the fixed list are
 * allowed too, so a page adding its own header still works; Chrome's private-network
 * preflight (a public page calling loopback) is accepted as well.
 */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  extraHeaders: OutgoingHttpHeaders,
): void {
  const requested = String(req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name));
  const allowed = CORS_ALLOWED_HEADERS.split(', ');
  const known = new Set(allowed.map((name) => name.toLowerCase()));
  for (const name of requested) {
    if (!known.has(name.toLowerCase())) {
      allowed.push(name);
      known.add(name.toLowerCase());
    }
  }
  const headers: OutgoingHttpHeaders = {
    ...corsHeaders(),
    ...extraHeaders,
    'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
    'Access-Control-Allow-Headers': allowed.join(', '),
    'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
    'Content-Length': '0',
  };
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  res.writeHead(204, headers);
  res.end();
}
