import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCallbackEmulator, type CallbackEmulator } from '../src/index.js';
import { call, T0 } from './helpers.js';

describe('startCallbackEmulator (the package API)', () => {
  let emulator: CallbackEmulator;
  before(async () => {
    emulator = await startCallbackEmulator({
      services: { care: { apiKey: 'care-key', capacity: 1, slotMinutes: 30 } },
      now: () => T0,
    });
  });
  after(() => emulator.close());

  const bookV1 = (phone: string, desiredTime?: string) =>
    call('POST', emulator.v1DataUrl('care'), {
      form: true,
      body: { _customer_number: phone, ...(desiredTime ? { _desired_time: desiredTime } : {}) },
    });

  it('listens on a free loopback port with the given services', async () => {
    assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(emulator.v3DataUrl, `${emulator.url}/engagement/v3/callbacks`);
    const health = await call('GET', `${emulator.url}/__emulator/health`);
    assert.deepEqual(health.json.services, ['care']);
  });

  it('lists bookings of both APIs, filtered, as copies', async () => {
    await emulator.reset();
    assert.equal((await bookV1('5551000001', '2030-01-07T10:00:00.000Z')).status, 200);
    const v3 = await call('POST', `${emulator.v3DataUrl}/create`, {
      headers: { 'x-api-key': 'care-key' },
      body: { serviceName: 'care', phoneNumber: '5551000002' },
    });
    assert.equal(v3.status, 200);
    const all = emulator.bookings();
    assert.deepEqual(
      all.map((record) => [record.apiVersion, record.phoneNumber, record.state]),
      [
        ['v1', '5551000001', 'SCHEDULED'],
        ['v3', '5551000002', 'QUEUED'],
      ],
    );
    assert.deepEqual(
      emulator.bookings({ apiVersion: 'v3' }).map((record) => record.id),
      [v3.json.data.id],
    );
    (all[0] as { state: string }).state = 'COMPLETED';
    assert.equal(emulator.bookings()[0]?.state, 'SCHEDULED');
  });

  it('arms faults, refuses bad ones with a TypeError, and reset() clears both', async () => {
    const fault = emulator.fault({ method: 'POST', pathGlob: '/genesys/**', status: 503 });
    assert.equal(fault.remaining, 1);
    assert.equal(fault.createdAt, new Date(T0).toISOString()); // the emulator's clock
    assert.equal((await bookV1('5551000003')).status, 503);
    assert.throws(() => emulator.fault({ status: 99 }), {
      name: 'TypeError',
      message: /`status` must be a whole number from 200 to 599/,
    });
    emulator.fault({ latencyMs: 10, count: 5 });
    await emulator.reset();
    assert.deepEqual(emulator.bookings(), []);
    const started = Date.now();
    assert.equal((await bookV1('5551000004')).status, 200);
    assert.ok(Date.now() - started < 500);
  });

  it('keeps bookings in dataDir across restarts', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'callback-emulator-api-')), 'nested');
    try {
      let durable = await startCallbackEmulator({ dataDir, now: () => T0 });
      const booked = await call('POST', durable.v1DataUrl('customer-care'), {
        body: { _customer_number: '5552000001' },
      });
      assert.equal(booked.status, 200, booked.text);
      await durable.close();
      assert.match(await readFile(join(dataDir, 'callbacks.jsonl'), 'utf8'), /5552000001/);
      durable = await startCallbackEmulator({ dataDir, now: () => T0 });
      assert.deepEqual(
        durable.bookings().map((record) => record.id),
        [booked.json._id],
      );
      await durable.close();
    } finally {
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    }
  });

  it('refuses invalid services naming the problem', async () => {
    await assert.rejects(
      startCallbackEmulator({ services: { care: { slotMinutes: 7 } } }),
      /services\["care"\]\.slotMinutes must divide a day/,
    );
  });
});
