import { resolve } from 'node:path';

// Where the suite's servers listen. Fixed ports (overridable) so that the Playwright config,
// read by the runner and by every worker, agrees with the global setup.

/** Port of the Callback API emulator started for the suite. */
export const EMULATOR_PORT = Number(process.env['E2E_EMULATOR_PORT'] ?? 8797);
/** Port of the static server that serves the built demo. */
export const DEMO_PORT = Number(process.env['E2E_DEMO_PORT'] ?? 4297);
/** Origin of the emulator. */
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
/** Origin of the demo. */
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;

/** The workspace root. */
export const WORKSPACE = resolve(__dirname, '../..');
/** The production build of the demo (`ng build demo-app`). */
export const DEMO_ROOT = resolve(WORKSPACE, 'dist/demo-app/browser');
/** The emulator's services for the suite: open 24/7, nothing pre-booked. */
export const EMULATOR_SERVICES = resolve(__dirname, 'emulator-services.json');
