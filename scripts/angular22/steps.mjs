// Runs a check's steps in order with a heading and a time each, and ends the process with the
// timings and the "N passed, N failed" line (shared by the Angular 22 and no-CDK checks).
import { createRequire } from 'node:module';
import { seconds } from './run.mjs';

const require = createRequire(import.meta.url);
const { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS } = require('../find-chrome.cjs');

/**
 * The Chrome for Karma and its flags; without one, says how to get it, prints
 * "0 passed, 1 failed" and exits.
 */
export function requireChrome() {
  const chrome = findChrome();
  if (!chrome) {
    console.error(MISSING_CHROME_HINT);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  return { chrome, chromeFlags: CHROME_FLAGS };
}

/**
 * Runs `steps` (`[name, (state) => Promise]` pairs) one after the other, stopping at the first
 * that throws, then prints the timings, `summary(state)` lines and "N passed, N failed" from
 * `counts` (a failure counts at least one), and exits: 0 when all passed.
 */
export async function runSteps(title, steps, { state = {}, counts, summary = () => [] }) {
  const timings = [];
  const started = performance.now();
  let code = 0;
  for (const [index, [name, step]] of steps.entries()) {
    console.log(`\n=== ${title} [${index + 1}/${steps.length}] ${name} ===`);
    const t0 = performance.now();
    try {
      await step(state);
    } catch (error) {
      timings.push([name, performance.now() - t0]);
      console.error(`\n${name} failed: ${error instanceof Error ? error.message : error}`);
      code = 1;
      break;
    }
    const ms = performance.now() - t0;
    timings.push([name, ms]);
    console.log(`--- ${name}: ${seconds(ms)}`);
  }
  if (counts.failed > 0) code = 1;
  const total = performance.now() - started;
  console.log(`\n${title} timings:`);
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(48)} ${seconds(ms).padStart(8)}`);
  console.log(`  ${'total'.padEnd(48)} ${seconds(total).padStart(8)}`);
  for (const line of summary(state)) console.log(line);
  if (code !== 0) counts.failed = Math.max(counts.failed, 1);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code);
}
