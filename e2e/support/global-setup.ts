import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from './demo-server';
import { DEMO_PORT, DEMO_ROOT, EMULATOR_PORT, EMULATOR_SERVICES } from './e2e-env';
import { startEmulatorProcess } from './emulator-process';

/**
 * Starts the Callback API emulator on its own port (memory only) and serves the production
 * build of the demo under a strict Content-Security-Policy, configured for that emulator.
 * Returns the teardown that stops both.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DEMO_ROOT, 'index.html'))) {
    throw new Error(
      `No production build of the demo in ${DEMO_ROOT}. Run \`node scripts/e2e.mjs\`, which builds it, ` +
        'or `ng build callback-service && ng build demo-app` before `playwright test`.',
    );
  }
  const emulator = await startEmulatorProcess(EMULATOR_PORT, EMULATOR_SERVICES);
  try {
    const demo = await startDemoServer({
      root: DEMO_ROOT,
      port: DEMO_PORT,
      emulatorOrigin: emulator.url,
    });
    return async () => {
      await demo.close();
      await emulator.stop();
    };
  } catch (error) {
    await emulator.stop();
    throw error;
  }
}
