#!/usr/bin/env node
// Angular 22 compatibility check: builds a small standalone Angular 22 app against the packed
// library (the npm tarball, exactly what a portal installs, not the sources) and runs its specs
// in headless Chromium. The app is checked in as files under integration/angular22-app (linted
// and type-checked with the workspace by `npm test`); this script copies it out and runs it. Runs on the workspace's Node 20; Angular 22 needs Node ^22.22.3, so
// Node 22 is fetched from the npm registry (the `node` package) into a cache folder.
//
//   node scripts/check-angular22.mjs [dist/ngx-genesys-callback-x.y.z.tgz] [--build] [--fresh]
//
//   <tarball>   the packed library. Default: dist/ngx-genesys-callback-<version>.tgz, packed
//               again when dist/ngx-genesys-callback is newer; built and packed when missing.
//   --build     build (ng build callback-service) and pack the library first in any case.
//   --fresh     delete the cached app (node_modules, lockfile, build cache) first.
//   --skip      or SKIP_ANGULAR22=1: print that the check was skipped, "0 passed, 0 failed", exit 0.
//   ANGULAR22_CACHE_DIR   where Node 22 and the app live; default <tmpdir>/ngx-genesys-callback-angular22.
//                         Keep it outside the repository: inside it, the app would resolve any
//                         package it lacks from the workspace's Angular 21 node_modules.
//
// The app is kept between runs, so a second run only reinstalls the tarball (a few seconds
// instead of ~45 s). Prints a heading and a time per step and ends with "N passed, N failed".
//
// The steps live in scripts/angular22/: tarball.mjs (find, pack, inspect the library tarball),
// node22.mjs (Node 22 from the registry), app.mjs (copy, install, build, test the app),
// config.mjs (Node version, paths) and run.mjs (process and file helpers).
import { createRequire } from 'node:module';
import { buildApp, installApp, testApp, writeApp } from './angular22/app.mjs';
import { NODE_VERSION, PACKAGE } from './angular22/config.mjs';
import { installNode22, node22Env } from './angular22/node22.mjs';
import { seconds } from './angular22/run.mjs';
import { findTarball, inspectTarball } from './angular22/tarball.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));

if (flags.has('--skip') || process.env.SKIP_ANGULAR22 === '1') {
  console.log('Angular 22 check skipped (SKIP_ANGULAR22=1)');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const unknown = [...flags].filter((flag) => !['--build', '--fresh'].includes(flag));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}; see the header of this script.`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS } = require('./find-chrome.cjs');
const chrome = findChrome();
if (!chrome) {
  console.error(MISSING_CHROME_HINT);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const env22 = node22Env(chrome, CHROME_FLAGS);
const given = args.find((arg) => !arg.startsWith('--'));
const timings = [];
const counts = { passed: 0, failed: 0 };
const started = performance.now();
const steps = [
  ['library tarball', (s) => findTarball(s, { given, build: flags.has('--build') })],
  ['inspect the tarball', inspectTarball],
  [`Node ${NODE_VERSION} from the npm registry`, installNode22],
  ['copy the Angular 22 app', (s) => writeApp(s, { fresh: flags.has('--fresh') })],
  ['npm install (Node 22)', (s) => installApp(s, env22)],
  ['ng build, production (Angular 22)', () => buildApp(env22)],
  ['ng test, headless Chromium (Angular 22)', () => testApp(env22, counts)],
];
const state = {};

for (const [index, [name, step]] of steps.entries()) {
  console.log(`\n=== Angular 22 check [${index + 1}/${steps.length}] ${name} ===`);
  const t0 = performance.now();
  try {
    await step(state);
  } catch (error) {
    timings.push([name, performance.now() - t0]);
    console.error(`\n${name} failed: ${error instanceof Error ? error.message : error}`);
    finish(1);
  }
  const ms = performance.now() - t0;
  timings.push([name, ms]);
  console.log(`--- ${name}: ${seconds(ms)}`);
}
finish(counts.failed === 0 ? 0 : 1);

function finish(code) {
  const total = performance.now() - started;
  console.log('\nAngular 22 check timings:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(44)} ${seconds(ms).padStart(8)}`);
  console.log(`  ${'total'.padEnd(44)} ${seconds(total).padStart(8)}`);
  if (state.versions) {
    console.log(
      `Angular ${state.versions['@angular/core']}, TypeScript ${state.versions.typescript}, ` +
        `Node v${NODE_VERSION}, ${PACKAGE} ${state.versions[PACKAGE]}`,
    );
  }
  if (state.undeclared?.length) {
    console.log(`Warning: undeclared imports in the tarball: ${state.undeclared.join(', ')}`);
  }
  if (code !== 0) counts.failed = Math.max(counts.failed, 1);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code);
}
