#!/usr/bin/env node
// The one test command (`npm test`): lint and format check, library build, server-side
// rendering check, unit tests in headless Chromium, end-to-end tests, the apps under
// integration/ (Angular 22, no CDK), emulator tests and package checks, and contract tests.
// Every step prints a
// "N passed, N failed" line; the last line of this script sums them.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startEmulator } from './emulator-process.mjs';
import { ensureInstalled } from './ensure-install.mjs';

const require = createRequire(import.meta.url);
const { findChrome, MISSING_CHROME_HINT } = require('./find-chrome.cjs');

const chrome = findChrome();
if (!chrome) {
  console.error(MISSING_CHROME_HINT);
  process.exit(1);
}
process.env.CHROME_BIN = chrome;
ensureInstalled();
process.env.NG_CLI_ANALYTICS = 'false';

const ng = './node_modules/.bin/ng';
const tool = (name) => `./node_modules/.bin/${name}`;
// Must match EMULATOR in projects/callback-service/src/spec/emulator-contract.contract.spec.ts.
const CONTRACT_EMULATOR_PORT = 8791;

const steps = [
  { name: 'lint', cmd: ng, args: ['lint'] },
  {
    name: 'lint emulator, schematics, scripts and the apps under integration/',
    cmd: tool('eslint'),
    args: [
      'projects/callback-emulator',
      'projects/callback-service/schematics',
      'scripts',
      'integration',
    ],
  },
  { name: 'type-check emulator', cmd: tool('tsc'), args: ['-p', 'projects/callback-emulator'] },
  { name: 'format', cmd: tool('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
  { name: 'build library', cmd: ng, args: ['build', 'callback-service'] },
  {
    // The app the Angular 22 check runs, compiled (templates too) against the built library
    // with the workspace's Angular 21, so it is checked even where the Angular 22 run is skipped.
    name: 'type-check the Angular 22 app (workspace Angular 21)',
    cmd: tool('ngc'),
    args: ['-p', 'integration/angular22-app/tsconfig.workspace.json'],
  },
  {
    name: 'type-check the no-CDK app (workspace Angular 21)',
    cmd: tool('ngc'),
    args: ['-p', 'integration/no-cdk-app/tsconfig.workspace.json'],
  },
  {
    // Also compiles the schematics into dist, which the package checks then pack.
    name: 'schematic unit tests (ng add, migrate-from-widgets)',
    cmd: process.execPath,
    args: ['scripts/test-schematics.mjs'],
    counts: true,
  },
  {
    name: 'server-side rendering: the widget, the resources and withCxBus() on platform-server, then hydrated in Chromium',
    cmd: process.execPath,
    args: ['scripts/test-ssr.mjs'],
    counts: true,
  },
  {
    name: 'package checks (npm pack, publint, attw)',
    cmd: process.execPath,
    args: ['scripts/check-package.mjs'],
  },
  {
    name: 'library unit tests (zoneless)',
    cmd: ng,
    args: ['test', 'callback-service'],
    counts: true,
  },
  {
    name: 'library unit tests (zone.js)',
    cmd: ng,
    args: ['test', 'callback-service', '--configuration', 'zone'],
    counts: true,
  },
  { name: 'demo-app unit tests', cmd: ng, args: ['test', 'demo-app'], counts: true },
  { name: 'type-check end-to-end suite', cmd: tool('tsc'), args: ['-p', 'e2e'] },
  {
    name: 'end-to-end tests: the built demo in Chromium against the emulator, under a strict CSP',
    cmd: process.execPath,
    args: ['scripts/e2e.mjs', '--no-lib-build'],
    counts: true,
  },
  {
    // Set SKIP_ANGULAR22=1 to skip locally (it installs Node 22 and an Angular 22 app: ~1 min).
    name: 'Angular 22 compatibility: a small Angular 22 app on the packed library',
    cmd: process.execPath,
    args: ['scripts/check-angular22.mjs'],
    counts: true,
  },
  {
    name: 'no @angular/cdk: an app without the CDK tests with provideCallbackTesting() on the packed library',
    cmd: process.execPath,
    args: ['scripts/check-no-cdk.mjs'],
    counts: true,
  },
  {
    name: 'emulator tests',
    cmd: process.execPath,
    args: ['projects/callback-emulator/run-tests.mjs'],
    counts: true,
  },
  {
    name: 'emulator package: npm pack, publint, attw; the installed tarball runs its bin, API, types and Playwright fixture',
    cmd: process.execPath,
    args: ['scripts/check-emulator-package.mjs'],
    counts: true,
  },
  {
    name: 'contract tests: the library in Chromium against the emulator',
    cmd: ng,
    args: ['test', 'callback-service', '--configuration', 'contract'],
    counts: true,
    emulatorPort: CONTRACT_EMULATOR_PORT,
  },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const emulator = step.emulatorPort ? await startEmulator(step.emulatorPort) : null;
  const { code, output } = await run(step.cmd, step.args).finally(() => emulator?.kill('SIGTERM'));
  if (step.counts) {
    const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)];
    const last = lines.at(-1);
    if (last) {
      passed += Number(last[1]);
      failed += Number(last[2]);
    } else if (code !== 0) failed++;
  }
  if (code !== 0) {
    console.error(`\n${step.name} failed (exit ${code}).`);
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// Runs `cmd`, echoing its output, and resolves with its exit code and the whole output.
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
