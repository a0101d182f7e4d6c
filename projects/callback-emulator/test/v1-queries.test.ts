import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { call, startTestEmulator, type TestEmulator } from './helpers.js';

describe('v1 availability, cancel and query', () => {
  let t: TestEmulator;
  let care: string;
  before(async () => {
    t = await startTestEmulator();
    care = `${t.base}/genesys/1/service/callback/care`;
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const book = async (fields: Record<string, string>): Promise<string> => {
    const answer = await call('POST', care, {
      form: true,
      body: { _customer_number: '5551234567', ...fields },
    });
    assert.equal(answer.status, 200, answer.text);
    return answer.json._id as string;
  };
  const availability = (query: string) => call('GET', `${care}/availability${query}`);

  describe('GET {service}/availability', () => {
    it('maps every open slot of the window to its free capacity, full slots as 0, closed left out', async () => {
      const answer = await availability('?start=2030-01-07T09%3A00%3A00.000Z&number-of-days=1');
      assert.equal(answer.status, 200);
      const keys = Object.keys(answer.json);
      assert.equal(keys.length, 96 - 4);
      assert.equal(keys[0], '2030-01-07T09:00:00.000Z');
      assert.equal(keys.at(-1), '2030-01-08T08:45:00.000Z');
      assert.equal(answer.json['2030-01-07T10:00:00.000Z'], 0);
      assert.equal(answer.json['2030-01-07T10:15:00.000Z'], 2);
      assert.equal(answer.json['2030-01-07T12:15:00.000Z'], undefined);
      assert.ok(Object.values(answer.json).every((value) => value === 0 || value === 2));
    });

    it('defaults to now until the end of the office day, future slots only', async () => {
      const answer = await availability('');
      const keys = Object.keys(answer.json);
      assert.equal(keys[0], '2030-01-07T08:00:00.000Z');
      assert.equal(keys.at(-1), '2030-01-07T23:45:00.000Z');
      assert.equal(keys.length, 64 - 4);
      const past = await availability(
        '?start=2030-01-07T06:00:00.000Z&end=2030-01-07T08:30:00.000Z',
      );
      assert.deepEqual(Object.keys(past.json), [
        '2030-01-07T08:00:00.000Z',
        '2030-01-07T08:15:00.000Z',
      ]);
    });

    it('honours end and max-time-slots (which counts free slots only)', async () => {
      const byEnd = await availability(
        '?start=2030-01-07T09:00:00.000Z&end=2030-01-07T10:00:00.000Z',
      );
      assert.equal(Object.keys(byEnd.json).length, 4);
      const limited = await availability(
        '?start=2030-01-07T09:45:00.000Z&number-of-days=2&max-time-slots=3',
      );
      assert.deepEqual(limited.json, {
        '2030-01-07T09:45:00.000Z': 2,
        '2030-01-07T10:00:00.000Z': 0,
        '2030-01-07T10:15:00.000Z': 2,
        '2030-01-07T10:30:00.000Z': 2,
      });
    });

    it('counts bookings and frees the seat again on cancel', async () => {
      const id = await book({ _desired_time: '2030-01-07T09:00:00.000Z' });
      const query = '?start=2030-01-07T09:00:00.000Z&end=2030-01-07T09:15:00.000Z';
      assert.deepEqual((await availability(query)).json, { '2030-01-07T09:00:00.000Z': 1 });
      assert.equal((await call('DELETE', `${care}/${id}`)).status, 200);
      assert.deepEqual((await availability(query)).json, { '2030-01-07T09:00:00.000Z': 2 });
    });

    it('answers a GET that carries Content-Type: application/json like any other', async () => {
      const answer = await call(
        'GET',
        `${care}/availability?start=2030-01-07T09:00:00.000Z&end=2030-01-07T09:15:00.000Z`,
        {
          headers: { 'Content-Type': 'application/json' },
        },
      );
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.json, { '2030-01-07T09:00:00.000Z': 2 });
    });

    it('rejects bad parameters with 400 naming the parameter', async () => {
      const cases: [string, RegExp][] = [
        ['?start=yesterday', /`start` must be an ISO-8601/],
        ['?start=2030-13-01T00:00:00Z', /`start` must be an ISO-8601/],
        ['?number-of-days=x', /`number-of-days` must be a whole number/],
        ['?number-of-days=0', /`number-of-days` must be a whole number/],
        ['?number-of-days=-1', /`number-of-days` must be a whole number/],
        ['?number-of-days=1.5', /`number-of-days` must be a whole number/],
        ['?number-of-days=400', /`number-of-days` must be a whole number from 1 to 62/],
        ['?max-time-slots=0', /`max-time-slots` must be a whole number/],
        ['?max-time-slots=abc', /`max-time-slots` must be a whole number/],
        ['?end=2030-01-07T09:00:00Z&number-of-days=1', /Set only one of `end`, `number-of-days`/],
        ['?start=2030-01-07T09:00:00Z&end=2030-01-07T08:00:00Z', /must end after `start`/],
        ['?start=2030-01-07T09:00:00Z&end=2030-06-07T08:00:00Z', /at most 62 days/],
        ['?start=2031-01-09T00:00:00Z', /`start` must lie between 1 day ago and 366 days ahead/],
        ['?start=2030-01-06T07:59:59Z', /`start` must lie between 1 day ago and 366 days ahead/],
        ['?end=+275760-09-13T00:00:00Z', /at most 62 days|must be an ISO-8601/],
      ];
      for (const [query, message] of cases) {
        const answer = await availability(query);
        assert.equal(answer.status, 400, query);
        assert.match(answer.json.message, message, query);
        assert.equal(answer.json.exception, 'com.genesyslab.gsg.GSGException');
      }
      const unknown = await call('GET', `${t.base}/genesys/1/service/callback/nope/availability`);
      assert.equal(unknown.status, 404);
    });

    it('shows office hours in the service zone and closed periods of the office', async () => {
      const answer = await call(
        'GET',
        `${t.base}/genesys/1/service/callback/office/availability?number-of-days=2`,
        {
          headers: { apikey: 'office-key' },
        },
      );
      const keys = Object.keys(answer.json);
      // Monday 09:00–17:00 Paris (08:00–16:00 UTC) in 30-minute slots; Tuesday is closed all day.
      assert.equal(keys.length, 16);
      assert.equal(keys[0], '2030-01-07T08:00:00.000Z');
      assert.equal(keys.at(-1), '2030-01-07T15:30:00.000Z');
    });
  });

  describe('DELETE {service}/{id}', () => {
    it('cancels once; a second cancel is 400, an unknown id or another service 404', async () => {
      const id = await book({ _desired_time: '2030-01-07T09:00:00.000Z' });
      const wrongService = await call(
        'DELETE',
        `${t.base}/genesys/1/service/callback/office/${id}`,
        { headers: { apikey: 'office-key' } },
      );
      assert.equal(wrongService.status, 404);
      const cancelled = await call('DELETE', `${care}/${id}`);
      assert.equal(cancelled.status, 200);
      assert.deepEqual(cancelled.json, {});
      const again = await call('DELETE', `${care}/${id}`);
      assert.equal(again.status, 400);
      assert.match(again.json.message, /is COMPLETED \(CANCELLED\) and cannot be cancelled/);
      assert.equal(
        again.json.exception,
        'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionInvalidState',
      );
      const unknown = await call('DELETE', `${care}/does-not-exist`);
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.json, {
        message: 'Callback "does-not-exist" not found in service "care".',
        exception: 'com.genesyslab.gsg.services.callback.exceptions.CallbackExceptionNotFound',
      });
    });
  });

  describe('GET /genesys/1/service/callback?… (query)', () => {
    it('finds a record by _id with the GMS system keys and its user data', async () => {
      const id = await book({ _desired_time: '2030-01-07T09:00:00.000Z', firstname: 'Ann' });
      const answer = await call('GET', `${t.base}/genesys/1/service/callback?_id=${id}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.json, [
        {
          firstname: 'Ann',
          _id: id,
          _service_name: 'care',
          _callback_state: 'SCHEDULED',
          _desired_time: '2030-01-07T09:00:00.000Z',
          _customer_number: '5551234567',
          _request_time: '2030-01-07T08:00:00.000Z',
        },
      ]);
      assert.deepEqual(
        (await call('GET', `${t.base}/genesys/1/service/callback?_id=unknown`)).json,
        [],
      );
    });

    it('reports a cancelled callback as COMPLETED with reason CANCELLED', async () => {
      const id = await book({});
      await call('DELETE', `${care}/${id}`);
      const [record] = (await call('GET', `${t.base}/genesys/1/service/callback?_id=${id}`)).json;
      assert.equal(record._callback_state, 'COMPLETED');
      assert.equal(record._callback_reason, 'CANCELLED');
    });

    it('queries by properties, with ! negation and operand=OR, across services or in one', async () => {
      const ann = await book({ firstname: 'Ann', _desired_time: '2030-01-07T09:00:00.000Z' });
      const bob = await book({ firstname: 'Bob', _customer_number: '5559876543' });
      await call('DELETE', `${care}/${bob}`);
      const ids = (answer: { json: { _id: string }[] }) =>
        answer.json.map((record) => record._id).sort();
      assert.deepEqual(
        ids(await call('GET', `${t.base}/genesys/1/service/callback?_customer_number=5551234567`)),
        [ann],
      );
      assert.deepEqual(
        ids(await call('GET', `${t.base}/genesys/1/service/callback?_callback_state=!COMPLETED`)),
        [ann],
      );
      assert.deepEqual(
        ids(
          await call(
            'GET',
            `${t.base}/genesys/1/service/callback?firstname=Ann&firstname=Bob&operand=OR`,
          ),
        ),
        [ann, bob].sort(),
      );
      assert.deepEqual(ids(await call('GET', `${care}?firstname=Bob`)), [bob]);
      assert.deepEqual(ids(await call('GET', care)), [ann, bob].sort());
      const office = await call('GET', `${t.base}/genesys/1/service/callback/office`, {
        headers: { apikey: 'office-key' },
      });
      assert.deepEqual(office.json, []);
    });
  });
});
