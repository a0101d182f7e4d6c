import { test as base, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { CSP_REPORTS_PATH } from './demo-server';
import { DEMO_URL } from './e2e-env';
import { EmulatorAdmin } from './emulator-admin';

/** A CSP violation as the page's listener reports it. */
export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sourceFile: string;
  readonly line: number;
  readonly sample: string;
}

/**
 * What a test may change about the page guard, which fails any test whose page has an
 * uncaught error, a console error or a Content-Security-Policy violation.
 */
export interface PageGuard {
  /** Lets console errors matching `pattern` through: the browser's own line for an expected failed request. */
  allowConsoleError(pattern: RegExp): void;
  /** Lets CSP violations through (the test that proves violations are caught). */
  allowCspViolations(): void;
  /** The violations the page reported so far. */
  readonly cspViolations: readonly CspViolation[];
}

interface Fixtures {
  /** The suite's emulator, reset before each test. */
  emulator: EmulatorAdmin;
  /** The page guard (automatic). */
  guard: PageGuard;
}

const CSP_LISTENER = resolve(__dirname, 'csp-listener.js');

async function cspReports(): Promise<unknown[]> {
  return (await (await fetch(`${DEMO_URL}${CSP_REPORTS_PATH}`)).json()) as unknown[];
}

/** The Playwright `test`, with the emulator and the page guard. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  emulator: async ({}, use) => {
    const emulator = new EmulatorAdmin();
    await emulator.reset();
    await use(emulator);
    await emulator.clearFaults();
  },

  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowedConsoleErrors: RegExp[] = [];
      const violations: CspViolation[] = [];
      let cspAllowed = false;

      page.on('pageerror', (error) => problems.push(`uncaught ${error.stack ?? error.message}`));
      page.on('crash', () => problems.push('the page crashed'));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        problems.push(`console.error: ${text} (${message.location().url})`);
      });
      await page.exposeBinding('__e2eCspViolation', (_source, violation: CspViolation) => {
        violations.push(violation);
      });
      await page.addInitScript({ path: CSP_LISTENER });
      const reportsBefore = (await cspReports()).length;

      await use({
        allowConsoleError: (pattern) => allowedConsoleErrors.push(pattern),
        allowCspViolations: () => {
          cspAllowed = true;
        },
        cspViolations: violations,
      });

      if (!cspAllowed) {
        for (const v of violations) {
          problems.push(`CSP violation of ${v.directive}: ${v.blockedURI} ${v.sample}`.trim());
        }
        for (const report of (await cspReports()).slice(reportsBefore)) {
          problems.push(`CSP report received by the server: ${JSON.stringify(report)}`);
        }
      }
      expect(problems, 'uncaught errors, console errors or CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
