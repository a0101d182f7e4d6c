import { test as base } from '@playwright/test';
import {
  startCallbackEmulator,
  type CallbackEmulator,
  type CallbackEmulatorOptions,
} from './index.js';

/** Fixtures each test gets. */
export interface CallbackEmulatorTestFixtures {
  /** This worker's emulator, reset (no bookings, no faults) before the test. */
  readonly callbackEmulator: CallbackEmulator;
}

/** Fixtures shared by the tests of one worker. */
export interface CallbackEmulatorWorkerFixtures {
  /**
   * Options of the worker's emulator (`port` is always a free one). Set them with
   * `test.use({ callbackEmulatorOptions: { services: … } })` at the top of a file, or in the
   * Playwright config's `use`.
   */
  readonly callbackEmulatorOptions: Omit<CallbackEmulatorOptions, 'port'>;
  /** The worker's emulator as started, not reset between tests. */
  readonly callbackEmulatorServer: CallbackEmulator;
}

/**
 * Playwright's `test` with a Genesys Callback API emulator: one per worker on a free
 * loopback port, started on first use and closed when the worker ends; each test that asks
 * for `callbackEmulator` gets it with no bookings and no faults.
 *
 * ```ts
 * import { expect, test } from 'ngx-genesys-callback-emulator/playwright';
 *
 * test('books a callback', async ({ page, callbackEmulator }) => {
 *   await page.goto(`/?dataURL=${encodeURIComponent(callbackEmulator.v1DataUrl('customer-care'))}`);
 *   // … book through the portal's form …
 *   expect(callbackEmulator.bookings()).toHaveLength(1);
 * });
 * ```
 */
export const test = base.extend<CallbackEmulatorTestFixtures, CallbackEmulatorWorkerFixtures>({
  callbackEmulatorOptions: [{}, { scope: 'worker', option: true }],
  callbackEmulatorServer: [
    async ({ callbackEmulatorOptions }, use) => {
      const emulator = await startCallbackEmulator({ ...callbackEmulatorOptions, port: 0 });
      try {
        await use(emulator);
      } finally {
        await emulator.close();
      }
    },
    { scope: 'worker' },
  ],
  callbackEmulator: async ({ callbackEmulatorServer }, use) => {
    await callbackEmulatorServer.reset();
    await use(callbackEmulatorServer);
  },
});

export { expect } from '@playwright/test';
export type { CallbackEmulator, CallbackEmulatorOptions } from './index.js';
