import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { adminRoutes } from './admin-routes.js';
import { BookingService } from './booking/booking-service.js';
import { ServiceRegistry } from './booking/service-registry.js';
import { resolveConfigOption } from './config/load-config.js';
import type { EmulatorConfig } from './config/service-definition.js';
import type { OpenJournalHandle } from './booking/journal.js';
import { FaultInjector } from './fault-injection.js';
import { DEFAULT_TRUSTED_ORIGINS, OriginPolicy, isLoopbackAddress } from './http/admin-access.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/body-parsing.js';
import { createRequestHandler } from './request-handler.js';
import { v1Routes } from './v1-routes.js';
import { v3Routes } from './v3-routes.js';

/** Options of `startEmulator`. Everything is optional: the defaults serve the shipped config. */
export interface EmulatorOptions {
  /** TCP port; `0` (the default here) picks a free one. The CLI defaults to 8787. */
  readonly port?: number;
  /** Interface to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /**
   * Services: a config file path, a config document (validated here), or an already
   * validated config. Default: `config/default-services.json`.
   */
  readonly config?: string | object | EmulatorConfig;
  /** JSON-lines journal that makes bookings durable (replayed on start). Default: memory only. */
  readonly dataFile?: string;
  /** Clock in epoch milliseconds; tests inject a fixed one. Default `Date.now`. */
  readonly now?: () => number;
  /** Silences the per-request log line. */
  readonly quiet?: boolean;
  /** Receives the per-request log lines instead of stdout. */
  readonly log?: (line: string) => void;
  /** Receives warnings (torn journal lines, unexpected failures) instead of stderr. */
  readonly warn?: (message: string) => void;
  /**
   * Origins of the web pages that may call the admin API (`/__emulator/…`): exact origins
   * or `scheme://host:*` for any port. Replaces the default `DEFAULT_TRUSTED_ORIGINS`
   * (pages on localhost, 127.0.0.1 and [::1]); spread it to add to it. Requests without an
   * `Origin` header (not from a page) are always answered. The Callback API routes answer
   * every origin whatever this says.
   */
  readonly trustedOrigins?: readonly string[];
  /** Request body limit in bytes; default 64 KiB. Larger bodies get 413. */
  readonly maxBodyBytes?: number;
  /** Test seam: opens the journal file for appending (tests inject failing writes). */
  readonly openJournalHandle?: OpenJournalHandle;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:8787` (no trailing slash). */
  readonly url: string;
  /** The port actually bound. */
  readonly port: number;
  /** Stops accepting connections, lets requests in flight finish (1 s grace), closes the journal. */
  close(): Promise<void>;
}

/**
 * Starts the Genesys Callback API emulator (v1 GMS and v3 GES routes, plus the
 * `/__emulator` admin API) on `node:http`. Resolves once it listens.
 *
 * ```ts
 * const emulator = await startEmulator({ port: 0, quiet: true, now: () => Date.parse('2030-01-07T08:00:00Z') });
 * const dataURL = `${emulator.url}/genesys/1/service/callback/customer-care`;
 * // …
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return (await launchEmulator(options)).emulator;
}

/** A started emulator with its insides, for in-process control (`startCallbackEmulator`). */
export interface LaunchedEmulator {
  readonly emulator: RunningEmulator;
  readonly bookings: BookingService;
  readonly faults: FaultInjector;
}

/** Starts the emulator as `startEmulator` does, and also hands out its store and faults. */
export async function launchEmulator(options: EmulatorOptions = {}): Promise<LaunchedEmulator> {
  const config = resolveConfigOption(options.config);
  const adminOrigins = OriginPolicy.of(options.trustedOrigins ?? DEFAULT_TRUSTED_ORIGINS);
  const now = options.now ?? Date.now;
  const warn =
    options.warn ?? ((message: string) => process.stderr.write(`[callback-emulator] ${message}\n`));
  const log =
    options.log ??
    (options.quiet ? undefined : (line: string) => process.stdout.write(`${line}\n`));
  const services = new ServiceRegistry(config);
  const bookings = await BookingService.open(
    services,
    now,
    options.dataFile,
    warn,
    options.openJournalHandle,
  );
  const faults = new FaultInjector();
  const shutdown = new AbortController();
  const host = options.host ?? '127.0.0.1';
  const handler = createRequestHandler({
    groups: [
      v1Routes(bookings),
      v3Routes(bookings),
      adminRoutes({ bookings, faults, startedAtMs: Date.now() }),
    ],
    faults,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    adminOrigins,
    // Bound beyond loopback, the user chose to be reached by other names (containers, LAN).
    loopbackOnly: isLoopbackAddress(host),
    log,
    warn,
    shutdown: shutdown.signal,
  });
  const server = createServer(handler);
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    await bookings.store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  const emulator: RunningEmulator = {
    url: `http://${urlHost}:${port}`,
    port,
    close: () => {
      shutdown.abort();
      return (closing ??= shutDown(server, () => bookings.store.close()));
    },
  };
  return { emulator, bookings, faults };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function shutDown(server: Server, closeStore: () => Promise<void>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Requests in flight (a latency fault, a journal fsync) get a moment to finish.
  const grace = setTimeout(() => server.closeAllConnections(), 1000);
  await closed;
  clearTimeout(grace);
  await closeStore();
}

export type { EmulatorConfig } from './config/service-definition.js';
export { DEFAULT_TRUSTED_ORIGINS } from './http/admin-access.js';
