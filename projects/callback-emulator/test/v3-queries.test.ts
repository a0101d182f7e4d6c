import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bookV3, CARE_KEY, call, startTestEmulator, type TestEmulator } from './helpers.js';

describe('v3 availability, cancel and retrieve', () => {
  let t: TestEmulator;
  let v3: string;
  before(async () => {
    t = await startTestEmulator();
    v3 = `${t.base}/engagement/v3/callbacks`;
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const availability = (
    service: string,
    query: string,
    headers: Record<string, string> = CARE_KEY,
  ) =>
    call('GET', `${v3}/availability/${service}${query}`, {
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  describe('GET availability/{service}', () => {
    it('lists slots with utcTime, localTime, capacity and total, plus durationMin and timezone', async () => {
      const answer = await availability(
        'care',
        '?start=2030-01-07T09:45:00.000Z&numberOfDays=1&maxTimeSlots=2',
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.json.status.code, 0);
      assert.deepEqual(answer.json.data, {
        slots: [
          {
            utcTime: '2030-01-07T09:45:00.000Z',
            localTime: '2030-01-07T09:45:00.000+00:00',
            capacity: 2,
            total: 2,
          },
          {
            utcTime: '2030-01-07T10:00:00.000Z',
            localTime: '2030-01-07T10:00:00.000+00:00',
            capacity: 0,
            total: 2,
          },
          {
            utcTime: '2030-01-07T10:15:00.000Z',
            localTime: '2030-01-07T10:15:00.000+00:00',
            capacity: 2,
            total: 2,
          },
        ],
        durationMin: 15,
        timezone: 'UTC',
      });
    });

    it('formats localTime in the requested timezone and reads offset-less times in it', async () => {
      const answer = await availability(
        'care',
        '?start=2030-01-07T10:15:00&end=2030-01-07T10:45:00&timezone=America/New_York',
      );
      assert.equal(answer.json.data.timezone, 'America/New_York');
      assert.deepEqual(
        answer.json.data.slots.map((slot: { utcTime: string; localTime: string }) => [
          slot.utcTime,
          slot.localTime,
        ]),
        [
          ['2030-01-07T15:15:00.000Z', '2030-01-07T10:15:00.000-05:00'],
          ['2030-01-07T15:30:00.000Z', '2030-01-07T10:30:00.000-05:00'],
        ],
      );
    });

    it("defaults to the service's zone (Paris for office) and its day", async () => {
      const answer = await availability('office', '', { 'x-api-key': 'office-key' });
      assert.equal(answer.json.data.timezone, 'Europe/Paris');
      assert.equal(answer.json.data.durationMin, 30);
      const slots = answer.json.data.slots as {
        localTime: string;
        capacity: number;
        total: number;
      }[];
      assert.equal(slots.length, 16);
      assert.equal(slots[0]?.localTime, '2030-01-07T09:00:00.000+01:00');
      assert.equal(slots.at(-1)?.localTime, '2030-01-07T16:30:00.000+01:00');
      assert.ok(slots.every((slot) => slot.capacity === 1 && slot.total === 1));
    });

    it('accepts startMS/endMS and leaves full slots out with reportBusy=false', async () => {
      const start = Date.parse('2030-01-07T09:45:00.000Z');
      const answer = await availability(
        'care',
        `?startMS=${start}&endMS=${start + 45 * 60_000}&reportBusy=false`,
      );
      assert.deepEqual(
        answer.json.data.slots.map((slot: { utcTime: string }) => slot.utcTime),
        ['2030-01-07T09:45:00.000Z', '2030-01-07T10:15:00.000Z'],
      );
    });

    it('rejects bad parameters with 400 code 501, unknown services with 7040, missing keys with 401', async () => {
      const cases: [string, RegExp][] = [
        ['?start=soon', /`start` must be an ISO-8601/],
        ['?numberOfDays=two', /`numberOfDays` must be a whole number/],
        ['?maxTimeSlots=-3', /`maxTimeSlots` must be a whole number/],
        ['?startMS=abc', /`startMS` must be epoch milliseconds/],
        ['?start=2030-01-07T09:00:00Z&startMS=1', /Set only one of `start` and `startMS`/],
        [
          '?end=2030-01-08T00:00:00Z&numberOfDays=1',
          /Set only one of `end`, `endMS`, `numberOfDays`/,
        ],
        ['?timezone=Mars/Olympus', /`timezone` must be an IANA time zone/],
        ['?startMS=999999999999999', /`startMS` must lie between 1 day ago and 366 days ahead/],
        ['?startMS=1', /`startMS` must lie between 1 day ago and 366 days ahead/],
        ['?endMS=999999999999999', /at most 62 days/],
      ];
      for (const [query, message] of cases) {
        const answer = await availability('care', query);
        assert.equal(answer.status, 400, query);
        assert.equal(answer.json.status.code, 501, query);
        assert.match(answer.json.status.message, message, query);
      }
      const unknown = await availability('nope', '');
      assert.equal(unknown.status, 400);
      assert.equal(unknown.json.status.code, 7040);
      const noKey = await availability('care', '', {});
      assert.equal(noKey.status, 401);
      assert.equal(noKey.json.status.code, 1103);
      const otherKey = await availability('office', '', CARE_KEY);
      assert.equal(otherKey.status, 401);
    });

    it('decodes a percent-encoded service name in the path', async () => {
      const answer = await availability('c%61re', '?numberOfDays=1&maxTimeSlots=1');
      assert.equal(answer.status, 200);
      const malformed = await availability('%E0%A4%A', '');
      assert.equal(malformed.status, 400);
      assert.equal(malformed.json.status.code, 501);
    });
  });

  describe('POST cancel and retrieve', () => {
    it('retrieves a scheduled callback, cancels it, then reports it COMPLETED/CANCELLED', async () => {
      const id = await bookV3(t.base, {
        phoneNumber: '5551234567',
        desiredTime: '2030-01-07T09:00:00.000Z',
      });
      const retrieved = await call('POST', `${v3}/retrieve`, { headers: CARE_KEY, body: { id } });
      assert.equal(retrieved.status, 200);
      assert.deepEqual(retrieved.json.data, {
        id,
        serviceName: 'care',
        desiredTime: '2030-01-07T09:00:00.000Z',
        callbackState: 'SCHEDULED',
        phoneNumber: '5551234567',
      });
      const cancelled = await call('POST', `${v3}/cancel`, { headers: CARE_KEY, body: { id } });
      assert.equal(cancelled.status, 200);
      assert.deepEqual(cancelled.json.data, { id });
      assert.equal(cancelled.json.status.message, 'Successful');
      const after = await call('POST', `${v3}/retrieve`, { headers: CARE_KEY, body: { id } });
      assert.equal(after.json.data.callbackState, 'COMPLETED');
      assert.equal(after.json.data.callbackReason, 'CANCELLED');
      const again = await call('POST', `${v3}/cancel`, { headers: CARE_KEY, body: { id } });
      assert.equal(again.status, 400);
      assert.equal(again.json.status.code, 501);
    });

    it('reports queue position and an estimated wait for immediate callbacks', async () => {
      await bookV3(t.base, { phoneNumber: '5551111111' });
      const second = await bookV3(t.base, { phoneNumber: '5552222222' });
      const answer = await call('POST', `${v3}/retrieve`, {
        headers: CARE_KEY,
        body: { id: second },
      });
      assert.equal(answer.json.data.callbackState, 'QUEUED');
      assert.equal(answer.json.data.positionInQueue, 2);
      assert.equal(answer.json.data.estimatedWaitTime, 180);
    });

    it('accepts form bodies, answers 404 for unknown ids and 400 without an id', async () => {
      const id = await bookV3(t.base, { phoneNumber: '5551234567' });
      const form = await call('POST', `${v3}/retrieve`, {
        headers: CARE_KEY,
        form: true,
        body: { id },
      });
      assert.equal(form.json.data.id, id);
      for (const route of ['cancel', 'retrieve']) {
        const unknown = await call('POST', `${v3}/${route}`, {
          headers: CARE_KEY,
          body: { id: 'nope' },
        });
        assert.equal(unknown.status, 404, route);
        assert.equal(unknown.json.status.code, 404);
        assert.equal(unknown.json.status.message, 'Callback "nope" not found.');
        const empty = await call('POST', `${v3}/${route}`, { headers: CARE_KEY, body: {} });
        assert.equal(empty.status, 400);
        assert.equal(empty.json.status.code, 501);
        const noKey = await call('POST', `${v3}/${route}`, { body: { id } });
        assert.equal(noKey.status, 401);
        const otherKey = await call('POST', `${v3}/${route}`, {
          headers: { 'x-api-key': 'office-key' },
          body: { id },
        });
        assert.equal(otherKey.status, 401);
      }
    });

    it('shares bookings between the APIs: a v1 booking can be retrieved over v3', async () => {
      const v1 = await call('POST', `${t.base}/genesys/1/service/callback/care`, {
        form: true,
        body: { _customer_number: '5551234567' },
      });
      const answer = await call('POST', `${v3}/retrieve`, {
        headers: CARE_KEY,
        body: { id: v1.json._id },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.json.data.callbackState, 'QUEUED');
    });
  });
});
