import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { call, startTestEmulator, type TestEmulator } from './helpers.js';

// A small deterministic generator (mulberry32): the same seed gives the same calls.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const PATHS = [
  '/__emulator/faults',
  '/__emulator/callbacks',
  '/__emulator/health',
  '/genesys/1/service/callback/care',
  '/genesys/1/service/callback/care/availability',
  '/genesys/1/service/callback/care/%E0%A4%A',
  '/genesys/1/service/callback/care/../office',
  '/engagement/v3/callbacks/create',
  '/engagement/v3/callbacks/availability/care',
  '/engagement/v3/callbacks/open-for/care',
  '/engagement/v3/callbacks/retrieve',
  '//evil.example/x',
  '/%2e%2e/%2e%2e',
];
const ORIGINS = [
  undefined,
  'http://localhost:4200',
  'https://evil.example',
  'null',
  'http://[::1]:1',
];
const TYPES = [undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded'];
const BODIES = [
  undefined,
  '',
  '{',
  '[]',
  '{"__proto__":{"polluted":true},"status":500}',
  '{"pathGlob":"/**/**/**/**/**/**/**/**/**/*a*a*a*a*a*a*a*a*b","status":503}',
  '{"pathRegex":"^/(a+)+$","status":500}',
  '{"_new_desired_time":"2030-01-07T14:00:00.000Z"}',
  '_customer_number=555&userData[__proto__][x]=1',
  '{"serviceName":"care","phoneNumber":"\\ud800"}',
  `{"deep":${'['.repeat(5000)}${']'.repeat(5000)}}`,
];
const EXPECTED_STATUSES = new Set([
  200, 201, 204, 400, 401, 403, 404, 405, 413, 415, 429, 500, 503,
]);

describe('hostile requests (seeded fuzz over real HTTP)', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ maxBodyBytes: 8192 });
  });
  after(() => t.close());

  it('answers 2,000 seeded hostile calls with JSON or a 204, never a hang, a crash or a foreign admin answer', async () => {
    const next = random(20261201);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const seen = new Set<number>();
    const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
        (resolve, reject) => {
          const req = request(`${t.base}${path}`, { method, headers, agent }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, text }),
            );
          });
          req.setTimeout(5000, () => req.destroy(new Error(`${method} ${path} hung`)));
          req.on('error', reject);
          req.end(body);
        },
      );
    try {
      for (let batch = 0; batch < 250; batch++) {
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            const method = pick(METHODS);
            const path = pick(PATHS);
            const origin = pick(ORIGINS);
            const type = pick(TYPES);
            const body = method === 'GET' || method === 'OPTIONS' ? undefined : pick(BODIES);
            const headers: Record<string, string> = {};
            if (origin !== undefined) headers['Origin'] = origin;
            if (type !== undefined) headers['Content-Type'] = type;
            if (next() < 0.5) headers['x-api-key'] = 'care-key';
            if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
            const answer = await send(method, path, headers, body);
            const what = `${method} ${path} origin=${origin} type=${type} body=${body?.slice(0, 40)}`;
            assert.ok(EXPECTED_STATUSES.has(answer.status), `${what}: ${answer.status}`);
            seen.add(answer.status);
            if (answer.status !== 204 && answer.text !== '') JSON.parse(answer.text);
            const foreign =
              origin !== undefined &&
              origin !== 'http://localhost:4200' &&
              origin !== 'http://[::1]:1';
            if (path.startsWith('/__emulator') && foreign) {
              assert.equal(answer.status, 403, what);
              assert.equal(answer.headers['access-control-allow-origin'], undefined, what);
            }
          }),
        );
      }
    } finally {
      agent.destroy();
    }
    // The calls reached every gate: admitted, refused by origin, by type, by route.
    for (const status of [200, 201, 204, 400, 401, 403, 404, 405, 413, 415])
      assert.ok(seen.has(status), `${status} never seen`);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    const started = Date.now();
    assert.equal((await call('GET', `${t.base}/__emulator/health`)).status, 200);
    assert.ok(Date.now() - started < 1000);
    assert.equal((await call('DELETE', `${t.base}/__emulator/faults`)).status, 200);
  });
});
