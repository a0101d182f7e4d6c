import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { WORKSPACE } from './e2e-env';

export interface EmulatorProcess {
  readonly url: string;
  stop(): Promise<void>;
}

const READY_LINE = /emulator ready at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 20_000;

/**
 * Starts the Callback API emulator's compiled CLI (memory only; built first when a source
 * changed) as a child process and resolves once it prints its ready line. Fails with its
 * output when it exits first (e.g. the port is taken).
 */
export function startEmulatorProcess(port: number, servicesFile: string): Promise<EmulatorProcess> {
  execFileSync(process.execPath, ['scripts/build-emulator.mjs', '--if-stale'], {
    cwd: WORKSPACE,
    stdio: 'inherit',
  });
  const args = [
    'dist/callback-emulator/lib/cli.js',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--config',
    servicesFile,
    '--quiet',
  ];
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = READY_LINE.exec(output);
      if (!ready?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onOutput);
      child.off('exit', onEarlyExit);
      resolveStart({ url: ready[1], stop: () => stop(child) });
    };
    const onEarlyExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited (code ${code}) before it was ready:\n${output}`));
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', onEarlyExit);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    // The CLI stops cleanly on SIGTERM; a second signal is only needed if it hangs.
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
