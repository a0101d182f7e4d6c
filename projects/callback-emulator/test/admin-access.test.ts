import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulator } from '../src/server.js';
import { CARE_KEY, call, startTestEmulator, type TestEmulator } from './helpers.js';

describe('admin API access: trusted pages and JSON only', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await call('DELETE', `${t.base}/__emulator/faults`);
  });

  const fault = { path: '/genesys', status: 503 };
  const armedCount = async () =>
    (await call('GET', `${t.base}/__emulator/faults`)).json.faults.length as number;

  it('refuses every admin call from a foreign page with 403 and no CORS grant', async () => {
    const headers = { Origin: 'https://evil.example' };
    const answers = await Promise.all([
      call('GET', `${t.base}/__emulator/callbacks`, { headers }),
      call('DELETE', `${t.base}/__emulator/callbacks`, { headers }),
      call('POST', `${t.base}/__emulator/faults`, { headers, body: fault }),
      call('GET', `${t.base}/__emulator/health`, { headers: { Origin: 'null' } }),
      call('GET', `${t.base}/__emulator/health`, {
        headers: { Origin: 'http://localhost.evil.example:4200' },
      }),
    ]);
    for (const answer of answers) {
      assert.equal(answer.status, 403, answer.text);
      assert.equal(answer.json.error, 'forbidden-origin');
      assert.equal(answer.headers['access-control-allow-origin'], undefined);
    }
    assert.match(answers[0]?.json.message, /"https:\/\/evil.example".*--trust-origin/);
    assert.equal(await armedCount(), 0);
  });

  it('answers loopback pages on any port, echoing their origin', async () => {
    for (const origin of ['http://localhost:4200', 'http://127.0.0.1:9', 'http://[::1]:4304']) {
      const answer = await call('POST', `${t.base}/__emulator/faults`, {
        headers: { Origin: origin },
        body: fault,
      });
      assert.equal(answer.status, 201, `${origin}: ${answer.text}`);
      assert.equal(answer.headers['access-control-allow-origin'], origin);
      assert.equal(answer.headers['vary'], 'Origin');
    }
    assert.equal(await armedCount(), 3);
  });

  it('refuses bodies that are not application/json with 415, whatever they hold', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const answer = await call('POST', `${t.base}/__emulator/faults`, {
        headers: type === undefined ? {} : { 'Content-Type': type },
        body: JSON.stringify(fault),
      });
      assert.equal(answer.status, 415, `${type}: ${answer.text}`);
      assert.equal(answer.json.error, 'unsupported-media-type');
      assert.match(answer.json.message, /application\/json/);
    }
    const charset = await call('POST', `${t.base}/__emulator/faults`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(fault),
    });
    assert.equal(charset.status, 201);
    assert.equal(await armedCount(), 1);
  });

  it('answers admin preflights of trusted pages only, never for private-network access', async () => {
    const preflight = (origin: string) =>
      call('OPTIONS', `${t.base}/__emulator/faults`, {
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
          'Access-Control-Request-Private-Network': 'true',
        },
      });
    const trusted = await preflight('http://localhost:4200');
    assert.equal(trusted.status, 204);
    assert.equal(trusted.headers['access-control-allow-origin'], 'http://localhost:4200');
    assert.equal(trusted.headers['access-control-allow-headers'], 'Content-Type');
    assert.equal(trusted.headers['access-control-allow-private-network'], undefined);
    const foreign = await preflight('https://evil.example');
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    assert.equal(foreign.headers['access-control-allow-methods'], undefined);
  });

  it('keeps the Callback API routes open to every page, private network included', async () => {
    const headers = { Origin: 'https://portal.example.com', ...CARE_KEY };
    const availability = await call('GET', `${t.base}/engagement/v3/callbacks/availability/care`, {
      headers,
    });
    assert.equal(availability.status, 200);
    assert.equal(availability.headers['access-control-allow-origin'], '*');
    const preflight = await call('OPTIONS', `${t.base}/engagement/v3/callbacks/create`, {
      headers: {
        Origin: 'https://portal.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-private-network'], 'true');
  });

  it('trusts the origins it is given instead of the loopback ones', async () => {
    const other = await startEmulator({
      quiet: true,
      trustedOrigins: ['https://portal.test:8443', 'http://devbox:*'],
    });
    try {
      const status = async (origin: string) =>
        (await call('GET', `${other.url}/__emulator/health`, { headers: { Origin: origin } }))
          .status;
      assert.equal(await status('https://portal.test:8443'), 200);
      assert.equal(await status('HTTPS://PORTAL.TEST:8443'), 200);
      assert.equal(await status('https://portal.test'), 403);
      assert.equal(await status('http://devbox:3000'), 200);
      assert.equal(await status('http://devbox:3000x'), 403);
      assert.equal(await status('http://localhost:4200'), 403);
      assert.equal((await call('GET', `${other.url}/__emulator/health`)).status, 200);
    } finally {
      await other.close();
    }
  });

  it('refuses admin calls to another host name while on loopback (DNS rebinding)', async () => {
    const port = t.emulator.port;
    const rebound = await call('GET', `${t.base}/__emulator/callbacks`, {
      headers: { Host: `attacker.example:${port}` },
    });
    assert.equal(rebound.status, 403);
    assert.equal(rebound.json.error, 'forbidden-host');
    assert.match(rebound.json.message, /"attacker.example:\d+"/);
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `app.localhost:${port}`]) {
      const answer = await call('GET', `${t.base}/__emulator/health`, { headers: { Host: host } });
      assert.equal(answer.status, 200, host);
    }
    // The Callback API itself answers whatever name it is reached by.
    const api = await call('GET', `${t.base}/genesys/1/service/callback/care/availability`, {
      headers: { Host: `attacker.example:${port}` },
    });
    assert.equal(api.status, 200);
  });

  it('answers any host name when bound beyond loopback (containers, LAN)', async () => {
    const wide = await startEmulator({ quiet: true, host: '0.0.0.0' });
    try {
      const answer = await call('GET', `http://127.0.0.1:${wide.port}/__emulator/health`, {
        headers: { Host: `emulator:${wide.port}` },
      });
      assert.equal(answer.status, 200);
    } finally {
      await wide.close();
    }
  });

  it('refuses a malformed trusted origin at start-up, naming it', async () => {
    await assert.rejects(
      startEmulator({ quiet: true, trustedOrigins: ['portal.test'] }),
      /trusted origin must look like .*"portal.test"/,
    );
  });
});

describe('fault paths: globs that cannot block the server', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());
  beforeEach(() => call('DELETE', `${t.base}/__emulator/faults`));

  const arm = (body: unknown) => call('POST', `${t.base}/__emulator/faults`, { body });

  it('matches * within one segment and ** across segments, on the whole path', async () => {
    const armed = await arm({
      method: 'POST',
      pathGlob: ['/genesys/1/service/callback/*', '/engagement/**/create'],
      status: 500,
      count: 10,
    });
    assert.equal(armed.status, 201, armed.text);
    assert.deepEqual(armed.json.fault.pathGlob, [
      '/genesys/1/service/callback/*',
      '/engagement/**/create',
    ]);
    const v1 = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
      form: true,
      body: { _customer_number: '5551234567' },
    });
    assert.equal(v1.status, 500);
    const v3 = await call('POST', `${t.base}/engagement/v3/callbacks/create`, {
      headers: CARE_KEY,
      body: { serviceName: 'care', phoneNumber: '5551234567' },
    });
    assert.equal(v3.status, 500);
    // Not matched: another segment count, another method.
    const cancel = await call('POST', `${t.base}/engagement/v3/callbacks/cancel`, {
      headers: CARE_KEY,
      body: { id: 'nope' },
    });
    assert.equal(cancel.status, 404);
    const availability = await call(
      'GET',
      `${t.base}/genesys/1/service/callback/care/availability`,
    );
    assert.equal(availability.status, 200);
    assert.equal((await call('GET', `${t.base}/__emulator/faults`)).json.faults[0].hits, 2);
  });

  it('stays fast on patterns and paths built to backtrack, and can always be disarmed', async () => {
    const stars = `/${'*a'.repeat(120)}b`;
    const deep = `/${'**/a/'.repeat(80)}b`;
    await arm({ pathGlob: [stars, deep], status: 500, count: 1000 });
    const started = Date.now();
    for (let index = 0; index < 20; index++) {
      const answer = await call('GET', `${t.base}/${'a'.repeat(4000)}`);
      assert.equal(answer.status, 404);
      const segments = await call('GET', `${t.base}/${'a/'.repeat(2000)}`);
      assert.equal(segments.status, 404);
    }
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 2000, `40 requests took ${elapsed} ms`);
    assert.deepEqual((await call('DELETE', `${t.base}/__emulator/faults`)).json, { deleted: 1 });
  });
});
