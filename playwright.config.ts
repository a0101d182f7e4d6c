import { defineConfig } from '@playwright/test';
import { CHROME_FLAGS, MISSING_CHROME_HINT, findChrome } from './scripts/find-chrome.cjs';
import { DEMO_URL } from './e2e/support/e2e-env';

// End-to-end suite: the production build of the demo, served under a strict CSP, against the
// Callback API emulator, in the system's Chromium (no browser download). Run it with
// `node scripts/e2e.mjs`, which builds first; `E2E_DOCS_SCREENSHOT=1` also refreshes
// docs/widget.png.

const chrome = findChrome();
if (!chrome) throw new Error(MISSING_CHROME_HINT);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: process.env['E2E_DOCS_SCREENSHOT'] ? [] : ['**/docs-screenshot.spec.ts'],
  outputDir: 'e2e/results',
  globalSetup: './e2e/support/global-setup.ts',
  // One emulator serves the suite and faults apply to every booking it receives, so the
  // tests run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    baseURL: DEMO_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: chrome, args: CHROME_FLAGS },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
  },
});
