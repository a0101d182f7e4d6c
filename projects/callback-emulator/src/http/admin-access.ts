import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ApiError, quote } from './api-error.js';
import { CORS_EXPOSED_HEADERS, CORS_MAX_AGE_SECONDS } from './cors.js';

/**
 * Origins whose pages may call the admin API by default: pages served from this machine
 * (any port). A request without `Origin` (curl, Node, Playwright's request context) is not
 * a web page's and is always let in.
 */
export const DEFAULT_TRUSTED_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
];

const ADMIN_METHODS = 'GET, POST, DELETE, OPTIONS';
// `scheme://host` with an optional `:port` or `:*` (any port); nothing else is an origin.
const ORIGIN_PATTERN =
  /^[a-z][a-z0-9+.-]*:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(?:\d{1,5}|\*))?$/;

/**
 * Which web pages may use the admin API (`/__emulator/…`), which can arm faults and list or
 * delete bookings: any site a developer visits could otherwise do so through the browser.
 * Patterns are exact origins (`https://portal.test:8443`) or an origin with `:*` for any
 * port. Matching is a plain string comparison: nothing a request sends can make it slow.
 *
 * ```ts
 * const policy = OriginPolicy.of([...DEFAULT_TRUSTED_ORIGINS, 'https://portal.test']);
 * policy.allows('http://localhost:4200'); // true
 * policy.allows('https://evil.example'); // false
 * ```
 */
export class OriginPolicy {
  private constructor(
    private readonly exact: ReadonlySet<string>,
    private readonly anyPort: readonly string[],
  ) {}

  /** Validates the patterns; throws a `TypeError` naming a malformed one. */
  static of(patterns: readonly string[]): OriginPolicy {
    const exact = new Set<string>();
    const anyPort: string[] = [];
    for (const raw of patterns) {
      const pattern = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (!ORIGIN_PATTERN.test(pattern)) {
        throw new TypeError(
          `A trusted origin must look like http://host, http://host:8080 or http://host:* (any port), got ${quote(raw)}.`,
        );
      }
      if (pattern.endsWith(':*')) anyPort.push(pattern.slice(0, -2));
      else exact.add(pattern);
    }
    return new OriginPolicy(exact, anyPort);
  }

  /** Whether a request with this `Origin` header (absent = not from a page) may go on. */
  allows(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    const normalized = origin.toLowerCase();
    if (this.exact.has(normalized)) return true;
    return this.anyPort.some(
      (base) =>
        normalized === base ||
        (normalized.startsWith(`${base}:`) && /^\d{1,5}$/.test(normalized.slice(base.length + 1))),
    );
  }
}

/**
 * Refuses an admin request from an untrusted page (403), one addressed to another host name
 * while the emulator listens on loopback only (403: a DNS-rebinding page reads same-origin,
 * without an `Origin` header), and one whose body is not JSON (415: a `text/plain` or form
 * body is what a hostile page can send without a preflight).
 */
export function checkAdminRequest(
  req: IncomingMessage,
  policy: OriginPolicy,
  loopbackOnly: boolean,
): void {
  if (loopbackOnly && !isLoopbackHost(req.headers.host)) {
    throw new ApiError(
      'forbidden-host',
      `The emulator listens on loopback only and its admin API answers requests to localhost, 127.0.0.1 or [::1], not to ${quote(req.headers.host ?? 'no host')}.`,
    );
  }
  const origin = req.headers.origin;
  if (!policy.allows(origin)) {
    throw new ApiError(
      'forbidden-origin',
      `The emulator's admin API does not answer pages from ${quote(origin)}; start it with --trust-origin to allow them.`,
    );
  }
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
  const method = req.method ?? 'GET';
  if (
    (hasBody || method === 'POST' || method === 'PUT') &&
    !isJsonType(req.headers['content-type'])
  )
    throw new ApiError(
      'unsupported-media-type',
      `The admin API takes JSON bodies only (Content-Type: application/json), got ${quote(req.headers['content-type'] ?? 'none')}.`,
    );
}

/** CORS headers of an admin answer: the trusted page's own origin, never `*`. */
export function adminCorsHeaders(origin: string | undefined): OutgoingHttpHeaders {
  if (origin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

/**
 * Answers an admin preflight: 204 with the admin methods and `Content-Type` for a trusted
 * page, 403 without CORS headers for any other. A private-network request (a public page
 * calling loopback) is never allowed here.
 */
export function answerAdminPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  policy: OriginPolicy,
  extraHeaders: OutgoingHttpHeaders,
): void {
  const origin = req.headers.origin;
  if (!policy.allows(origin)) {
    res.writeHead(403, { ...extraHeaders, 'Content-Length': '0', Vary: 'Origin' });
    res.end();
    return;
  }
  res.writeHead(204, {
    ...adminCorsHeaders(origin),
    ...extraHeaders,
    'Access-Control-Allow-Methods': ADMIN_METHODS,
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
    'Content-Length': '0',
  });
  res.end();
}

/** Whether an address is a loopback one (`127.x.x.x`, `::1`, `localhost`). */
export function isLoopbackAddress(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

// A Host header naming this machine by a loopback name, with or without a port.
function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return (
    name !== undefined && (isLoopbackAddress(name) || name.toLowerCase().endsWith('.localhost'))
  );
}

function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}
