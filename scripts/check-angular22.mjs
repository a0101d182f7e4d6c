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
// config.mjs (Node version, paths), run.mjs (process and file helpers) and steps.mjs (the
// step runner); scripts/check-no-cdk.mjs runs its app with the same modules.
import { buildApp, installApp, testApp, writeApp } from './angular22/app.mjs';
import { NODE_VERSION, PACKAGE } from './angular22/config.mjs';
import { installNode22, node22Env } from './angular22/node22.mjs';
import { requireChrome, runSteps } from './angular22/steps.mjs';
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

const { chrome, chromeFlags } = requireChrome();
const env22 = node22Env(chrome, chromeFlags);
const given = args.find((arg) => !arg.startsWith('--'));
const counts = { passed: 0, failed: 0 };
const steps = [
  ['library tarball', (s) => findTarball(s, { given, build: flags.has('--build') })],
  ['inspect the tarball', inspectTarball],
  [`Node ${NODE_VERSION} from the npm registry`, installNode22],
  ['copy the Angular 22 app', (s) => writeApp(s, { fresh: flags.has('--fresh') })],
  ['npm install (Node 22)', (s) => installApp(s, env22)],
  ['ng build, production (Angular 22)', () => buildApp(env22)],
  ['ng test, headless Chromium (Angular 22)', () => testApp(env22, counts)],
];
await runSteps('Angular 22 check', steps, {
  counts,
  summary: (state) => [
    ...(state.versions
      ? [
          `Angular ${state.versions['@angular/core']}, TypeScript ${state.versions.typescript}, ` +
            `Node v${NODE_VERSION}, ${PACKAGE} ${state.versions[PACKAGE]}`,
        ]
      : []),
    ...(state.undeclared?.length
      ? [`Warning: undeclared imports in the tarball: ${state.undeclared.join(', ')}`]
      : []),
  ],
});
