// Process and file helpers for the checks of the apps under integration/ (Angular 22, no CDK).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './config.mjs';

/**
 * Runs a command, echoing its output unless `quiet`; resolves with the output (stdout and
 * stderr; `{ output, code }` when `allowFailure`), rejects on a non-zero exit otherwise.
 */
export function run(
  cmd,
  cmdArgs,
  { cwd = root, env = process.env, quiet = false, allowFailure } = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        if (!quiet) target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      const exitCode = code ?? 1;
      if (allowFailure) resolve({ output, code: exitCode });
      else if (exitCode === 0) resolve(output);
      else {
        if (quiet) process.stderr.write(output);
        reject(new Error(`${path.basename(cmd)} ${cmdArgs.join(' ')} exited with ${exitCode}`));
      }
    });
  });
}

/**
 * The environment for npm and ng in a checked-in app: Karma's Chrome and its flags (read by
 * integration/shared/karma.conf.js), no analytics prompt, no update notice.
 */
export function appEnv(chrome, chromeFlags) {
  return {
    ...process.env,
    CHROME_BIN: chrome,
    CHROME_FLAGS: JSON.stringify(chromeFlags),
    NG_CLI_ANALYTICS: 'false',
    NG_FORCE_TTY: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** Reads and parses a JSON file. */
export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every file under `dir`, recursively, as paths joined onto `dir`. */
export function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
}

/** A copy of `object` with its keys in alphabetical order. */
export function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

/** `ms` milliseconds as "1.2 s". */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `bytes` as "1.2 kB" (1 kB = 1024 bytes). */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
