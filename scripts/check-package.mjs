#!/usr/bin/env node
// Packs the built library as npm would publish it and checks the tarball: publint (package.json
// fields, exports, files), @arethetypeswrong/cli with the esm-only profile (Angular packages
// are ESM-only), that every schematic of collection.json ships with its schema and the
// modules it requires, and no spec, and that the entries meant to work without the optional
// @angular/cdk peer (the core and ./testing) import nothing from it. Fails on any problem.
// Run after `npm run build:lib`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';

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
  ['schematics', () => checkSchematics(tarball)],
  ['core and ./testing without @angular/cdk', checkNoCdk],
];
let failed = 0;
for (const [name, check] of checks) {
  console.log(`\n--- ${name} ---`);
  try {
    check();
  } catch (error) {
    failed++;
    if (error instanceof Error && !('status' in error)) console.error(error.message);
    console.error(`${name} found problems.`);
  }
}
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/**
 * Every schematic of the packed collection.json has its factory, its schema and the modules
 * they require (`require("./…")`, followed file by file) in the tarball, and no spec is in it.
 */
function checkSchematics(tarballPath) {
  const files = new Set(
    execFileSync('tar', ['-tzf', tarballPath], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, '')),
  );
  const problems = [];
  const collection = JSON.parse(readFileSync(join(DIST, 'schematics/collection.json'), 'utf8'));
  const pending = [];
  for (const [name, schematic] of Object.entries(collection.schematics)) {
    const factory = posix.join('schematics', schematic.factory.split('#')[0]);
    pending.push(factory);
    if (schematic.schema && !files.has(posix.join('schematics', schematic.schema))) {
      problems.push(`${name}: ${schematic.schema} is not in the package`);
    }
  }
  const seen = new Set();
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!files.has(file)) {
      problems.push(`${file} is not in the package`);
      continue;
    }
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, specifier] of code.matchAll(/require\("(\.[^"]+)"\)/g)) {
      pending.push(posix.join(posix.dirname(file), specifier));
    }
  }
  for (const file of files) if (/\.spec\./.test(file)) problems.push(`${file} should not ship`);
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(
    `${seen.size} schematic modules of ${Object.keys(collection.schematics).length} schematics ship.`,
  );
}
