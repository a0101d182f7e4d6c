#!/usr/bin/env node
// Runs the emulator's tests (node:test, real HTTP on loopback) through tsx and ends with
// one plain line "N passed, M failed"; exits non-zero when anything failed.
// Usage (from anywhere): node projects/callback-emulator/run-tests.mjs [test-file-filter]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const filter = process.argv[2];
const files = readdirSync(join(here, 'test'))
  .filter((name) => name.endsWith('.test.ts') && (filter === undefined || name.includes(filter)))
  .sort()
  .map((name) => relative(root, join(here, 'test', name)));

if (files.length === 0) {
  console.log('0 passed, 0 failed');
  process.exit(1);
}

// tsx is resolved from the workspace root, where node_modules lives.
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk.toString();
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const count = (name) =>
    Number(new RegExp(`^\\S*\\s*${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const ok = code === 0 && failed === 0 && passed > 0;
  console.log(`${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exit(ok ? 0 : 1);
});
