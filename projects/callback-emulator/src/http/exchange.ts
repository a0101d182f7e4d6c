import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { readBody, parseBody, type BodyFields } from './body-parsing.js';
import type { Reply } from './router.js';

/**
 * One request and its response as the pipeline sees them: the parsed target, a correlation
 * id, the CORS headers its answer gets, and a body read at most once (on demand).
 */
export class Exchange {
  /** Upper-cased request method. */
  readonly method: string;
  /** The request target; `pathname` is what routes and faults match. */
  readonly url: URL;
  /** Correlation id (v3 `status.corrId`, header `X-Correlation-Id`). */
  readonly corrId = randomUUID();
  /** CORS headers of the answer; the admin gate narrows them. */
  cors: OutgoingHttpHeaders = {};
  private bodyPromise: Promise<BodyFields> | undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    private readonly maxBodyBytes: number,
  ) {
    this.method = (req.method ?? 'GET').toUpperCase();
    this.url = requestUrl(req.url);
  }

  /** Whether the client went away or an answer already started. */
  get answered(): boolean {
    return this.res.headersSent || this.res.destroyed;
  }

  /** Reads and decodes the body once (size-limited; JSON or form); later calls share it. */
  body(): Promise<BodyFields> {
    this.bodyPromise ??= readBody(this.req, this.maxBodyBytes).then((raw) =>
      parseBody(raw, this.req.headers['content-type']),
    );
    return this.bodyPromise;
  }

  /** Writes a JSON reply with CORS and correlation headers, unless the client is gone. */
  send(reply: Reply): void {
    if (this.answered) return;
    // A string body: Node encodes it once while writing, with no Buffer copy of our own.
    const payload = reply.json ?? JSON.stringify(reply.body ?? {});
    this.res.writeHead(reply.status, {
      ...this.cors,
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(payload)),
      'Cache-Control': 'no-store',
      'X-Correlation-Id': this.corrId,
      ...reply.headers,
    });
    this.res.end(payload);
  }

  /** Ends the connection without an answer (status 0 in a browser). */
  drop(): void {
    this.req.socket.destroy();
  }
}

// Prefixing the origin keeps a request target such as "//host/x" a path, never a host.
function requestUrl(target: string | undefined): URL {
  const path = target === undefined || target === '' ? '/' : target;
  try {
    return new URL(`http://emulator.invalid${path.startsWith('/') ? '' : '/'}${path}`);
  } catch {
    return new URL('http://emulator.invalid/');
  }
}
