import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CARE_KEY, call, startTestEmulator, type TestEmulator } from './helpers.js';

describe('HTTP behaviour shared by every route', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ maxBodyBytes: 4096 });
  });
  after(() => t.close());

  describe('CORS', () => {
    for (const path of [
      '/genesys/1/service/callback/care',
      '/genesys/1/service/callback/care/availability',
      '/engagement/v3/callbacks/create',
      '/engagement/v3/callbacks/availability/care',
    ]) {
      it(`answers the preflight of ${path} with 204 and the allowed methods and headers`, async () => {
        const answer = await call('OPTIONS', `${t.base}${path}`, {
          headers: {
            Origin: 'http://localhost:4200',
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,x-api-key,apikey',
          },
        });
        assert.equal(answer.status, 204);
        assert.equal(answer.text, '');
        assert.equal(answer.headers['access-control-allow-origin'], '*');
        assert.equal(
          answer.headers['access-control-allow-methods'],
          'GET, POST, PUT, DELETE, OPTIONS',
        );
        assert.equal(
          answer.headers['access-control-allow-headers'],
          'Content-Type, apikey, x-api-key, Authorization',
        );
        assert.equal(answer.headers['access-control-max-age'], '600');
        assert.equal(answer.headers['access-control-allow-credentials'], undefined);
      });
    }

    it('also allows extra requested headers and private-network access', async () => {
      const answer = await call('OPTIONS', `${t.base}/engagement/v3/callbacks/create`, {
        headers: {
          Origin: 'https://portal.example.com',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-api-key, x-trace-id',
          'Access-Control-Request-Private-Network': 'true',
        },
      });
      assert.equal(
        answer.headers['access-control-allow-headers'],
        'Content-Type, apikey, x-api-key, Authorization, x-trace-id',
      );
      assert.equal(answer.headers['access-control-allow-private-network'], 'true');
    });

    it('puts CORS headers on successes and on errors of every API, exposing Retry-After', async () => {
      const answers = await Promise.all([
        call('GET', `${t.base}/genesys/1/service/callback/care/availability`, {
          headers: { Origin: 'http://a.test' },
        }),
        call('GET', `${t.base}/engagement/v3/callbacks/availability/care`, {
          headers: { Origin: 'http://a.test' },
        }),
        call('GET', `${t.base}/nowhere`),
      ]);
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [200, 401, 404],
      );
      for (const answer of answers) {
        assert.equal(answer.headers['access-control-allow-origin'], '*');
        assert.equal(
          answer.headers['access-control-expose-headers'],
          'Retry-After, X-Correlation-Id',
        );
        assert.equal(answer.headers['content-type'], 'application/json');
        assert.match(String(answer.headers['x-correlation-id']), /^[0-9a-f-]{36}$/);
      }
    });
  });

  describe('unknown routes and methods', () => {
    it('answers 404 in the shape of the API the path belongs to', async () => {
      const v1 = await call('GET', `${t.base}/genesys/1/service/chat/x`);
      assert.equal(v1.status, 404);
      assert.equal(v1.json.exception, 'com.genesyslab.gsg.GSGException');
      const v3 = await call('POST', `${t.base}/engagement/v3/callbacks/reschedule`, {
        headers: CARE_KEY,
        body: {},
      });
      assert.equal(v3.status, 404);
      assert.equal(v3.json.status.code, 404);
      const admin = await call('GET', `${t.base}/__emulator/nothing`);
      assert.deepEqual(admin.json, {
        message: 'No route for GET /__emulator/nothing.',
        error: 'route-not-found',
      });
      const root = await call('GET', `${t.base}//evil.example/x`);
      assert.equal(root.status, 404);
    });

    it('answers 405 with Allow for a known path and another method', async () => {
      const v3 = await call('GET', `${t.base}/engagement/v3/callbacks/create`, {
        headers: CARE_KEY,
      });
      assert.equal(v3.status, 405);
      assert.equal(v3.headers['allow'], 'POST, OPTIONS');
      assert.equal(v3.json.status.code, 405);
      const v1 = await call('PATCH', `${t.base}/genesys/1/service/callback/care/abc`);
      assert.equal(v1.status, 405);
      assert.equal(v1.headers['allow'], 'DELETE, PUT, OPTIONS');
    });
  });

  describe('bodies', () => {
    it('answers 413 for a body over the limit, announced or streamed, and keeps serving', async () => {
      const big = `_customer_number=5551234567&pad=${'x'.repeat(10_000)}`;
      const announced = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: big,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(announced.status, 413);
      assert.match(announced.json.message, /exceeds the limit of 4096 bytes/);
      const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          `${t.base}/engagement/v3/callbacks/create`,
          {
            method: 'POST',
            headers: { ...CARE_KEY, 'Content-Type': 'application/json' },
            agent: false,
          },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        for (let index = 0; index < 10; index++) req.write('x'.repeat(1000));
        req.end();
      });
      assert.equal(streamed.status, 413);
      assert.equal(JSON.parse(streamed.body).status.code, 413);
      assert.equal((await call('GET', `${t.base}/__emulator/health`)).status, 200);
    });

    it('sniffs JSON and forms without a Content-Type, and treats an empty body as no fields', async () => {
      const json = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: '{"_customer_number":"5551000001"}',
      });
      assert.equal(json.status, 200);
      const form = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: '_customer_number=5551000002',
      });
      assert.equal(form.status, 200);
      const beacon = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: '{"_customer_number":"5551000003"}',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      });
      assert.equal(beacon.status, 200);
      const empty = await call('POST', `${t.base}/genesys/1/service/callback/care`, { body: '' });
      assert.equal(empty.status, 400);
      assert.match(empty.json.message, /_customer_number is missing/);
      const badEscape = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: '_customer_number=%E0%A4%A',
      });
      assert.equal(badEscape.status, 400);
      assert.match(badEscape.json.message, /malformed percent-encoding/);
    });

    it('ends the handler at once when a client aborts, with one quiet log line', async () => {
      const lines: string[] = [];
      const warnings: string[] = [];
      const other = await startTestEmulator({
        log: (line) => lines.push(line),
        warn: (message) => warnings.push(message),
      });
      const create = `${other.base}/engagement/v3/callbacks/create`;
      const abortAfter = async (payload: string, length: number): Promise<void> => {
        const req = httpRequest(create, {
          method: 'POST',
          agent: false,
          headers: { ...CARE_KEY, 'Content-Type': 'application/json', 'Content-Length': length },
        });
        req.on('error', () => undefined);
        req.write(payload);
        await new Promise((resolve) => setTimeout(resolve, 100));
        req.destroy();
        const until = Date.now() + 1000;
        while (!lines.some((line) => line.endsWith('aborted by the client'))) {
          assert.ok(Date.now() < until, `no abort line in ${JSON.stringify(lines)}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        lines.length = 0;
      };
      try {
        // During a 60 s latency fault, with the whole body sent…
        await call('POST', `${other.base}/__emulator/faults`, {
          body: { method: 'POST', latencyMs: 60_000 },
        });
        const body = JSON.stringify({ serviceName: 'care', phoneNumber: '5551234567' });
        await abortAfter(body, Buffer.byteLength(body));
        // …and in the middle of an upload.
        await abortAfter('{"serviceName":', 1000);
        assert.deepEqual(warnings, [], 'no stack traces');
        const health = await call('GET', `${other.base}/__emulator/health`);
        assert.equal(health.json.callbacks, 0);
      } finally {
        await other.close();
      }
    });

    it('survives garbage on the socket without crashing', async () => {
      await new Promise<void>((resolve) => {
        const socket = connect(t.emulator.port, '127.0.0.1', () =>
          socket.end('NONSENSE \u0000\u0001 HTTP/9.9\r\n\r\n'),
        );
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
        socket.resume();
      });
      const deepForm = `a${'[x]'.repeat(50)}=1`;
      const deep = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        body: deepForm,
      });
      assert.equal(deep.status, 400);
      assert.equal((await call('GET', `${t.base}/__emulator/health`)).status, 200);
    });
  });
});
