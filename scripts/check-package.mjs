#!/usr/bin/env node
// Packs the built library as npm would publish it and checks the tarball: publint (package.json
// fields, exports, files) and @arethetypeswrong/cli with the esm-only profile (Angular packages
// are ESM-only). Fails on any problem. Run after `ng build callback-service`.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
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

const checks = [
  ['publint', ['./node_modules/.bin/publint', ['--strict', DIST]]],
  ['attw', ['./node_modules/.bin/attw', ['--profile', 'esm-only', tarball]]],
];
let failed = 0;
for (const [name, [cmd, args]] of checks) {
  console.log(`\n--- ${name} ---`);
  try {
    run(cmd, args);
  } catch {
    failed++;
    console.error(`${name} found problems.`);
  }
}
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
