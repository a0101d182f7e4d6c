#!/usr/bin/env node
// `npm start`: builds the library, starts the local Callback API emulator and serves the demo
// app configured for it, then prints the URL to open. Ctrl+C stops both.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { spawnEmulator } from './emulator-process.mjs';
import { ensureInstalled } from './ensure-install.mjs';

// The demo loads its endpoints from projects/demo-app/public/callback-config.json, which names
// this emulator port: it is fixed on purpose. The demo's own port may be moved with DEMO_PORT.
const EMULATOR_PORT = 8787;
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4200);
const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };
const children = [];

for (const [port, what] of [
  [EMULATOR_PORT, 'the Callback API emulator'],
  [DEMO_PORT, 'the demo (set DEMO_PORT to use another port)'],
]) {
  if (!(await isFree(port))) {
    console.error(
      `Port ${port} is in use; it is needed for ${what}. Stop what uses it and run npm start again.`,
    );
    process.exit(1);
  }
}

ensureInstalled();
console.log('Building ngx-genesys-callback…');
execFileSync('./node_modules/.bin/ng', ['build', 'callback-service'], { stdio: 'inherit', env });

// Quiet: its one-line-per-request log would push the URL out of sight (`npm run emulator`
// shows it). Compiled JavaScript, built here when a source changed: it listens at once.
watch(spawnEmulator(EMULATOR_PORT, 'inherit'), 'the Callback API emulator');
const serve = start(
  './node_modules/.bin/ng',
  ['serve', 'demo-app', '--host', '127.0.0.1', '--port', String(DEMO_PORT), '--no-open'],
  ['ignore', 'pipe', 'inherit'],
);
let announced = false;
serve.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Local:|watch mode enabled/i.test(String(chunk))) {
    announced = true;
    console.log(
      `\n  Demo ready: open http://127.0.0.1:${DEMO_PORT}/\n` +
        `  Callback API emulator: http://127.0.0.1:${EMULATOR_PORT} (bookings: /__emulator/callbacks)\n` +
        '  Ctrl+C stops both.\n',
    );
  }
});

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function start(command, args, stdio = 'inherit') {
  return watch(spawn(command, args, { stdio, env }), `${command} ${args[0]}`);
}

function watch(child, what) {
  children.push(child);
  // If either one dies, the demo is broken: stop the other and say so.
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      console.error(`${what} stopped (exit ${code}).`);
      stop(code ?? 1);
    }
  });
  return child;
}

function stop(code) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}
