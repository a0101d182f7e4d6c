import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../src/server.js';

/**
 * A server process the benchmark measures, driven over IPC (`child_process.fork`):
 * either the emulator or a bare `node:http` server that answers every request with one
 * recorded answer (the floor: no routing, no computing, the same bytes on the wire).
 *
 * Messages in: `{ type: 'emulator', config, dataFile? }`, `{ type: 'bare', status, headers,
 * body }`, `{ type: 'cpu' }`. Messages out: `{ type: 'ready', url }`, `{ type: 'cpu',
 * micros }` (user + system CPU of this process so far).
 */
export type ServerCommand =
  | { readonly type: 'emulator'; readonly config: string; readonly dataFile?: string }
  | {
      readonly type: 'bare';
      readonly status: number;
      readonly headers: OutgoingHttpHeaders;
      readonly body: string;
    }
  | { readonly type: 'cpu' };

/** What the process reports back. */
export type ServerReport =
  | { readonly type: 'ready'; readonly url: string }
  | { readonly type: 'cpu'; readonly micros: number };

function report(message: ServerReport): void {
  process.send?.(message);
}

async function serve(command: ServerCommand): Promise<void> {
  switch (command.type) {
    case 'cpu': {
      const usage = process.cpuUsage();
      report({ type: 'cpu', micros: usage.user + usage.system });
      return;
    }
    case 'emulator': {
      const emulator = await startEmulator({
        port: 0,
        config: command.config,
        quiet: true,
        ...(command.dataFile === undefined ? {} : { dataFile: command.dataFile }),
      });
      report({ type: 'ready', url: emulator.url });
      return;
    }
    case 'bare': {
      const { status, headers, body } = command;
      const server = createServer((_req, res) => {
        res.writeHead(status, headers);
        res.end(body);
      });
      server.listen(0, '127.0.0.1', () => {
        report({
          type: 'ready',
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        });
      });
      return;
    }
  }
}

process.on('message', (command: ServerCommand) => {
  serve(command).catch((error: unknown) => {
    process.stderr.write(`measured server failed: ${String(error)}\n`);
    process.exit(1);
  });
});
