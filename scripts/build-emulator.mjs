#!/usr/bin/env node
// Compiles the Callback API emulator (tsc) into dist/callback-emulator as the npm package
// `ngx-genesys-callback-emulator` will hold it: lib/ (JavaScript and types), config/, the
// README, the licence and a package.json without the workspace-only fields. `npm run
// emulator`, `npm start`, the contract tests and the benchmarks run this build, not tsx.
// Usage: node scripts/build-emulator.mjs [--if-stale]
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'projects/callback-emulator';
/** Where the package is built. */
export const EMULATOR_DIST = 'dist/callback-emulator';
/** The compiled command-line entry. */
export const EMULATOR_CLI = `${EMULATOR_DIST}/lib/cli.js`;
const INPUTS = [
  `${SOURCE}/src`,
  `${SOURCE}/config`,
  `${SOURCE}/package.json`,
  `${SOURCE}/README.md`,
];

/** Builds the package; with `ifStale`, only when a source is newer than the last build. */
export function buildEmulator({ ifStale = false } = {}) {
  if (ifStale && !isStale()) return;
  rmSync(EMULATOR_DIST, { recursive: true, force: true });
  execFileSync('./node_modules/.bin/tsc', ['-p', `${SOURCE}/tsconfig.build.json`], {
    stdio: 'inherit',
  });
  cpSync(`${SOURCE}/config`, `${EMULATOR_DIST}/config`, { recursive: true });
  cpSync(`${SOURCE}/README.md`, `${EMULATOR_DIST}/README.md`);
  cpSync('LICENSE', `${EMULATOR_DIST}/LICENSE`);
  const manifest = JSON.parse(readFileSync(`${SOURCE}/package.json`, 'utf8'));
  // Scripts run tsx in the workspace; a user's install has neither the sources nor tsx.
  delete manifest.scripts;
  delete manifest.devDependencies;
  mkdirSync(EMULATOR_DIST, { recursive: true });
  writeFileSync(`${EMULATOR_DIST}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

function isStale() {
  if (!existsSync(EMULATOR_CLI) || !existsSync(`${EMULATOR_DIST}/package.json`)) return true;
  const built = statSync(`${EMULATOR_DIST}/package.json`).mtimeMs;
  return INPUTS.some((input) => newestMtime(input) > built);
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  buildEmulator({ ifStale: process.argv.includes('--if-stale') });
  console.log(`built ${EMULATOR_DIST} in ${Date.now() - started} ms`);
}
