// What the Angular 22 check pins (Node; Angular comes from the app's package.json) and where
// it keeps its files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '22.23.3'; // Angular 22.2 needs ^22.22.3 || ^24.15.0 || >=26
export const PACKAGE = 'ngx-genesys-callback';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The app, checked in as files: linted and type-checked with the workspace, copied out to run. */
export const appSource = path.join(root, 'integration', 'angular22-app');
/** Files of a checked-in app that only serve the workspace (its type-check): not copied. */
export const WORKSPACE_ONLY_FILES = ['tsconfig.workspace.json'];
/** Files every app under integration/ gets (karma.conf.js), copied in before its own. */
export const sharedAppSource = path.join(root, 'integration', 'shared');

// The app's package.json pins the framework exactly (on this registry @angular/platform-server,
// a peer of @angular/build, stops at 22.2.0 while core goes further: a range fails with ERESOLVE).
const appDependencies = JSON.parse(
  fs.readFileSync(path.join(appSource, 'package.json'), 'utf8'),
).dependencies;
const ANGULAR = appDependencies['@angular/core'];
const CDK = appDependencies['@angular/cdk'];

// Outside the repository on purpose (see ANGULAR22_CACHE_DIR in check-angular22.mjs): inside
// it, the app would resolve any package it lacks from the workspace's Angular 21 node_modules.
export const cacheRoot = path.resolve(
  process.env.ANGULAR22_CACHE_DIR || path.join(os.tmpdir(), `${PACKAGE}-angular22`),
);
export const appDir = path.join(cacheRoot, 'app');

/** The range the app uses for an Angular package the library needs, else undefined. */
export function angularRange(name) {
  if (name === '@angular/cdk' || name === '@angular/material') return CDK;
  if (name.startsWith('@angular/')) return ANGULAR;
  return undefined;
}
