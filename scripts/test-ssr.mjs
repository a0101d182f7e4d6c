#!/usr/bin/env node
// Proves server-side rendering rather than claiming it: renders scripts/ssr/ssr-app.ts (the
// widget, availabilityResource(), callbackStatusResource() and withCxBus() on one page) with
// @angular/platform-server on Node, against a local stand-in for the callback API, and checks
// that the render completes, that neither the page nor the library reads a browser global,
// that nothing is sent to the callback API from the server, and that no CXBus is installed.
// Needs the library built (ng build callback-service). Ends with "N passed, N failed".
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/ngx-genesys-callback/fesm2022');
const outDir = join(root, 'out-tsc/ssr');
const bundle = join(outDir, 'ssr-app.mjs');
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'HTMLElement',
  'customElements',
  'screen',
  'self',
];
const RENDER_TIMEOUT_MS = 20_000;

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
}

// The page and the library in one bundle (Angular, the CDK and RxJS stay in node_modules), so
// a stack frame in the bundle is a read by our code, not by Angular's server platform.
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'scripts/ssr/ssr-app.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  tsconfigRaw: {
    compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
  },
  external: ['@angular/*', 'rxjs', 'rxjs/*', 'tslib', 'libphonenumber-js', 'libphonenumber-js/*'],
  plugins: [
    {
      name: 'library-from-dist',
      setup(b) {
        b.onResolve({ filter: /^ngx-genesys-callback(\/.*)?$/ }, ({ path }) => ({
          path: join(dist, `${path.replace('/', '-')}.mjs`),
        }));
      },
    },
  ],
  logLevel: 'warning',
});

// Every browser global is a trap: reading it records who read it (the frame right under the
// getter), and finds nothing. Angular's server platform assigns the DOM classes it emulates
// (HTMLElement, …) to the global object; such an assignment replaces the trap.
const reads = [];
for (const name of BROWSER_GLOBALS) {
  if (name in globalThis) continue; // a Node global of the same name (none on Node 20)
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const reader = (new Error().stack ?? '').split('\n')[2] ?? '';
      if (reader.includes(bundle)) reads.push(`${name} ${reader.trim()}`);
      return undefined;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { configurable: true, writable: true, value });
    },
  });
}

// A stand-in for the callback API that counts what reaches it.
const requests = [];
const api = createServer((req, res) => {
  requests.push(`${req.method} ${req.url}`);
  res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
});
await new Promise((done) => api.listen(0, '127.0.0.1', done));
const dataURL = `http://127.0.0.1:${api.address().port}/genesys/1/service/callback/care`;

try {
  const page = await import(pathToFileURL(bundle).href);

  const started = performance.now();
  let html = '';
  let renderError;
  try {
    html = await withTimeout(page.render(dataURL), RENDER_TIMEOUT_MS);
  } catch (error) {
    renderError = error;
  }
  const renderMs = Math.round(performance.now() - started);
  const rendered = !renderError && html.length > 0;
  check(
    `the page renders on the server (${renderMs} ms)`,
    rendered,
    String(renderError?.stack ?? renderError),
  );
  check(
    'the HTML holds the widget form, ready for hydration',
    /<cb-callback-widget[^>]*ngh=/.test(html) && html.includes('type="tel"'),
    html.slice(0, 400),
  );
  writeFileSync(join(outDir, 'page.html'), html);
  check('CallbackService.ready() is set on the server', html.includes('<p class="ready">v1</p>'));
  check(
    'availabilityResource() and callbackStatusResource() stay idle on the server',
    html.includes('slots: idle') && html.includes('state: idle'),
  );
  check(
    'nothing is sent to the callback API from the server',
    rendered && requests.length === 0,
    requests.join(', '),
  );
  check(
    'the page and the library read no browser global',
    rendered && reads.length === 0,
    reads[0],
  );
  check('withCxBus() installs no bus on the server', rendered && !('_genesys' in globalThis));

  // Controls: the checks above can fail.
  page.readWindowForTrapCheck();
  check('control: the trap sees a read of window from the bundle', reads.length === 1);
  reads.length = 0;
  await withTimeout(page.render(dataURL, { directQuery: true }), RENDER_TIMEOUT_MS);
  check(
    'control: availability() called directly does reach the stand-in API',
    requests.length === 1 &&
      requests[0].startsWith('GET /genesys/1/service/callback/care/availability'),
    requests.join(', '),
  );
} catch (error) {
  check('the SSR check ran to its end', false, String(error?.stack ?? error));
} finally {
  api.close();
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
