#!/usr/bin/env node
// Checks the emulator's npm package (`ngx-genesys-callback-emulator`) as a portal team gets
// it: builds and packs dist/callback-emulator, lints it (publint, attw), installs the tarball
// into a scratch folder offline (it has no dependencies), then runs there its bin, its
// programmatic API, its types and its Playwright fixture (the portal example documented in
// docs/emulator-in-your-tests.md, in the system's Chromium). Ends with "N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { EMULATOR_DIST, buildEmulator } from './build-emulator.mjs';

const { findChrome, MISSING_CHROME_HINT } = createRequire(import.meta.url)('./find-chrome.cjs');
const WORKSPACE = process.cwd();
const PACKED = 'dist/emulator-package';
const results = [];

async function check(name, body) {
  console.log(`\n--- ${name} ---`);
  try {
    await body();
    results.push(true);
    console.log(`ok: ${name}`);
  } catch (error) {
    results.push(false);
    console.error(`FAILED: ${name}: ${error.message}`);
  }
}

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', cwd: WORKSPACE, ...options });
}

// Starts the installed bin on a free port, reads its ready line, asks its health route.
function runBin(cwd) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(
      join(cwd, 'node_modules/.bin/callback-emulator'),
      ['--port', '0', '--quiet'],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('no ready line within 10 s'));
    }, 10_000);
    let output = '';
    child.stdout.on('data', async (chunk) => {
      output += chunk;
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (!ready || child.checked) return;
      child.checked = true;
      console.log(`ready in ${Math.round(performance.now() - started)} ms at ${ready[1]}`);
      try {
        const health = await (await fetch(`${ready[1]}/__emulator/health`)).json();
        if (health.status !== 'ok' || !health.services.includes('customer-care'))
          throw new Error(`unexpected health ${JSON.stringify(health)}`);
        child.kill('SIGTERM');
      } catch (error) {
        child.kill('SIGKILL');
        reject(error);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && child.checked) resolveRun();
      else reject(new Error(`exited with ${code} before answering:\n${output}`));
    });
  });
}

const API_CHECK = `
import assert from 'node:assert/strict';
import { startCallbackEmulator } from 'ngx-genesys-callback-emulator';

const emulator = await startCallbackEmulator({
  services: { care: { apiKey: 'k', officeHours: '24/7', capacity: 1 } },
});
const create = () =>
  fetch(emulator.v3DataUrl + '/create', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
    body: JSON.stringify({ serviceName: 'care', phoneNumber: '+15551234567' }),
  });
assert.equal((await create()).status, 200);
assert.equal(emulator.bookings({ serviceName: 'care' }).length, 1);
emulator.fault({ method: 'POST', path: '/engagement/v3/callbacks/create', status: 503 });
assert.equal((await create()).status, 503);
await emulator.reset();
assert.deepEqual(emulator.bookings(), []);
await emulator.close();
console.log('programmatic API ok');
`;

const TYPES_CHECK = `
import { startCallbackEmulator, type CallbackEmulator, type BookingRecord } from 'ngx-genesys-callback-emulator';
import { test, expect, type CallbackEmulatorTestFixtures } from 'ngx-genesys-callback-emulator/playwright';

export async function typed(): Promise<string> {
  const emulator: CallbackEmulator = await startCallbackEmulator({ port: 0, services: { a: { capacity: 2 } } });
  const records: BookingRecord[] = emulator.bookings({ state: 'QUEUED' });
  // @ts-expect-error: an unknown state is refused by the types
  emulator.bookings({ state: 'LOST' });
  await emulator.close();
  return records.map((record) => record.id).join() + emulator.v1DataUrl('a');
}
export const fixtures: keyof CallbackEmulatorTestFixtures = 'callbackEmulator';
export { test, expect };
`;

// The portal's Playwright example of docs/emulator-in-your-tests.md, run as it is written
// there: every fenced block whose info string names a file (```js file=NAME).
const PORTAL_EXAMPLE_DOC = 'docs/emulator-in-your-tests.md';

/** The files of the documented example, `[name, text]`; throws when the page has none. */
function documentedExampleFiles() {
  const page = readFileSync(PORTAL_EXAMPLE_DOC, 'utf8');
  const files = [...page.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)].map((match) => [
    basename(match[1]),
    match[2],
  ]);
  if (!files.some(([name]) => name.endsWith('.spec.mjs')))
    throw new Error(`${PORTAL_EXAMPLE_DOC} has no \`file=….spec.mjs\` code block`);
  return files;
}

// Runs last: the texts above must be initialised first.
await main();

async function main() {
  buildEmulator({ ifStale: true });
  rmSync(PACKED, { recursive: true, force: true });
  mkdirSync(PACKED, { recursive: true });
  execFileSync('npm', ['pack', '--pack-destination', resolve(PACKED), '--silent'], {
    cwd: EMULATOR_DIST,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = resolve(
    PACKED,
    readdirSync(PACKED).find((name) => name.endsWith('.tgz')),
  );
  console.log(`packed ${tarball}`);

  await check('publint', () => run('./node_modules/.bin/publint', ['--strict', EMULATOR_DIST]));
  await check('attw (esm-only)', () =>
    run('./node_modules/.bin/attw', ['--profile', 'esm-only', tarball]),
  );

  const scratch = mkdtempSync(join(tmpdir(), 'emulator-package-'));
  try {
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'portal-tests', private: true, type: 'module' }),
    );
    await check('npm install --offline of the tarball', () =>
      run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
        cwd: scratch,
      }),
    );
    await check('bin: callback-emulator starts, answers and stops on SIGTERM', () =>
      runBin(scratch),
    );
    await check('programmatic API: startCallbackEmulator', () => {
      writeFileSync(join(scratch, 'api-check.mjs'), API_CHECK);
      run(process.execPath, ['api-check.mjs'], { cwd: scratch });
    });
    // The portal brings its own @playwright/test (an optional peer): lend the workspace's.
    mkdirSync(join(scratch, 'node_modules/@playwright'), { recursive: true });
    symlinkSync(
      resolve('node_modules/@playwright/test'),
      join(scratch, 'node_modules/@playwright/test'),
    );
    await check('types: the declarations compile in a consumer', () => {
      writeFileSync(join(scratch, 'types-check.ts'), TYPES_CHECK);
      run(
        resolve('node_modules/.bin/tsc'),
        [
          '--noEmit',
          '--strict',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          '--types',
          'node',
          '--typeRoots',
          resolve('node_modules/@types'),
          'types-check.ts',
        ],
        { cwd: scratch },
      );
    });
    await check(`Playwright fixture: the portal example of ${PORTAL_EXAMPLE_DOC}`, () => {
      for (const [name, text] of documentedExampleFiles()) writeFileSync(join(scratch, name), text);
      const chrome = findChrome();
      if (!chrome) throw new Error(MISSING_CHROME_HINT);
      run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], {
        cwd: scratch,
        env: { ...process.env, CHROME_BIN: chrome },
      });
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const failed = results.filter((ok) => !ok).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
