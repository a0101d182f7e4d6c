#!/usr/bin/env node
// End-to-end tests: builds the library and the demo (production), then runs the Playwright
// suite (playwright.config.ts, e2e/) in the system's Chromium against the Callback API
// emulator. Ends with one plain line "N passed, N failed"; exits non-zero on any failure.
//
//   node scripts/e2e.mjs                    build, then every test
//   node scripts/e2e.mjs --no-build e2e/csp  reuse dist/, only the matching files
//   node scripts/e2e.mjs --no-lib-build      build the demo only (the library is built)
//   node scripts/e2e.mjs --docs-screenshot   also refresh docs/widget.png
// Other arguments go to `playwright test`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { findChrome, MISSING_CHROME_HINT } = require('./find-chrome.cjs');

const args = process.argv.slice(2);
const OWN_FLAGS = ['--no-build', '--no-lib-build', '--docs-screenshot'];
const build = !args.includes('--no-build');
const projects = args.includes('--no-lib-build') ? ['demo-app'] : ['callback-service', 'demo-app'];
const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };
if (args.includes('--docs-screenshot')) env.E2E_DOCS_SCREENSHOT = '1';
const playwrightArgs = args.filter((arg) => !OWN_FLAGS.includes(arg));

const SUMMARY = /^\d+ passed, \d+ failed$/;

if (!findChrome()) fail(MISSING_CHROME_HINT);

if (build) {
  for (const project of projects) {
    console.log(`\n=== ng build ${project} (production) ===`);
    const { code } = await run('./node_modules/.bin/ng', ['build', project], false);
    if (code !== 0) fail(`ng build ${project} failed (exit ${code}).`);
  }
}

console.log('\n=== playwright test ===');
const { code, lastLine } = await run(
  './node_modules/.bin/playwright',
  ['test', ...playwrightArgs],
  true,
);
// The suite's reporter prints the closing line; if Playwright died before it, print one.
if (!SUMMARY.test(lastLine)) console.log(`\n0 passed, 1 failed`);
process.exit(code === 0 ? 0 : 1);

function fail(message) {
  console.error(message);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

/** Runs a command, forwarding its output; resolves with its exit code and last stdout line. */
function run(cmd, commandArgs, watchLastLine) {
  return new Promise((resolve) => {
    const child = spawn(cmd, commandArgs, {
      env,
      stdio: ['ignore', watchLastLine ? 'pipe' : 'inherit', 'inherit'],
    });
    let tail = '';
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-500);
    });
    child.on('close', (code) => {
      const lines = tail.split('\n').map((line) => line.trim());
      resolve({ code: code ?? 1, lastLine: lines.filter(Boolean).at(-1) ?? '' });
    });
  });
}
