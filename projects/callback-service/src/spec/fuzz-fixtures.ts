// Seeded generators of hostile calls and server answers for the fuzz specs (kept out of the
// package: tsconfig.lib.json excludes fixtures).
import { HttpHeaders } from '@angular/common/http';
import { HOSTILE_KEY, nestedBody } from './hostile-fixtures';

/** A small deterministic PRNG (mulberry32): the same seed gives the same run. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [0, max). */
  below(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** Whether an event of the given probability happened. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One of the items. */
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }
}

const boom = (): never => {
  throw new Error('boom');
};

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

// Built once: flushing the same object many times is fine, nothing mutates it.
const DEEP_BODY = nestedBody(20_000, `apikey=${HOSTILE_KEY}`);

const HOSTILE_TEXTS: readonly string[] = [
  '',
  '   ',
  '.',
  '..',
  ' .. ',
  '../..',
  '/',
  '%2e%2e',
  '?a=b#c',
  'Ada\uD800',
  '\uDC00',
  'emoji 😀',
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>',
  'line\r\nbreak',
  'nul\u0000',
  '__proto__',
  'constructor',
  HOSTILE_KEY,
  `key ${HOSTILE_KEY} inside`,
  '9999-12-31T23:59:59.999-18:00',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T10:00:00Z',
  '2026-05-02',
  '1e21',
  '99999999999999999999999',
];

/** A value no validator should trust: odd texts, numbers, objects, proxies, getters. */
export function hostileValue(random: SeededRandom): unknown {
  switch (random.below(12)) {
    case 0:
    case 1:
    case 2:
      return random.pick(HOSTILE_TEXTS);
    case 3:
      return random.pick([NaN, Infinity, -Infinity, -0, -1, 0, 1.5, 1e21, 2 ** 53 + 2, 7, 10_001]);
    case 4:
      return random.pick([true, false, null, undefined]);
    case 5:
      return random.pick([
        new Date(Number.NaN),
        new Date(8.64e15),
        new Date(Date.UTC(-1, 0, 1)),
        new Date(Date.UTC(2030, 0, 1)),
        new Proxy(new Date(), {}),
      ]);
    case 6:
      return random.pick([[], ['5550102030'], [1, 2, 3], {}, { nested: { a: 1 } }]);
    case 7:
      return revoked();
    case 8:
      return new Proxy({ a: 'x' }, { get: boom, ownKeys: random.chance(0.5) ? boom : undefined });
    case 9:
      return Object.defineProperty({}, 'a', { enumerable: true, get: boom });
    case 10:
      return random.pick([boom, Symbol('s'), BigInt(7), { toString: boom, valueOf: boom }]);
    default:
      return JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
  }
}

/** Mostly valid values per field (so that calls reach the wire), hostile ones otherwise. */
const VALID: Readonly<Partial<Record<string, (random: SeededRandom) => unknown>>> = {
  phonenumber: (r) => r.pick(['5550102030', '+1 (555) 010-2030', '112', '555.010.2031']),
  firstname: (r) => r.pick(['Ada', 'Zoë', 'Ada 😀']),
  lastname: (r) => r.pick(['Lovelace', "O'Brien"]),
  email: (r) => r.pick(['ada@example.com', 'a.b@c.example.org']),
  subject: (r) => r.pick(['Billing', 'Call me back & soon']),
  desiredTime: (r) =>
    r.pick([
      '2030-01-01T09:00:00Z',
      new Date(Date.UTC(2031, 5, 1, 12)),
      '2030-06-01T12:00:00+02:00',
    ]),
  userData: (r) => r.pick([{ orderId: 'A-17' }, { tier: 2, vip: true }, {}]),
  serviceName: (r) => r.pick(['care', 'sales team', 'a/b']),
  captchaToken: (r) => r.pick(['03AGdBq24…token']),
  startDate: (r) => r.pick(['2030-01-01T00:00:00Z', '2030-01-01', new Date(Date.UTC(2030, 0, 2))]),
  endDate: (r) => r.pick(['2030-01-03T00:00:00Z', '2030-01-05']),
  numberOfDays: (r) => r.pick([1, 7, '5', 366]),
  maxTimeSlots: (r) => r.pick([1, 10, 10_000]),
  id: (r) => r.pick(['cb-1', 'a/b', '...', `cb-${'7'.repeat(600)}`, 'id with space']),
};

const SCHEDULE_FIELDS = [
  'phonenumber',
  'firstname',
  'lastname',
  'email',
  'subject',
  'desiredTime',
  'userData',
  'serviceName',
  'captchaToken',
];
const QUERY_FIELDS = ['startDate', 'endDate', 'numberOfDays', 'maxTimeSlots', 'serviceName'];

function fieldValue(random: SeededRandom, field: string): unknown {
  const valid = VALID[field];
  return valid !== undefined && random.chance(0.75) ? valid(random) : hostileValue(random);
}

/** A request or query object: some known fields, maybe an unknown one, maybe a hostile shell. */
function hostileObject(
  random: SeededRandom,
  fields: readonly string[],
  required?: string,
): unknown {
  if (random.chance(0.05)) return hostileValue(random);
  const value: Record<string, unknown> = {};
  if (required !== undefined && random.chance(0.9)) value[required] = fieldValue(random, required);
  for (const field of fields) if (random.chance(0.3)) value[field] = fieldValue(random, field);
  if (random.chance(0.05)) value[random.pick(['phone', '__proto__', 'x'])] = hostileValue(random);
  if (random.chance(0.05)) {
    const field = random.pick(fields);
    Object.defineProperty(value, field, { enumerable: true, get: boom });
  }
  return value;
}

/** One call of the public API, as data. */
export type FuzzCall =
  | { readonly method: 'schedule' | 'availability'; readonly argument: unknown }
  | { readonly method: 'cancel' | 'retrieve'; readonly argument: unknown };

/** A hostile call of one of the four operations. */
export function hostileCall(random: SeededRandom): FuzzCall {
  const method = random.pick([
    'schedule',
    'schedule',
    'availability',
    'cancel',
    'retrieve',
  ] as const);
  if (method === 'schedule')
    return { method, argument: hostileObject(random, SCHEDULE_FIELDS, 'phonenumber') };
  if (method === 'availability') return { method, argument: hostileObject(random, QUERY_FIELDS) };
  return { method, argument: fieldValue(random, 'id') };
}

/** How the fake server answers one request. */
export type FuzzAnswer =
  | {
      readonly kind: 'flush';
      readonly body: unknown;
      readonly status: number;
      readonly headers: HttpHeaders;
    }
  | { readonly kind: 'network' }
  | { readonly kind: 'silence' };

const ERROR_STATUSES = [302, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504];

/** A hostile server body: the right shape sometimes, junk, key echoes and deep nesting otherwise. */
function hostileBody(random: SeededRandom, goodBody: unknown): unknown {
  switch (random.below(8)) {
    case 0:
    case 1:
      return goodBody;
    case 2:
      return DEEP_BODY;
    case 3:
      return {
        message: `invalid apikey ${HOSTILE_KEY}`,
        _id: HOSTILE_KEY,
        data: { id: `x${HOSTILE_KEY}` },
      };
    case 4:
      return {
        status: {
          code: 7030,
          message: random.pick(HOSTILE_TEXTS),
          corrId: random.pick(HOSTILE_TEXTS),
        },
      };
    case 5:
      return random.pick(['not json at all', '', 0, [], [null], true, null]);
    case 6:
      return { availability: { [random.pick(HOSTILE_TEXTS)]: random.pick([1, -1, 'x', 1e21]) } };
    default:
      return JSON.parse(
        '{"__proto__": {"polluted": true}, "_id": "cb-9", "data": {"id": "v3-9"}}',
      ) as unknown;
  }
}

/** A hostile answer to a request whose well-formed answer would be `goodBody`. */
export function hostileAnswer(random: SeededRandom, goodBody: unknown): FuzzAnswer {
  const roll = random.below(10);
  if (roll === 0) return { kind: 'network' };
  if (roll === 1) return { kind: 'silence' };
  let headers = new HttpHeaders();
  if (random.chance(0.3)) headers = headers.set('X-Echo', `apikey: ${HOSTILE_KEY}`);
  if (random.chance(0.3))
    headers = headers.set('Retry-After', random.pick(['5', 'soon', '-1', '1e21']));
  const status = roll < 6 ? 200 : random.pick(ERROR_STATUSES);
  return { kind: 'flush', body: hostileBody(random, goodBody), status, headers };
}
