import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';
import type { BodyFields } from './body-parsing.js';

/** What a handler answers: a status, a JSON body and optional extra headers. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  /**
   * The body already serialised, sent as is instead of `JSON.stringify(body)`: for large
   * answers assembled from remembered fragments (availability).
   */
  readonly json?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a handler gets to know about its request. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** Percent-decoded path parameters captured by the route pattern, in order. */
  readonly params: readonly string[];
  /** Correlation id of this request (v3 `status.corrId`, header `X-Correlation-Id`). */
  readonly corrId: string;
  /** Reads and decodes the body once (size-limited; JSON or form). */
  body(): Promise<BodyFields>;
  /** A request header (first value), if present. */
  header(name: string): string | undefined;
}

/** One endpoint: a method and a full-path pattern whose groups are the path parameters. */
export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  handle(context: RequestContext): Promise<Reply> | Reply;
}

/** The flavour of error body a route group answers with. */
export type ErrorFlavor = 'v1' | 'v3' | 'admin';

/** Routes under one path prefix that share an error shape. */
export interface RouteGroup {
  readonly prefix: string;
  readonly flavor: ErrorFlavor;
  readonly routes: readonly Route[];
  /** Renders any `ApiError` of this group in its API's shape. */
  renderError(error: ApiError, corrId: string): Reply;
}

/** The route a request resolved to, or the error to answer instead. */
export type RouteMatch =
  | { readonly route: Route; readonly params: string[]; readonly group: RouteGroup }
  | { readonly error: ApiError; readonly group: RouteGroup | undefined };

/**
 * Finds the group by path prefix, then the route by pattern and method. A path that
 * matches with another method gives 405 with `Allow`; no match gives 404 in the group's
 * shape; a malformed percent-escape in a path parameter gives 400.
 */
export function matchRoute(
  groups: readonly RouteGroup[],
  method: string,
  pathname: string,
): RouteMatch {
  const group = groups.find(
    (candidate) => pathname === candidate.prefix || pathname.startsWith(`${candidate.prefix}/`),
  );
  if (group === undefined) {
    return { error: new ApiError('route-not-found', `No route for ${method} ${pathname}.`), group };
  }
  const allowed: string[] = [];
  for (const route of group.routes) {
    const found = route.pattern.exec(pathname);
    if (found === null) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    try {
      return { route, params: found.slice(1).map((part) => decodeURIComponent(part ?? '')), group };
    } catch {
      return {
        error: new ApiError(
          'invalid-parameter',
          `The path ${pathname} has a malformed percent-escape.`,
        ),
        group,
      };
    }
  }
  if (allowed.length > 0) {
    return {
      error: new ApiError(
        'method-not-allowed',
        `${method} is not supported on ${pathname}; use ${allowed.join(' or ')}.`,
        {
          allow: [...allowed, 'OPTIONS'],
        },
      ),
      group,
    };
  }
  return { error: new ApiError('route-not-found', `No route for ${method} ${pathname}.`), group };
}

/** A JSON reply with status 200. */
export function ok(body: unknown, headers?: Record<string, string>): Reply {
  return headers === undefined ? { status: 200, body } : { status: 200, body, headers };
}
