// The browser half of the SSR check: serves the server-rendered page with its client bundle,
// opens it in Chromium (playwright-core, the system's browser) against the Callback API
// emulator, and checks that it hydrates, that the resources load there, and that the widget
// books a callback the emulator then holds.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { CHROME_FLAGS, findChrome } = require('../find-chrome.cjs');
const PHONE = '+33 6 12 34 56 99';

/** Runs the browser checks, reporting each through `check(name, ok, detail)`. */
export async function checkHydration({ html, clientDir, emulatorUrl, check }) {
  const page = html.replace(
    '</body>',
    '<script type="module" src="/client/ssr-client.js"></script></body>',
  );
  const server = await serve(page, clientDir);
  const chrome = findChrome();
  if (!chrome) return check('a Chrome or Chromium to hydrate the page in', false, 'none found');
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_FLAGS });
  try {
    const tab = await browser.newPage();
    const logs = [];
    tab.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    tab.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
    // The server's HTML as it arrives, before any script has run.
    await tab.route('**/client/**', (route) => route.abort());
    await tab.goto(server.url);
    check(
      'the browser shows the server-rendered form before any script runs',
      (await tab.locator('cb-callback-widget input[type="tel"]').count()) === 1 &&
        (await tab.locator('.slots').textContent())?.includes('idle'),
    );
    await tab.unroute('**/client/**');

    logs.length = 0;
    await tab.goto(server.url);
    const stats = /Angular hydrated [1-9]\d* component\(s\) and \d+ node\(s\)/;
    const hydrated = await waitFor(() => logs.some((l) => stats.test(l)));
    const [counts] = logs.map((l) => stats.exec(l)?.[0]).filter(Boolean);
    check(
      `the page hydrates in the browser (${counts ?? 'no hydration'})`,
      hydrated,
      logs.join('\n'),
    );
    check(
      'no hydration mismatch or page error',
      !logs.some((l) => /NG0\d{3}|pageerror/.test(l)),
      logs.filter((l) => /NG0|pageerror/.test(l)).join('\n'),
    );
    check(
      'withCxBus() registers CallbackService on a bus in the browser',
      await tab.evaluate(() => typeof window._genesys?.widgets?.bus?.command === 'function'),
    );
    const slotsLoaded = await waitFor(async () =>
      (await tab.locator('.slots').textContent())?.includes('resolved'),
    );
    check('availabilityResource() loads in the browser after hydration', slotsLoaded);

    const widget = tab.locator('cb-callback-widget');
    await widget.getByRole('textbox', { name: 'Phone number' }).fill(PHONE);
    await widget.getByRole('button', { name: 'Request callback' }).click();
    const booked = await waitFor(
      async () => (await widget.getByRole('heading', { name: "You're booked in!" }).count()) === 1,
    );
    const response = await fetch(
      `${emulatorUrl}/__emulator/callbacks?phoneNumber=${encodeURIComponent(PHONE.replaceAll(' ', ''))}`,
    );
    const { callbacks } = await response.json();
    check(
      'the hydrated widget books, and the emulator holds that one booking',
      booked && callbacks.length === 1,
      `booked: ${booked}; emulator: ${JSON.stringify(callbacks)}`,
    );
    const stateRead = await waitFor(async () =>
      /state: resolved \w+/.test((await tab.locator('.state').textContent()) ?? ''),
    );
    check('callbackStatusResource() reads the booked callback', stateRead);
  } finally {
    await browser.close();
    server.close();
  }
}

async function serve(page, clientDir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(clientDir, path.replace(/^\/client\//, '')));
    if (!path.startsWith('/client/') || !file.startsWith(clientDir))
      return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

async function waitFor(condition, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
