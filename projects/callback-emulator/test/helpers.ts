import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/server.js';

/** Monday 2030-01-07 08:00 UTC: the fixed "now" of most tests. */
export const T0 = Date.parse('2030-01-07T08:00:00.000Z');

/**
 * Services of the tests:
 * - `care`: UTC, open 24/7 except 12:00–13:00, 15-minute slots of 2, 10:00 pre-booked full,
 *   3 callbacks per number per day, key `care-key`;
 * - `office`: Paris, Mon–Fri 09:00–17:00, closed all of 2030-01-08, 30-minute slots of 1,
 *   key `office-key` required on v1 too.
 */
export const TEST_CONFIG = {
  services: {
    care: {
      timeZone: 'UTC',
      slotMinutes: 15,
      capacity: 2,
      apiKey: 'care-key',
      maxCallbacksPerNumberPerDay: 3,
      officeHours: '24/7',
      closed: [{ from: '12:00', to: '13:00' }],
      preBooked: [{ from: '10:00', to: '10:15', count: 2 }],
    },
    office: {
      timeZone: 'Europe/Paris',
      slotMinutes: 30,
      capacity: 1,
      apiKey: 'office-key',
      requireApiKeyOnV1: true,
      officeHours: [{ days: ['mon-fri'], from: '09:00', to: '17:00' }],
      closed: [{ start: '2030-01-08T00:00:00+01:00', end: '2030-01-09T00:00:00+01:00' }],
    },
  },
};

/** A test emulator with a settable clock. */
export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly base: string;
  /** Sets the emulator's clock. */
  setNow(epochMs: number): void;
  /** Sets the clock back to `T0` and deletes every callback (the usual `beforeEach`). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Starts an emulator on a free loopback port with `TEST_CONFIG` and the clock at `T0`. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  let now = T0;
  const emulator = await startEmulator({
    config: TEST_CONFIG,
    quiet: true,
    now: () => now,
    ...options,
  });
  return {
    emulator,
    base: emulator.url,
    setNow: (epochMs) => {
      now = epochMs;
    },
    reset: async () => {
      now = T0;
      await call('DELETE', `${emulator.url}/__emulator/callbacks`);
    },
    close: () => emulator.close(),
  };
}

/** A decoded answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** The body as JSON (`undefined` when empty). */
  // The tests read arbitrary JSON: `any` keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

/** Request options of `call`. */
export interface CallOptions {
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON (unless a Content-Type says otherwise), a string as is. */
  readonly body?: unknown;
  /** Sends `body` (an object of strings) form-urlencoded, as jQuery does. */
  readonly form?: boolean;
}

/** Sends one HTTP request on a fresh connection and reads the whole answer. */
export function call(method: string, url: string, options: CallOptions = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string') payload = Buffer.from(options.body);
    else if (options.form) {
      payload = Buffer.from(new URLSearchParams(options.body as Record<string, string>).toString());
      headers['Content-Type'] ??= 'application/x-www-form-urlencoded; charset=UTF-8';
    } else {
      payload = Buffer.from(JSON.stringify(options.body));
      headers['Content-Type'] ??= 'application/json';
    }
    headers['Content-Length'] = String(payload.length);
  }
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Headers with the `care` service's v3 key. */
export const CARE_KEY = { 'x-api-key': 'care-key' };

/** Books a v3 callback on `care` and returns the id (fails the test on a non-200). */
export async function bookV3(base: string, body: Record<string, unknown>): Promise<string> {
  const answer = await call('POST', `${base}/engagement/v3/callbacks/create`, {
    headers: CARE_KEY,
    body: { serviceName: 'care', ...body },
  });
  if (answer.status !== 200) throw new Error(`booking failed: ${answer.status} ${answer.text}`);
  return answer.json.data.id as string;
}
