// Starts the Callback API emulator's CLI (memory only, quiet) for the scripts that need one
// running: `test-all.mjs` (contract tests) and `bench.mjs`. The end-to-end suite has its own
// TypeScript starter in e2e/support/emulator-process.ts.
import { spawn } from 'node:child_process';

const TSX = './node_modules/.bin/tsx';
const HEALTH_ATTEMPTS = 100;
const HEALTH_INTERVAL_MS = 100;

/**
 * Starts the emulator CLI on 127.0.0.1:`port` and resolves with its child process once
 * `/__emulator/health` answers; stop it with `child.kill('SIGTERM')`. Rejects (after killing
 * the child) when the health check has not answered within ~10 s.
 */
export async function startEmulator(port) {
  const args = [
    'projects/callback-emulator/src/cli.ts',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--quiet',
  ];
  const child = spawn(TSX, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (await waitForHealth(`http://127.0.0.1:${port}/__emulator/health`)) return child;
  child.kill('SIGTERM');
  throw new Error(`The emulator did not start on port ${port}.`);
}

// Polls `url` until it answers 2xx; false when it never does.
async function waitForHealth(url) {
  for (let attempt = 0; attempt < HEALTH_ATTEMPTS; attempt++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, HEALTH_INTERVAL_MS));
  }
  return false;
}
