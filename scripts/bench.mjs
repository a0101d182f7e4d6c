#!/usr/bin/env node
// `npm run bench`: the core's browser benchmarks in headless Chromium (per-call overhead
// against bare HttpClient, in memory and over loopback HTTP to the emulator; memory over
// 10,000 calls). Prints the figures; asserts nothing.
import { spawn } from 'node:child_process';
import { startEmulator } from './emulator-process.mjs';

const EMULATOR_PORT = 8792; // must match EMULATOR_URL in projects/callback-service/bench
const emulator = await startEmulator(EMULATOR_PORT);
try {
  const lines = await runKarma();
  console.log('\nResults:');
  for (const line of lines) console.log(`  ${line}`);
} finally {
  emulator.kill('SIGTERM');
}

function runKarma() {
  return new Promise((resolve, reject) => {
    const karma = spawn(
      './node_modules/.bin/ng',
      ['test', 'callback-service', '--configuration', 'bench'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      },
    );
    const lines = [];
    let buffer = '';
    karma.stdout.on('data', (chunk) => {
      buffer += chunk;
      // Karma prints browser logs as LOG: 'BENCH …', maybe followed by colour codes.
      const text = String(chunk).replace(/\x1b\[[0-9;]*m/g, '');
      for (const match of text.matchAll(/BENCH (.*?)'?$/gm)) lines.push(match[1]);
    });
    karma.on('close', (code) =>
      code === 0
        ? resolve(lines)
        : reject(new Error(`karma exited ${code}\n${buffer.slice(-2000)}`)),
    );
  });
}
