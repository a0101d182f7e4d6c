// Starts the Callback API emulator's CLI (memory only, quiet) for the scripts that need one
// running: `test-all.mjs` (contract tests), `bench.mjs` and `start-demo.mjs`, from the
// compiled build (built first when a source changed). The end-to-end suite has its own
// TypeScript starter in e2e/support/emulator-process.ts.
import { spawn } from 'node:child_process';
import { EMULATOR_CLI, buildEmulator } from './build-emulator.mjs';

const HEALTH_ATTEMPTS = 100;
const HEALTH_INTERVAL_MS = 100;

/**
 * Starts the emulator CLI on 127.0.0.1:`port` and resolves with its child process once
 * `/__emulator/health` answers; stop it with `child.kill('SIGTERM')`. Rejects (after killing
 * the child) when the health check has not answered within ~10 s.
 */
export async function startEmulator(port) {
  const child = spawnEmulator(port, ['ignore', 'ignore', 'inherit']);
  if (await waitForHealth(`http://127.0.0.1:${port}/__emulator/health`)) return child;
  child.kill('SIGTERM');
  throw new Error(`The emulator did not start on port ${port}.`);
}

/**
 * Builds the emulator if a source changed, then spawns its compiled CLI on
 * 127.0.0.1:`port` (quiet) with the given stdio; returns the child at once.
 */
export function spawnEmulator(port, stdio) {
  buildEmulator({ ifStale: true });
  const args = [EMULATOR_CLI, '--port', String(port), '--host', '127.0.0.1', '--quiet'];
  return spawn(process.execPath, args, { stdio });
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
