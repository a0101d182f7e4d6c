import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulator } from '../src/server.js';
import {
  call,
  CARE_KEY,
  startTestEmulator,
  T0,
  TEST_CONFIG,
  type TestEmulator,
} from './helpers.js';

const GMS = 'com.genesyslab.gsg.services.callback.exceptions';

describe('v1 reschedule (PUT /genesys/1/service/callback/{service}/{id})', () => {
  let t: TestEmulator;
  let care: string;
  let phone = 0;
  before(async () => {
    t = await startTestEmulator();
    care = `${t.base}/genesys/1/service/callback/care`;
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  // Every booking gets its own number: `care` allows three a day per number.
  const book = async (desiredTime?: string): Promise<string> => {
    const fields: Record<string, string> = { _customer_number: `555100${String(phone++)}` };
    if (desiredTime !== undefined) fields['_desired_time'] = desiredTime;
    const answer = await call('POST', care, { form: true, body: fields });
    assert.equal(answer.status, 200, answer.text);
    return answer.json._id as string;
  };
  const reschedule = (id: string, time: unknown, form = false) =>
    call('PUT', `${care}/${id}`, { form, body: { _new_desired_time: time } });
  const record = async (id: string) =>
    (await call('GET', `${t.base}/__emulator/callbacks`)).json.callbacks.find(
      (candidate: { id: string }) => candidate.id === id,
    );
  const seats = async (from: string, to: string) =>
    (await call('GET', `${care}/availability?start=${from}&end=${to}`)).json;

  it('moves a callback to a new slot (JSON), freeing the old seat and taking the new one', async () => {
    const id = await book('2030-01-07T14:00:00.000Z');
    const answer = await reschedule(id, '2030-01-07T15:00:00.000Z');
    assert.equal(answer.status, 200, answer.text);
    assert.deepEqual(answer.json, { _id: id, _desired_time: '2030-01-07T15:00:00.000Z' });
    const moved = await record(id);
    assert.equal(moved.desiredTime, '2030-01-07T15:00:00.000Z');
    assert.equal(moved.state, 'SCHEDULED');
    assert.equal(moved.updatedAt, '2030-01-07T08:00:00.000Z');
    assert.deepEqual(await seats('2030-01-07T14:00:00Z', '2030-01-07T14:15:00Z'), {
      '2030-01-07T14:00:00.000Z': 2,
    });
    assert.deepEqual(await seats('2030-01-07T15:00:00Z', '2030-01-07T15:15:00Z'), {
      '2030-01-07T15:00:00.000Z': 1,
    });
  });

  it('reads a form body too, and keeps an off-grid time as requestedTime', async () => {
    const id = await book('2030-01-07T14:00:00.000Z');
    const answer = await reschedule(id, '2030-01-07T15:07:00.000Z', true);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json._desired_time, '2030-01-07T15:00:00.000Z');
    assert.equal((await record(id)).requestedTime, '2030-01-07T15:07:00.000Z');
    await reschedule(id, '2030-01-07T16:00:00.000Z');
    assert.equal((await record(id)).requestedTime, undefined);
  });

  it('turns an immediate (queued) callback into a scheduled one', async () => {
    const id = await book();
    assert.equal((await record(id)).state, 'QUEUED');
    assert.equal((await reschedule(id, '2030-01-07T15:00:00.000Z')).status, 200);
    const moved = await record(id);
    assert.deepEqual([moved.state, moved.immediate], ['SCHEDULED', false]);
  });

  it('refuses a full slot with 429 and proposals, and leaves the callback where it was', async () => {
    await book('2030-01-07T16:00:00.000Z');
    await book('2030-01-07T16:00:00.000Z');
    const id = await book('2030-01-07T14:00:00.000Z');
    const answer = await reschedule(id, '2030-01-07T16:00:00.000Z');
    assert.equal(answer.status, 429);
    assert.equal(answer.json.exception, `${GMS}.CallbackExceptionAvailability`);
    // The five free slots nearest to 16:00.
    assert.deepEqual(Object.keys(answer.json.availability), [
      '2030-01-07T15:15:00.000Z',
      '2030-01-07T15:30:00.000Z',
      '2030-01-07T15:45:00.000Z',
      '2030-01-07T16:15:00.000Z',
      '2030-01-07T16:30:00.000Z',
    ]);
    assert.equal((await record(id)).desiredTime, '2030-01-07T14:00:00.000Z');
  });

  it('does not count the callback against its own slot', async () => {
    const id = await book('2030-01-07T16:00:00.000Z');
    await book('2030-01-07T16:00:00.000Z');
    const answer = await reschedule(id, '2030-01-07T16:05:00.000Z');
    assert.equal(answer.status, 200, answer.text);
    assert.deepEqual(await seats('2030-01-07T16:00:00Z', '2030-01-07T16:15:00Z'), {
      '2030-01-07T16:00:00.000Z': 0,
    });
  });

  it('refuses closed, past and missing times with the GMS wording', async () => {
    const id = await book('2030-01-07T14:00:00.000Z');
    const closed = await reschedule(id, '2030-01-07T12:30:00.000Z');
    assert.equal(closed.status, 400);
    assert.equal(closed.json.exception, `${GMS}.CallbackExceptionOfficeClosed`);
    const past = await reschedule(id, '2030-01-06T12:30:00.000Z');
    assert.equal(past.status, 400);
    assert.match(past.json.message, /_new_desired_time 2030-01-06T12:30:00.000Z is in the past/);
    const missing = await call('PUT', `${care}/${id}`, { body: {} });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.message, 'Mandatory parameter _new_desired_time is missing.');
    assert.equal((await record(id)).desiredTime, '2030-01-07T14:00:00.000Z');
  });

  it('answers unknown, foreign and cancelled ids as GMS does', async () => {
    const unknown = await reschedule('nope', '2030-01-07T15:00:00.000Z');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.exception, `${GMS}.CallbackExceptionNotFound`);
    const id = await book('2030-01-07T14:00:00.000Z');
    const foreign = await call('PUT', `${t.base}/genesys/1/service/callback/office/${id}`, {
      headers: { apikey: 'office-key' },
      body: { _new_desired_time: '2030-01-07T15:00:00.000Z' },
    });
    assert.equal(foreign.status, 404);
    assert.equal((await call('DELETE', `${care}/${id}`)).status, 200);
    const cancelled = await reschedule(id, '2030-01-07T15:00:00.000Z');
    assert.equal(cancelled.status, 400);
    assert.equal(cancelled.json.exception, `${GMS}.CallbackExceptionInvalidState`);
    assert.match(cancelled.json.message, /COMPLETED \(CANCELLED\) and cannot be rescheduled/);
  });

  it('wants the apikey of a service that requires one on v1', async () => {
    const answer = await call('PUT', `${t.base}/genesys/1/service/callback/office/x`, {
      body: { _new_desired_time: '2030-01-07T15:00:00.000Z' },
    });
    assert.equal(answer.status, 401);
  });

  it('journals the new time: a restart keeps it and the seats', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'callback-emulator-reschedule-'));
    const dataFile = join(directory, 'bookings.jsonl');
    const open = () => startEmulator({ config: TEST_CONFIG, quiet: true, now: () => T0, dataFile });
    try {
      let emulator = await open();
      const url = `${emulator.url}/genesys/1/service/callback/care`;
      const booked = await call('POST', url, {
        form: true,
        body: { _customer_number: '5559000001', _desired_time: '2030-01-07T14:00:00.000Z' },
      });
      const id = booked.json._id as string;
      const moved = await call('PUT', `${url}/${id}`, {
        body: { _new_desired_time: '2030-01-07T15:07:00.000Z' },
      });
      assert.equal(moved.status, 200, moved.text);
      await emulator.close();
      emulator = await open();
      const again = `${emulator.url}/genesys/1/service/callback/care`;
      const listed = (await call('GET', `${emulator.url}/__emulator/callbacks`)).json.callbacks;
      assert.equal(listed[0].desiredTime, '2030-01-07T15:00:00.000Z');
      assert.equal(listed[0].requestedTime, '2030-01-07T15:07:00.000Z');
      const free = await call(
        'GET',
        `${again}/availability?start=2030-01-07T14:00:00Z&end=2030-01-07T15:15:00Z`,
      );
      assert.equal(free.json['2030-01-07T14:00:00.000Z'], 2);
      assert.equal(free.json['2030-01-07T15:00:00.000Z'], 1);
      await emulator.close();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('v3 open-for (GET /engagement/v3/callbacks/open-for/{service})', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator();
  });
  after(() => t.close());
  beforeEach(() => t.reset());

  const openFor = (
    service: string,
    query = '',
    key = service === 'office' ? 'office-key' : 'care-key',
  ) =>
    call('GET', `${t.base}/engagement/v3/callbacks/open-for/${service}${query}`, {
      headers: { 'x-api-key': key },
    });

  it('answers the seconds the office stays open from now, in the GES envelope', async () => {
    // Monday 09:00 in Paris; the office closes at 17:00 and stays closed on Tuesday.
    const office = await openFor('office');
    assert.equal(office.status, 200, office.text);
    assert.deepEqual(office.json.status.code, 0);
    assert.match(office.json.status.corrId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(office.json.data, { openFor: 8 * 3600 });
    // 08:00 UTC; `care` closes for lunch at 12:00.
    assert.deepEqual((await openFor('care')).json.data, { openFor: 4 * 3600 });
  });

  it('reads start (with an offset, or in `timezone`) and counts from inside a slot', async () => {
    const at = async (service: string, query: string) =>
      (await openFor(service, query)).json.data.openFor as number;
    assert.equal(await at('office', '?start=2030-01-07T16:30:00%2B01:00'), 1800);
    assert.equal(await at('office', '?start=2030-01-07T16:45:00&timezone=Europe/Paris'), 900);
    assert.equal(await at('care', '?start=2030-01-07T12:30:00.000Z'), 0);
    assert.equal(await at('care', '?start=2030-01-07T13:00:00.000Z'), 23 * 3600);
    assert.equal(await at('office', '?start=2030-01-08T10:00:00%2B01:00'), 0);
  });

  it('answers at most a week for an office that never closes', async () => {
    const always = await startEmulator({
      quiet: true,
      config: { services: { always: { apiKey: 'k', officeHours: '24/7' } } },
    });
    try {
      const answer = await call('GET', `${always.url}/engagement/v3/callbacks/open-for/always`, {
        headers: { 'x-api-key': 'k' },
      });
      assert.deepEqual(answer.json.data, { openFor: 7 * 86_400 });
    } finally {
      await always.close();
    }
  });

  it('refuses a missing key, an unknown service and a bad start with GES codes', async () => {
    const noKey = await call('GET', `${t.base}/engagement/v3/callbacks/open-for/care`);
    assert.deepEqual([noKey.status, noKey.json.status.code], [401, 1103]);
    const unknown = await call('GET', `${t.base}/engagement/v3/callbacks/open-for/nope`, {
      headers: CARE_KEY,
    });
    assert.deepEqual([unknown.status, unknown.json.status.code], [400, 7040]);
    const bad = await openFor('care', '?start=soon');
    assert.deepEqual([bad.status, bad.json.status.code], [400, 501]);
    assert.match(bad.json.status.message, /`start` must be an ISO-8601 date-time/);
    const far = await openFor('care', '?start=2035-01-01T00:00:00Z');
    assert.equal(far.status, 400);
    const zone = await openFor('care', '?timezone=Mars/Olympus');
    assert.equal(zone.status, 400);
  });
});
