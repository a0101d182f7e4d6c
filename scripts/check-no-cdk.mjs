#!/usr/bin/env node
// No-CDK check: a consumer app without @angular/cdk (integration/no-cdk-app: the core entry and
// ./testing only) installs the packed library, builds, and runs its spec with
// provideCallbackTesting() in headless Chromium. @angular/cdk is an optional peer of the
// library; this proves that an app which leaves it out can still use the core and its test
// providers. Runs on the workspace's Node 20 and Angular 21.
//
//   node scripts/check-no-cdk.mjs [dist/ngx-genesys-callback-x.y.z.tgz] [--build] [--fresh]
//
//   <tarball>   the packed library. Default: dist/ngx-genesys-callback-<version>.tgz, packed
//               again when dist/ngx-genesys-callback is newer; built and packed when missing.
//   --build     build (ng build callback-service) and pack the library first in any case.
//   --fresh     delete the cached app (node_modules, lockfile, build cache) first.
//   NO_CDK_CACHE_DIR   where the app lives; default <tmpdir>/ngx-genesys-callback-no-cdk.
//                      It must be outside the repository and under no folder holding
//                      node_modules/@angular/cdk, or the app would find the CDK there.
//
// The app is kept between runs, so a second run only reinstalls the tarball. The steps come
// from scripts/angular22/ (shared with the Angular 22 check); ends with "N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, installApp, testApp, writeApp } from './angular22/app.mjs';
import { PACKAGE, root } from './angular22/config.mjs';
import { appEnv, readJson } from './angular22/run.mjs';
import { requireChrome, runSteps } from './angular22/steps.mjs';
import { findTarball, inspectTarball } from './angular22/tarball.mjs';

const CDK = '@angular/cdk';
// The entries the app imports: the ones that must work without the CDK.
const ENTRIES = ['.', './testing'];

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const unknown = [...flags].filter((flag) => !['--build', '--fresh'].includes(flag));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}; see the header of this script.`);
  process.exit(2);
}

const cacheRoot = path.resolve(
  process.env.NO_CDK_CACHE_DIR || path.join(os.tmpdir(), `${PACKAGE}-no-cdk`),
);
const app = {
  source: path.join(root, 'integration', 'no-cdk-app'),
  dir: path.join(cacheRoot, 'app'),
  node: process.execPath,
};
const { chrome, chromeFlags } = requireChrome();
const env = appEnv(chrome, chromeFlags);
const given = args.find((arg) => !arg.startsWith('--'));
const counts = { passed: 0, failed: 0 };

const steps = [
  ['where the app runs: no @angular/cdk above it', () => checkNoCdkAbove(app.dir)],
  ['library tarball', (s) => findTarball(s, { given, build: flags.has('--build') })],
  ['inspect the tarball', inspectTarball],
  // Only the app's own package.json: the library's optional peers (the CDK) stay out.
  [
    'copy the no-CDK app',
    (s) => writeApp(s, { fresh: flags.has('--fresh'), app, dependencies: {} }),
  ],
  [
    `npm install (Node ${process.versions.node})`,
    (s) => installApp(s, env, { app, angularMajor: 21 }),
  ],
  ['@angular/cdk is not installed', (s) => checkCdkAbsent(s)],
  ['ng build, production', () => buildApp(env, { app })],
  ['ng test, headless Chromium (no @angular/cdk)', testWithoutCdk],
  ['no @angular/cdk import in the core and ./testing', checkEntriesImportNoCdk],
];
await runSteps('No-CDK check', steps, {
  counts,
  summary: (s) =>
    s.versions
      ? [
          `Angular ${s.versions['@angular/core']}, Node ${process.version}, ${PACKAGE} ${s.versions[PACKAGE]}`,
        ]
      : [],
});

/** Fails when `dir` is inside the repository or any folder above it has the CDK installed. */
function checkNoCdkAbove(dir) {
  if (dir === root || dir.startsWith(root + path.sep)) {
    throw new Error(
      `${dir} is inside the repository, whose node_modules holds ${CDK}; set NO_CDK_CACHE_DIR outside it.`,
    );
  }
  for (let up = path.dirname(dir); ; up = path.dirname(up)) {
    const found = path.join(up, 'node_modules', CDK);
    if (fs.existsSync(found)) {
      throw new Error(
        `${found} exists: the app would resolve ${CDK} from there; set NO_CDK_CACHE_DIR elsewhere.`,
      );
    }
    if (path.dirname(up) === up) break;
  }
  console.log(`${dir}: no ${CDK} in it or above it`);
}

/** Fails when npm installed the CDK anyway (another package pulling it in). */
function checkCdkAbsent(s) {
  const installed = path.join(app.dir, 'node_modules', CDK);
  if (fs.existsSync(installed)) {
    throw new Error(
      `npm installed ${CDK} ${s.versions[CDK]} into the app (see \`npm ls ${CDK}\` in ${app.dir}); the check needs an app without it.`,
    );
  }
  console.log(`${installed}: absent`);
}

/** Runs the app's spec; when it fails, the error names the CDK imports of the entries it uses. */
async function testWithoutCdk() {
  try {
    await testApp(env, counts, { app });
  } catch (error) {
    const imports = describeCdkImports();
    if (imports.length === 0) throw error;
    throw new Error(
      `${error instanceof Error ? error.message : error}. ${imports.join('; ')}, which this app does not have.`,
    );
  }
}

/**
 * Fails when an entry the app uses imports the CDK in its bundle or its types. A type-only
 * import passes the build and the spec (skipLibCheck), but leaves `any` where a type was.
 */
function checkEntriesImportNoCdk() {
  const imports = describeCdkImports();
  if (imports.length > 0) throw new Error(imports.join('; '));
  const entries = ENTRIES.map((entry) => path.posix.join(PACKAGE, entry));
  console.log(`no ${CDK} import in the bundles and types of ${entries.join(', ')}`);
}

/** "<entry> imports <specifier> (<files>)" for each CDK import of ENTRIES in the installed library. */
function describeCdkImports() {
  const byImport = new Map();
  for (const { entry, specifier, file } of cdkImports(
    path.join(app.dir, 'node_modules', PACKAGE),
  )) {
    const key = `${path.posix.join(PACKAGE, entry)} imports ${specifier}`;
    byImport.set(key, [...(byImport.get(key) ?? []), file]);
  }
  return [...byImport].map(([key, files]) => `${key} (${files.join(', ')})`);
}

/** The CDK imports in the bundle and types of each entry of ENTRIES in the installed library. */
function cdkImports(libraryDir) {
  const { exports: exportsMap = {} } = readJson(path.join(libraryDir, 'package.json'));
  const found = [];
  for (const entry of ENTRIES) {
    const conditions = exportsMap[entry] ?? {};
    for (const file of new Set([conditions.types, conditions.default].filter(Boolean))) {
      const source = fs.readFileSync(path.join(libraryDir, file), 'utf8');
      for (const match of source.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](@angular\/cdk[^'"]*)['"]/g,
      )) {
        found.push({ entry, specifier: match[1], file: path.posix.normalize(file) });
      }
    }
  }
  return found;
}
