#!/usr/bin/env node
// Proves server-side rendering rather than claiming it. Renders scripts/ssr/ssr-page.ts (the
// widget, availabilityResource(), callbackStatusResource() and withCxBus() on one page) with
// @angular/platform-server on Node and checks that the render completes, that neither the
// page nor the library reads a browser global, that nothing is sent to the callback API from
// the server and that no CXBus is installed there. Then hydrates that page in Chromium against
// the emulator and books through the widget (scripts/ssr/hydration-check.mjs).
// Needs the library built (ng build callback-service). Ends with "N passed, N failed".
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEmulator } from './emulator-process.mjs';
import { buildSsrBundles } from './ssr/build-bundles.mjs';
import { checkHydration } from './ssr/hydration-check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out-tsc/ssr');
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
const V1_PATH = '/genesys/1/service/callback/customer-care';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
}

mkdirSync(outDir, { recursive: true });
let bundles;
try {
  bundles = await buildSsrBundles(root, outDir);
} catch (error) {
  check('the page bundles (is the library built? ng build callback-service)', false, error.message);
  finish();
}
const { serverBundle, clientDir } = bundles;

// Every browser global is a trap: reading it records who read it (the frame right under the
// getter), and finds nothing. Angular's server platform assigns the DOM classes it emulates
// (HTMLElement, …) to the global object; such an assignment replaces the trap.
const reads = [];
const trapped = BROWSER_GLOBALS.filter((name) => !(name in globalThis)); // none is a Node 20 global
for (const name of trapped) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const reader = (new Error().stack ?? '').split('\n')[2] ?? '';
      if (reader.includes(serverBundle)) reads.push(`${name} ${reader.trim()}`);
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
const standInURL = `http://127.0.0.1:${api.address().port}${V1_PATH}`;

let page;
try {
  page = await import(pathToFileURL(serverBundle).href);
  const started = performance.now();
  let html = '';
  let renderError;
  try {
    html = await withTimeout(page.render(standInURL), RENDER_TIMEOUT_MS);
  } catch (error) {
    renderError = error;
  }
  const rendered = !renderError && html.length > 0;
  writeFileSync(join(outDir, 'page.html'), html);
  check(
    `the page renders on the server (${Math.round(performance.now() - started)} ms)`,
    rendered,
    String(renderError?.stack ?? renderError),
  );
  check(
    'the HTML holds the widget form, ready for hydration',
    /<cb-callback-widget[^>]*ngh=/.test(html) && html.includes('type="tel"'),
    html.slice(0, 400),
  );
  check('CallbackService.ready() is set on the server', html.includes('<p class="ready">v1</p>'));
  check(
    'availabilityResource() and callbackStatusResource() stay idle on the server',
    html.includes('slots: idle') && /state: idle\s*</.test(html),
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
  await withTimeout(page.render(standInURL, { directQuery: true }), RENDER_TIMEOUT_MS);
  check(
    'control: availability() called directly does reach the stand-in API',
    requests.length === 1 && requests[0].startsWith(`GET ${V1_PATH}/availability`),
    requests.join(', '),
  );
} catch (error) {
  check('the server checks ran to their end', false, String(error?.stack ?? error));
} finally {
  api.close();
  for (const name of trapped) delete globalThis[name];
}

if (page) {
  const port = await freePort();
  const emulator = await startEmulator(port);
  try {
    const emulatorUrl = `http://127.0.0.1:${port}`;
    const html = await withTimeout(page.render(`${emulatorUrl}${V1_PATH}`), RENDER_TIMEOUT_MS);
    await checkHydration({ html, clientDir, emulatorUrl, check });
  } catch (error) {
    check('the browser checks ran to their end', false, String(error?.stack ?? error));
  } finally {
    emulator.kill('SIGTERM');
  }
}

finish();

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
