#!/usr/bin/env node
// Packs the built library as npm would publish it and checks the tarball: publint (package.json
// fields, exports, files) and @arethetypeswrong/cli with the esm-only profile (Angular packages
// are ESM-only), and that the entries meant to work without the optional @angular/cdk peer
// (the core and ./testing) import nothing from it. Fails on any problem. Run after
// `ng build callback-service`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist/ngx-genesys-callback';
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...options });

for (const old of readdirSync('dist').filter((f) => f.endsWith('.tgz'))) rmSync(join('dist', old));
run('npm', ['pack', '--pack-destination', '..', '--silent'], {
  cwd: DIST,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const tarball = join(
  'dist',
  readdirSync('dist').find((f) => f.endsWith('.tgz')),
);
console.log(`packed ${tarball}`);

// An app without @angular/cdk must be able to import these entries (their bundles and types).
function checkNoCdk() {
  const files = ['ngx-genesys-callback', 'ngx-genesys-callback-testing'].flatMap((name) => [
    join(DIST, 'fesm2022', `${name}.mjs`),
    join(DIST, 'types', `${name}.d.ts`),
  ]);
  const offending = files.filter((file) =>
    /from\s*['"]@angular\/cdk/.test(readFileSync(file, 'utf8')),
  );
  if (offending.length > 0) throw new Error(`@angular/cdk is imported by ${offending.join(', ')}`);
  console.log(`no @angular/cdk import in ${files.length} files of the core and ./testing`);
}

const checks = [
  ['publint', () => run('./node_modules/.bin/publint', ['--strict', DIST])],
  ['attw', () => run('./node_modules/.bin/attw', ['--profile', 'esm-only', tarball])],
  ['core and ./testing without @angular/cdk', checkNoCdk],
];
let failed = 0;
for (const [name, check] of checks) {
  console.log(`\n--- ${name} ---`);
  try {
    check();
  } catch (error) {
    failed++;
    console.error(`${name} found problems.${error instanceof Error ? ` ${error.message}` : ''}`);
  }
}
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
