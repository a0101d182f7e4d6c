import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bookV3, CARE_KEY, call, startTestEmulator, type TestEmulator } from './helpers.js';

describe('admin API and fault injection', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await call('DELETE', `${t.base}/__emulator/faults`);
  });

  const admin = (method: string, path: string, body?: unknown) =>
    call(method, `${t.base}/__emulator${path}`, { body });
  const v3Create = (body: Record<string, unknown> = {}) =>
    call('POST', `${t.base}/engagement/v3/callbacks/create`, {
      headers: CARE_KEY,
      body: { serviceName: 'care', phoneNumber: '5551234567', ...body },
    });
  const v1Availability = () =>
    call('GET', `${t.base}/genesys/1/service/callback/care/availability`);

  describe('callbacks and health', () => {
    it('reports health with the clock, durability, counts and services', async () => {
      await bookV3(t.base, { phoneNumber: '5551234567' });
      const answer = await admin('GET', '/health');
      assert.equal(answer.status, 200);
      assert.equal(answer.json.status, 'ok');
      assert.equal(answer.json.now, '2030-01-07T08:00:00.000Z');
      assert.equal(answer.json.durable, false);
      assert.equal(answer.json.callbacks, 1);
      assert.deepEqual(answer.json.services, ['care', 'office']);
      const services = await admin('GET', '/services');
      assert.deepEqual(services.json.services[1], {
        name: 'office',
        timeZone: 'Europe/Paris',
        slotMinutes: 30,
        capacity: 1,
        maxCallbacksPerNumberPerDay: 10,
        apiKeyRequiredOnV1: true,
      });
    });

    it('lists bookings of both APIs with filters, and resets them', async () => {
      await bookV3(t.base, { phoneNumber: '5551111111' });
      await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        form: true,
        body: { _customer_number: '5552222222' },
      });
      const all = await admin('GET', '/callbacks');
      assert.equal(all.json.count, 2);
      assert.deepEqual(
        all.json.callbacks.map((record: { apiVersion: string }) => record.apiVersion),
        ['v3', 'v1'],
      );
      const v1Only = await call(
        'GET',
        `${t.base}/__emulator/callbacks?apiVersion=v1&phoneNumber=5552222222`,
      );
      assert.equal(v1Only.json.count, 1);
      assert.equal(
        (await call('GET', `${t.base}/__emulator/callbacks?state=COMPLETED`)).json.count,
        0,
      );
      assert.deepEqual((await admin('DELETE', '/callbacks')).json, { deleted: 2 });
      assert.equal((await admin('GET', '/callbacks')).json.count, 0);
    });

    it('needs no API key and is never faulted', async () => {
      await admin('POST', '/faults', { status: 500, count: 5 });
      assert.equal((await admin('GET', '/health')).status, 200);
      assert.equal((await admin('GET', '/faults')).json.faults[0].remaining, 5);
    });
  });

  describe('faults', () => {
    it('adds latency to the next matching request only', async () => {
      const armed = await admin('POST', '/faults', {
        method: 'GET',
        path: '/genesys/1/service/callback/care/availability',
        latencyMs: 300,
      });
      assert.equal(armed.status, 201);
      assert.equal(armed.json.fault.remaining, 1);
      let started = Date.now();
      const slow = await v1Availability();
      assert.equal(slow.status, 200);
      assert.ok(Date.now() - started >= 290, `took ${Date.now() - started} ms`);
      started = Date.now();
      await v1Availability();
      assert.ok(Date.now() - started < 250);
    });

    it('answers an injected status in the v3 shape with Retry-After, for N requests', async () => {
      await admin('POST', '/faults', {
        method: 'POST',
        path: '/engagement/v3/callbacks/create',
        status: 429,
        count: 2,
      });
      for (let index = 0; index < 2; index++) {
        const answer = await v3Create();
        assert.equal(answer.status, 429);
        assert.equal(answer.json.status.code, 429);
        assert.equal(answer.json.status.message, 'Injected fault: HTTP 429.');
        assert.equal(answer.headers['retry-after'], '1');
      }
      assert.equal((await v3Create()).status, 200);
      assert.deepEqual((await admin('GET', '/faults')).json.faults, []);
      assert.equal((await admin('GET', '/callbacks')).json.count, 1);
    });

    it('answers an injected status in the v1 shape, or with a given body', async () => {
      await admin('POST', '/faults', {
        pathGlob: '/genesys/**/availability',
        status: 503,
        retryAfterSec: 7,
      });
      const v1 = await v1Availability();
      assert.equal(v1.status, 503);
      assert.deepEqual(v1.json, {
        message: 'Injected fault: HTTP 503.',
        exception: 'com.genesyslab.gsg.GSGException',
      });
      assert.equal(v1.headers['retry-after'], '7');
      await admin('POST', '/faults', { path: '/genesys', status: 200, body: { not: 'a map' } });
      const custom = await v1Availability();
      assert.equal(custom.status, 200);
      assert.deepEqual(custom.json, { not: 'a map' });
    });

    it('drops the connection without an answer, and books nothing', async () => {
      await admin('POST', '/faults', {
        method: 'POST',
        path: '/engagement/v3/callbacks/create',
        drop: true,
      });
      await assert.rejects(v3Create(), (error: NodeJS.ErrnoException) => {
        assert.match(String(error.code ?? error.message), /ECONNRESET|socket hang up/);
        return true;
      });
      assert.equal((await admin('GET', '/callbacks')).json.count, 0);
      assert.equal((await v3Create()).status, 200);
    });

    it('combines latency with a drop, matches methods, and lists/clears faults', async () => {
      await admin('POST', '/faults', { method: 'DELETE', path: '/genesys', status: 500 });
      await admin('POST', '/faults', { path: '/genesys', latencyMs: 100, drop: true, count: 3 });
      const listed = await admin('GET', '/faults');
      assert.equal(listed.json.faults.length, 2);
      assert.equal(listed.json.faults[1].drop, true);
      // Stamped on the emulator's clock (fixed at 2030-01-07 08:00 here), as bookings are.
      assert.equal(listed.json.faults[0].createdAt, '2030-01-07T08:00:00.000Z');
      const started = Date.now();
      await assert.rejects(v1Availability());
      assert.ok(Date.now() - started >= 90);
      assert.deepEqual((await admin('DELETE', '/faults')).json, { deleted: 2 });
      assert.equal((await v1Availability()).status, 200);
    });

    it('cuts a pending latency short when the emulator closes', async () => {
      const other = await startTestEmulator();
      await call('POST', `${other.base}/__emulator/faults`, { body: { latencyMs: 60_000 } });
      const pending = call('GET', `${other.base}/genesys/1/service/callback/care/availability`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = Date.now();
      await other.close();
      await assert.rejects(pending);
      assert.ok(Date.now() - started < 1000, `close took ${Date.now() - started} ms`);
    });

    it('rejects invalid fault descriptions with 400 and a reason', async () => {
      const cases: [unknown, RegExp][] = [
        [{ path: '/x' }, /needs `latencyMs`, `status` or `drop`/],
        [{ status: 99 }, /`status` must be a whole number from 200 to 599/],
        [{ status: 204 }, /`status` must be 200, 201 or 400 to 599, got 204/],
        [{ status: 304 }, /`status` must be 200, 201 or 400 to 599, got 304/],
        [{ status: 500, drop: true }, /not both/],
        [{ latencyMs: -1 }, /`latencyMs` must be a whole number/],
        [{ latencyMs: 10, count: 0 }, /`count` must be a whole number/],
        [{ method: 'BREW', status: 500 }, /`method` must be one of/],
        [{ pathRegex: '^/(a+)+$', status: 500 }, /`pathRegex` is no longer supported/],
        [{ pathGlob: 'genesys/*', status: 500 }, /patterns must start with "\/"/],
        [{ pathGlob: [], status: 500 }, /list of 1 to 20 patterns/],
        [{ pathGlob: ['/a', 7], status: 500 }, /`pathGlob` must be a non-empty string/],
        [{ path: 'no-slash', status: 500 }, /must start with "\/"/],
        [{ status: 500, colour: 'red' }, /Unknown fault option "colour"/],
        [{ latencyMs: 5, body: {} }, /`body` needs a `status`/],
      ];
      for (const [body, message] of cases) {
        const answer = await admin('POST', '/faults', body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.equal(answer.json.error, 'invalid-parameter');
        assert.match(answer.json.message, message);
      }
      const array = await admin('POST', '/faults', [1]);
      assert.deepEqual(array.json, {
        message: 'The request body must be a JSON object.',
        error: 'malformed-body',
      });
      assert.deepEqual((await admin('GET', '/faults')).json.faults, []);
    });
  });
});
