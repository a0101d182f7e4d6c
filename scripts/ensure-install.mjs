// Lets `npm start` and `npm test` be the one command a newcomer runs on a fresh clone:
// dependencies are installed from the lockfile first when they are missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs `npm ci` when node_modules lacks the Angular CLI. */
export function ensureInstalled() {
  if (existsSync('node_modules/.bin/ng')) return;
  console.log('Installing dependencies (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
