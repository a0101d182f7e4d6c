#!/usr/bin/env node
// `npm start`: builds the library, starts the local Callback API emulator and serves the demo
// app configured for it, then prints the URL to open. Ctrl+C stops both.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureInstalled } from './ensure-install.mjs';

const EMULATOR_PORT = process.env.EMULATOR_PORT ?? '8787';
const DEMO_PORT = process.env.DEMO_PORT ?? '4200';
const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };
const children = [];

ensureInstalled();
console.log('Building ngx-genesys-callback…');
execFileSync('./node_modules/.bin/ng', ['build', 'callback-service'], { stdio: 'inherit', env });

const emulatorCli = 'projects/callback-emulator/src/cli.ts';
if (existsSync(emulatorCli)) {
  children.push(
    spawn(
      './node_modules/.bin/tsx',
      [emulatorCli, '--port', EMULATOR_PORT, '--host', '127.0.0.1'],
      { stdio: 'inherit', env },
    ),
  );
}

const serve = spawn(
  './node_modules/.bin/ng',
  ['serve', 'demo-app', '--host', '127.0.0.1', '--port', DEMO_PORT, '--no-open'],
  { stdio: ['ignore', 'pipe', 'inherit'], env },
);
children.push(serve);
let announced = false;
serve.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Local:|watch mode enabled/i.test(String(chunk))) {
    announced = true;
    console.log(
      `\n  Demo ready: open http://127.0.0.1:${DEMO_PORT}/  (Callback API emulator on http://127.0.0.1:${EMULATOR_PORT})\n`,
    );
  }
});

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
