#!/usr/bin/env node
import { resolve } from 'node:path';
import { CliError, USAGE, parseCliArgs, type CliOptions } from './cli-args.js';
import { loadConfigFile } from './config/load-config.js';
import { ConfigError } from './config/service-definition.js';
import { DEFAULT_TRUSTED_ORIGINS, startEmulator } from './server.js';

/**
 * Command-line entry (the package's `callback-emulator` bin): `callback-emulator --port 8787
 * --config FILE --data FILE [--host 127.0.0.1] [--trust-origin ORIGIN] [--quiet]`. Prints
 * the base URL and the dataURLs to use once it listens; stops cleanly on SIGINT/SIGTERM (a
 * second signal exits at once).
 */
async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliError) fail(error.message);
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let config;
  try {
    config = loadConfigFile(options.config === undefined ? undefined : resolve(options.config));
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const dataFile = options.data === undefined ? undefined : resolve(options.data);
  const emulator = await startEmulator({
    port: options.port,
    host: options.host,
    config,
    dataFile,
    quiet: options.quiet,
    trustedOrigins: [...DEFAULT_TRUSTED_ORIGINS, ...options.trustOrigins],
  }).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof TypeError) fail(`--trust-origin: ${error.message}`);
    if (error.code === 'EADDRINUSE')
      fail(`Port ${options.port} on ${options.host} is in use; pick another with --port.`);
    throw error;
  });
  const services = [...config.services.keys()];
  const first = services[0] ?? 'customer-care';
  process.stdout.write(
    [
      `Genesys Callback API emulator ready at ${emulator.url}`,
      `  services:    ${services.join(', ')}`,
      `  v1 dataURL:  ${emulator.url}/genesys/1/service/callback/${encodeURIComponent(first)}`,
      `  v3 dataURL:  ${emulator.url}/engagement/v3/callbacks  (serviceName "${first}", x-api-key from the config)`,
      `  admin:       ${emulator.url}/__emulator/health`,
      `  bookings:    ${dataFile === undefined ? 'in memory' : `durable in ${dataFile}`}`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`${signal}: stopping the emulator\n`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Failed to stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `The emulator failed to start: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
