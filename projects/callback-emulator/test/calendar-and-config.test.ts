import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseIsoInstant } from '../src/calendar/iso-time.js';
import { ServiceCalendar } from '../src/calendar/service-calendar.js';
import { TimeZone, formatLocal } from '../src/calendar/time-zone.js';
import { parseCliArgs } from '../src/cli-args.js';
import { loadConfigFile } from '../src/config/load-config.js';
import { ConfigError } from '../src/config/service-definition.js';
import { validateConfig } from '../src/config/validate-config.js';
import { decodeForm } from '../src/http/body-parsing.js';

const paris = TimeZone.of('Europe/Paris');
const utc = TimeZone.of('UTC');
const at = (iso: string) => Date.parse(iso);

describe('time zones and ISO times', () => {
  it('follows DST: Paris is +01:00 in January and +02:00 in July', () => {
    assert.equal(paris.offsetMs(at('2030-01-07T12:00:00Z')), 3_600_000);
    assert.equal(paris.offsetMs(at('2030-07-07T12:00:00Z')), 7_200_000);
    assert.equal(formatLocal(at('2030-07-07T07:00:00Z'), paris), '2030-07-07T09:00:00.000+02:00');
    assert.equal(
      formatLocal(at('2030-01-07T07:00:00Z'), TimeZone.of('Asia/Kathmandu')),
      '2030-01-07T12:45:00.000+05:45',
    );
  });

  it('finds local midnight, also on the 23-hour day of the spring change', () => {
    assert.equal(paris.startOfDay(at('2030-01-07T12:00:00Z')), at('2030-01-06T23:00:00Z'));
    assert.equal(paris.startOfDay(at('2030-03-31T12:00:00Z')), at('2030-03-30T23:00:00Z'));
    assert.equal(paris.addDays(at('2030-03-31T12:00:00Z'), 1), at('2030-03-31T22:00:00Z'));
  });

  it('parses ISO-8601 strictly, reading offset-less times in the given zone', () => {
    assert.equal(parseIsoInstant('2030-01-07T09:00:00.000Z', utc), at('2030-01-07T09:00:00Z'));
    assert.equal(parseIsoInstant('2030-01-07T10:00:00+01:00', utc), at('2030-01-07T09:00:00Z'));
    assert.equal(parseIsoInstant('2030-01-07T10:00', paris), at('2030-01-07T09:00:00Z'));
    assert.equal(parseIsoInstant('2030-01-07', paris), at('2030-01-06T23:00:00Z'));
    assert.equal(
      parseIsoInstant('2030-01-07T09:00:00.123456Z', utc),
      at('2030-01-07T09:00:00.123Z'),
    );
    for (const bad of [
      '',
      'now',
      '2030-02-29T00:00:00Z',
      '2030-01-07T24:00:00Z',
      '2030-01-07T09:00:00+25:00',
      '1969-12-31T23:59:59Z',
      '2030-01-07T09:00:00Zjunk',
    ]) {
      assert.equal(parseIsoInstant(bad, utc), null, bad);
    }
  });
});

describe('service calendar', () => {
  const config = validateConfig({
    services: {
      shop: {
        timeZone: 'Europe/Paris',
        slotMinutes: 30,
        capacity: 4,
        officeHours: [
          { days: ['mon-fri'], from: '09:00', to: '17:30' },
          { days: ['saturday'], from: '10:00', to: '12:00' },
        ],
        closed: [{ days: ['wed'], from: '12:00', to: '14:00' }],
        preBooked: [
          { days: ['mon'], from: '09:00', to: '10:00', count: 3 },
          { from: '09:30', to: '10:00', count: 5 },
        ],
      },
    },
  });
  const calendar = new ServiceCalendar(config.services.get('shop')!);

  it('rounds instants down to the local slot grid', () => {
    assert.equal(calendar.slotStartOf(at('2030-01-07T08:44:59Z')), at('2030-01-07T08:30:00Z'));
    assert.equal(calendar.slotStartOf(at('2030-01-07T08:00:00Z')), at('2030-01-07T08:00:00Z'));
  });

  it('opens by weekday, closes weekly windows, and caps pre-booked load at capacity', () => {
    assert.deepEqual(calendar.slotAt(at('2030-01-07T08:00:00Z')), {
      startMs: at('2030-01-07T08:00:00Z'),
      open: true,
      preBooked: 3,
    });
    assert.equal(calendar.slotAt(at('2030-01-07T08:30:00Z')).preBooked, 4);
    assert.equal(calendar.slotAt(at('2030-01-07T07:30:00Z')).open, false);
    assert.equal(calendar.slotAt(at('2030-01-07T16:00:00Z')).open, true);
    assert.equal(calendar.slotAt(at('2030-01-07T16:30:00Z')).open, false);
    assert.equal(calendar.slotAt(at('2030-01-09T11:00:00Z')).open, false);
    assert.equal(calendar.slotAt(at('2030-01-12T09:00:00Z')).open, true);
    assert.equal(calendar.slotAt(at('2030-01-13T09:00:00Z')).open, false);
  });

  it('enumerates a week of slots in order, across the DST change', () => {
    const slots = [
      ...calendar.slotsBetween(at('2030-03-29T00:00:00Z'), at('2030-04-02T00:00:00Z')),
    ].filter((slot) => slot.open);
    // Fri 17 slots, Sat 4, Sun 0, Mon 17 (local hours even after the change to summer time).
    assert.equal(slots.length, 17 + 4 + 17);
    assert.equal(formatLocal(slots.at(-17)!.startMs, paris), '2030-04-01T09:00:00.000+02:00');
  });
});

describe('config validation', () => {
  it('lists every problem with the path and the bad value', () => {
    assert.throws(
      () =>
        validateConfig({
          services: {
            a: {
              timeZone: 'Mars/Base',
              slotMinutes: 7,
              capacity: 0,
              apiKey: '',
              officeHours: [{ from: '18:00', to: '09:00' }],
              colour: 1,
            },
            'b/c': {},
            d: {
              closed: [{ start: 'x', end: '2030-01-01T00:00:00Z' }],
              preBooked: [{ from: '09:00', to: '10:00' }],
              requireApiKeyOnV1: true,
            },
          },
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.problems, [
          'services["a"].colour is not a known service option (known: description, timeZone, slotMinutes, capacity, apiKey, requireApiKeyOnV1, maxCallbacksPerNumberPerDay, officeHours, closed, preBooked)',
          'services["a"].timeZone must be an IANA time zone such as "Europe/Paris", got "Mars/Base"',
          'services["a"].slotMinutes must divide a day and lie between 5 and 120 (e.g. 5, 10, 15, 20, 30, 60, 120), got 7',
          'services["a"].capacity must be a positive integer, got 0',
          'services["a"].apiKey must be a non-empty string of at most 200 characters, got ""',
          'services["a"].officeHours[0] must end after it starts (split windows that cross midnight in two), got "18:00–09:00"',
          'services["b/c"] needs a name of letters, digits and "-_.~" (at most 100 characters, no "/")',
          'services["d"].requireApiKeyOnV1 needs an "apiKey" to require',
          'services["d"].closed[0].start must be an ISO-8601 instant such as "2030-12-25T00:00:00Z", got "x"',
          'services["d"].preBooked[0].count must be a positive integer (bookings already in each slot), got nothing',
        ]);
        return true;
      },
    );
    assert.throws(() => validateConfig({ services: {} }), /must define at least one service/);
    assert.throws(() => validateConfig([]), /must be an object with a "services" object/);
  });

  it('reports unreadable files and bad JSON with the file name', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'callback-emulator-'));
    try {
      const file = join(directory, 'broken.json');
      await writeFile(file, '{ "services": ');
      assert.throws(
        () => loadConfigFile(file),
        (error: Error) => error.message.includes(file) && /not valid JSON/.test(error.message),
      );
      assert.throws(() => loadConfigFile(join(directory, 'missing.json')), /cannot be read/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('ships a default where customer-care takes a callback at any hour and some slots are full or closed', () => {
    const defaults = loadConfigFile();
    const care = new ServiceCalendar(defaults.services.get('customer-care')!);
    const sales = new ServiceCalendar(defaults.services.get('sales')!);
    const weekStart = at('2030-01-07T00:00:00Z');
    let fullInEveryDay = true;
    for (let day = 0; day < 7; day++) {
      const slots = [
        ...care.slotsBetween(weekStart + day * 86_400_000, weekStart + (day + 1) * 86_400_000),
      ];
      assert.ok(
        slots.every((slot) => slot.open),
        'customer-care is open 24/7',
      );
      fullInEveryDay &&= slots.some((slot) => slot.preBooked >= 3);
      assert.ok(slots.filter((slot) => slot.preBooked < 3).length > 80, 'most slots are free');
    }
    assert.ok(fullInEveryDay);
    for (let hour = 0; hour < 24 * 7; hour++)
      assert.equal(care.slotAt(care.slotStartOf(weekStart + hour * 3_600_000)).open, true);
    const salesWeek = [...sales.slotsBetween(weekStart, weekStart + 7 * 86_400_000)];
    assert.ok(salesWeek.some((slot) => !slot.open) && salesWeek.some((slot) => slot.open));
    assert.equal(defaults.services.get('customer-care')?.apiKey, 'demo-api-key');
  });
});

describe('form decoding and CLI arguments', () => {
  it('decodes jQuery.param forms: brackets, arrays, plus signs, first value wins', () => {
    const decoded = decodeForm(
      'a=1&a=2&userData%5Bx%5D=hello+world&tags%5B%5D=p&tags%5B%5D=q&deep%5Bk%5D%5Bl%5D=v&flag',
    );
    assert.deepEqual(JSON.parse(JSON.stringify(decoded)), {
      a: '1',
      userData: { x: 'hello world' },
      tags: ['p', 'q'],
      deep: { k: { l: 'v' } },
      flag: '',
    });
  });

  it('parses --port, --host, --config, --data, --trust-origin and --quiet, and rejects nonsense', () => {
    assert.deepEqual(
      parseCliArgs([
        '--port',
        '9000',
        '--host=0.0.0.0',
        '--config',
        'c.json',
        '--data',
        'd.jsonl',
        '--trust-origin',
        'https://portal.test',
        '--trust-origin=http://devbox:*',
        '--quiet',
      ]),
      {
        port: 9000,
        host: '0.0.0.0',
        config: 'c.json',
        data: 'd.jsonl',
        quiet: true,
        help: false,
        trustOrigins: ['https://portal.test', 'http://devbox:*'],
      },
    );
    assert.equal(parseCliArgs([]).port, 8787);
    assert.throws(() => parseCliArgs(['--port', 'x']), /--port must be a number/);
    assert.throws(() => parseCliArgs(['--data']), /--data needs a value/);
    assert.throws(() => parseCliArgs(['--verbose']), /Unknown argument/);
  });
});
