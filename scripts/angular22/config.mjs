// What the Angular 22 check pins (Node, Angular and the app's other packages) and where it
// keeps its files.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '22.23.3'; // Angular 22.2 needs ^22.22.3 || ^24.15.0 || >=26
// Framework packages pinned exactly: on this registry @angular/platform-server (a peer of
// @angular/build) stops at 22.2.0 while core goes further, so a range fails with ERESOLVE.
export const ANGULAR = '22.2.0';
export const CDK = '^22.2.0';
export const APP_DEPENDENCIES = {
  '@angular/common': ANGULAR,
  '@angular/compiler': ANGULAR,
  '@angular/core': ANGULAR,
  '@angular/forms': ANGULAR, // a peer of @angular/cdk 22: unpinned, npm picks a newer one (ERESOLVE)
  '@angular/platform-browser': ANGULAR,
  '@angular/router': ANGULAR,
  rxjs: '~7.8.0',
  tslib: '^2.3.0',
};
export const APP_DEV_DEPENDENCIES = {
  '@angular/build': '^22.2.0',
  '@angular/cli': '^22.2.0',
  '@angular/compiler-cli': ANGULAR,
  '@types/jasmine': '~6.0.0',
  'jasmine-core': '~6.0.0',
  karma: '~6.4.0',
  'karma-chrome-launcher': '~3.2.0',
  'karma-jasmine': '~5.1.0',
  typescript: '~6.0.0',
};
export const PACKAGE = 'ngx-genesys-callback';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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
