import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.js';
import { call, T0 } from './helpers.js';

const FIVE_SEATS = {
  services: {
    five: {
      timeZone: 'UTC',
      slotMinutes: 15,
      capacity: 5,
      apiKey: 'k',
      maxCallbacksPerNumberPerDay: 1000,
    },
  },
};
const SLOT = '2030-01-07T09:00:00.000Z';

/** Fires 200 bookings for one slot at once, half v1 and half v3, each from its own number. */
async function stampede(base: string): Promise<number[]> {
  const requests = Array.from({ length: 200 }, (_, index) => {
    const phone = `+1555${String(index).padStart(7, '0')}`;
    return index % 2 === 0
      ? call('POST', `${base}/genesys/1/service/callback/five`, {
          form: true,
          body: { _customer_number: phone, _desired_time: SLOT },
        })
      : call('POST', `${base}/engagement/v3/callbacks/create`, {
          headers: { 'x-api-key': 'k' },
          body: { serviceName: 'five', phoneNumber: phone, desiredTime: SLOT },
        });
  });
  return (await Promise.all(requests)).map((answer) => answer.status);
}

describe('capacity under concurrency', () => {
  let directory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'callback-emulator-'));
  });
  after(() => rm(directory, { recursive: true, force: true }));

  for (const durable of [false, true]) {
    it(`books exactly 5 of 200 concurrent requests for a slot of 5 (${durable ? 'with a journal' : 'in memory'})`, async () => {
      const dataFile = join(directory, `bookings-${durable}.jsonl`);
      const emulator: RunningEmulator = await startEmulator({
        config: FIVE_SEATS,
        quiet: true,
        now: () => T0,
        ...(durable ? { dataFile } : {}),
      });
      try {
        const statuses = await stampede(emulator.url);
        assert.equal(statuses.filter((status) => status === 200).length, 5);
        assert.equal(statuses.filter((status) => status === 429).length, 195);
        const listed = await call('GET', `${emulator.url}/__emulator/callbacks`);
        assert.equal(listed.json.count, 5);
        const availability = await call(
          'GET',
          `${emulator.url}/genesys/1/service/callback/five/availability?start=${SLOT}&end=2030-01-07T09:15:00.000Z`,
        );
        assert.deepEqual(availability.json, { [SLOT]: 0 });
        if (durable) {
          const lines = (await readFile(dataFile, 'utf8')).trim().split('\n');
          assert.equal(lines.length, 5);
        }
      } finally {
        await emulator.close();
      }
    });
  }
});
