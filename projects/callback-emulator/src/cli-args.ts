/** Options the command line accepts. */
export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly config: string | undefined;
  readonly data: string | undefined;
  readonly quiet: boolean;
  readonly help: boolean;
  /** Origins trusted by the admin API on top of the loopback defaults. */
  readonly trustOrigins: readonly string[];
}

/** Port the CLI listens on when `--port` is not given. */
export const DEFAULT_CLI_PORT = 8787;

/** The `--help` text. */
export const USAGE = `Usage: callback-emulator [options]

Genesys Callback API v1 (GMS) and v3 (Engagement API) emulator.

Options:
  --port N        port to listen on (default ${DEFAULT_CLI_PORT}; 0 picks a free one)
  --host HOST     interface to bind (default 127.0.0.1)
  --config FILE   services config (default config/default-services.json)
  --data FILE     keep bookings in this JSON-lines journal (default: memory only)
  --trust-origin ORIGIN
                  also let pages of ORIGIN (e.g. https://portal.test:8443, or
                  http://devbox:* for any port) use the admin API /__emulator;
                  repeatable (default: only pages on localhost, 127.0.0.1, [::1])
  --quiet         no per-request log lines
  --help          this text`;

/** Thrown for a bad command line; the message says what to fix. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/**
 * Parses `--name value` and `--name=value` arguments.
 *
 * ```ts
 * parseCliArgs(['--port', '8787', '--data', 'bookings.jsonl']);
 * ```
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let port = DEFAULT_CLI_PORT;
  let host = '127.0.0.1';
  let config: string | undefined;
  let data: string | undefined;
  let quiet = false;
  let help = false;
  const trustOrigins: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--'))) {
        throw new CliError(`${name} needs a value.`);
      }
      return next;
    };
    switch (name) {
      case '--port': {
        const text = value();
        port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535)
          throw new CliError(`--port must be a number from 0 to 65535, got "${text}".`);
        break;
      }
      case '--host':
        host = value();
        break;
      case '--config':
        config = value();
        break;
      case '--data':
        data = value();
        break;
      case '--trust-origin':
        trustOrigins.push(value());
        break;
      case '--quiet':
        quiet = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new CliError(`Unknown argument "${arg}". Try --help.`);
    }
  }
  return { port, host, config, data, quiet, help, trustOrigins };
}
