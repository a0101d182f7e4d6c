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
    // The whole output is kept and read once Karma is done: a chunk may end mid-line, and
    // every BENCH line counts (the in-memory figures come long before the last ones).
    let output = '';
    karma.stdout.on('data', (chunk) => {
      output += chunk;
    });
    karma.on('close', (code) => {
      // Karma prints browser logs as LOG: 'BENCH …', maybe followed by colour codes.
      const text = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const lines = [...text.matchAll(/BENCH (.*?)'?$/gm)].map((match) => match[1]);
      if (code === 0) resolve(lines);
      else reject(new Error(`karma exited ${code}\n${text}`));
    });
  });
}
