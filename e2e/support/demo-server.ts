import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

/** Where the page's `report-uri` sends CSP violation reports. */
export const CSP_REPORT_PATH = '/__csp-report';
/** Lists (GET) or forgets (DELETE) the CSP violation reports received. */
export const CSP_REPORTS_PATH = '/__csp-reports';
/** What the demo's index.html has in `ngCspNonce`, replaced per response. */
const NONCE_PLACEHOLDER = '__CSP_NONCE__';
const MAX_REPORT_BYTES = 64 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServerOptions {
  /** The built demo, e.g. dist/demo-app/browser. */
  readonly root: string;
  readonly port: number;
  /** Origin of the emulator the demo must use (written into callback-config.json). */
  readonly emulatorOrigin: string;
  readonly host?: string;
}

export interface DemoServer {
  readonly url: string;
  /** The CSP violation reports received so far. */
  readonly reports: readonly unknown[];
  close(): Promise<void>;
}

/**
 * A strict policy: scripts only from the demo's origin (no inline script, no eval), styles
 * from the origin or carrying this response's nonce (Angular puts it on component styles),
 * requests only to the origin and the emulator, and violations reported to the server.
 * `report-uri` rather than `report-to`: Chromium sends it at once, the Reporting API batches.
 */
export function contentSecurityPolicy(nonce: string, emulatorOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `connect-src 'self' ${emulatorOrigin}`,
    "img-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/** The demo's callback-config.json, pointed at `emulatorOrigin`. */
export function configForEmulator(
  file: Record<string, unknown>,
  emulatorOrigin: string,
): Record<string, unknown> {
  const config: Record<string, unknown> = { ...file, emulator: emulatorOrigin };
  for (const version of ['v1', 'v3']) {
    const section = file[version] as { dataURL?: unknown } | undefined;
    if (typeof section?.dataURL !== 'string') continue;
    const url = new URL(section.dataURL);
    config[version] = { ...section, dataURL: `${emulatorOrigin}${url.pathname}${url.search}` };
  }
  return config;
}

/**
 * Serves the built demo over `node:http` as a production server would: files from `root`,
 * index.html for the app's routes, a Content-Security-Policy with a fresh nonce per page, and
 * a callback-config.json that points at the suite's emulator. Collects CSP reports.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const reports: unknown[] = [];
  // Read per request, so that a rebuild of the demo is served without a restart.
  const readConfig = async () =>
    configForEmulator(
      JSON.parse(await readFile(join(root, 'callback-config.json'), 'utf8')),
      options.emulatorOrigin,
    );

  const sendIndex = async (response: ServerResponse) => {
    const index = await readFile(join(root, 'index.html'), 'utf8');
    const nonce = randomBytes(16).toString('base64');
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': CONTENT_TYPES['.html'],
      'Content-Security-Policy': contentSecurityPolicy(nonce, options.emulatorOrigin),
    });
    response.end(index.replaceAll(NONCE_PLACEHOLDER, nonce));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === CSP_REPORT_PATH && request.method === 'POST') {
      reports.push(parseReport(await readBody(request)));
      return send(response, 204);
    }
    if (pathname === CSP_REPORTS_PATH) {
      if (request.method === 'DELETE') reports.length = 0;
      return send(response, 200, JSON.stringify(reports), CONTENT_TYPES['.json']);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405);
    if (pathname === '/callback-config.json') {
      return send(response, 200, JSON.stringify(await readConfig()), CONTENT_TYPES['.json']);
    }
    const file = await findFile(root, pathname);
    if (file) {
      if (file === join(root, 'index.html')) return sendIndex(response);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      return send(response, 200, await readFile(file), type);
    }
    // Routes of the app (no file extension) get the app; missing files are 404s.
    return extname(pathname) === '' ? sendIndex(response) : send(response, 404, 'Not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, String(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolveListen());
  });
  return {
    url: `http://${host}:${options.port}`,
    reports,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer = '',
  type = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type });
  response.end(body);
}

/** The file under `root` for `pathname` (a folder gives its index.html), or null. */
async function findFile(root: string, pathname: string): Promise<string | null> {
  const path = resolve(root, `.${decodeURIComponent(pathname)}`);
  const inside = relative(root, path);
  if (inside.startsWith('..') || inside.includes(`..${sep}`)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory())
      return (await stat(join(path, 'index.html'))).isFile() ? join(path, 'index.html') : null;
  } catch {
    // not found
  }
  return null;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_REPORT_BYTES) request.destroy(new Error('CSP report too large'));
    });
    request.on('end', () => resolveBody(body));
    request.on('error', reject);
  });
}

function parseReport(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return { unparsed: body };
  }
}
