import { HttpTestingController } from '@angular/common/http/testing';
import {
  CallbackError,
  type AvailabilityQuery,
  type CallbackService,
  type CxBusPlugin,
  type ScheduleRequest,
} from '../public-api';
import { record, setUpCallbacks, setUpPageScript, V1_URL } from './harness-test-helpers';

const boom = (): never => {
  throw new Error('boom');
};

/** An object whose every Proxy trap named in `traps` throws. */
function trapping<T extends object>(target: T, traps: (keyof ProxyHandler<T>)[]): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of traps) (handler as Record<string, unknown>)[trap] = boom;
  return new Proxy(target, handler);
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function withThrowingGetter(fields: Record<string, unknown>, key: string): object {
  return Object.defineProperty({ ...fields }, key, { enumerable: true, get: boom });
}

/** A Date whose methods throw when called on it: `instanceof Date` holds, getTime() fails. */
function proxiedDate(): Date {
  return new Proxy(new Date(), {});
}

class ThrowingDate extends Date {
  override getTime(): number {
    return boom();
  }
}

const PHONE = { phonenumber: '5550102030' };

// [label, request, field the error must name]
const HOSTILE_REQUESTS: [string, unknown, string][] = [
  ['a getter on phonenumber that throws', withThrowingGetter({}, 'phonenumber'), 'phonenumber'],
  ['a getter on firstname that throws', withThrowingGetter(PHONE, 'firstname'), 'firstname'],
  ['a Proxy whose ownKeys trap throws', trapping({ ...PHONE }, ['ownKeys']), 'request'],
  ['a Proxy whose get trap throws', trapping({ ...PHONE }, ['get']), 'phonenumber'],
  [
    'a Proxy whose getOwnPropertyDescriptor trap throws',
    trapping({ ...PHONE }, ['getOwnPropertyDescriptor']),
    'request',
  ],
  ['a revoked Proxy', revoked(), 'request'],
  ['userData that is a revoked Proxy', { ...PHONE, userData: revoked() }, 'userData'],
  [
    'userData whose getPrototypeOf trap throws',
    { ...PHONE, userData: trapping({ a: 1 }, ['getPrototypeOf']) },
    'userData',
  ],
  [
    'userData whose ownKeys trap throws',
    { ...PHONE, userData: trapping({ a: 1 }, ['ownKeys']) },
    'userData',
  ],
  [
    'userData with a throwing getter',
    { ...PHONE, userData: withThrowingGetter({}, 'a') },
    'userData',
  ],
  [
    'a desiredTime that is a Proxy of a Date',
    { ...PHONE, desiredTime: proxiedDate() },
    'desiredTime',
  ],
  [
    'a desiredTime whose getTime() throws',
    { ...PHONE, desiredTime: new ThrowingDate() },
    'desiredTime',
  ],
  [
    'a desiredTime whose getPrototypeOf trap throws',
    { ...PHONE, desiredTime: trapping({}, ['getPrototypeOf']) },
    'desiredTime',
  ],
  [
    'a phonenumber whose toString and valueOf throw',
    { phonenumber: { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom } },
    'phonenumber',
  ],
];

const HOSTILE_QUERIES: [string, unknown, string][] = [
  ['a getter on startDate that throws', withThrowingGetter({}, 'startDate'), 'startDate'],
  ['a revoked Proxy', revoked(), 'query'],
  ['a Proxy whose ownKeys trap throws', trapping({ numberOfDays: 1 }, ['ownKeys']), 'query'],
  ['a startDate that is a Proxy of a Date', { startDate: proxiedDate() }, 'startDate'],
  ['an endDate whose getTime() throws', { endDate: new ThrowingDate() }, 'endDate'],
];

describe('CallbackService with hostile callers', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;

  beforeEach(() => ({ callbacks, http } = setUpCallbacks({ dataURL: V1_URL })));
  afterEach(() => http.verify());

  for (const [label, request, field] of HOSTILE_REQUESTS) {
    it(`refuses a request with ${label}: INVALID_REQUEST naming ${field}, nothing sent`, () => {
      const outcome = record(callbacks.schedule(request as ScheduleRequest));

      const error = outcome.error as CallbackError;
      expect(error).toBeInstanceOf(CallbackError);
      expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
      http.expectNone(() => true);
    });
  }

  for (const [label, query, field] of HOSTILE_QUERIES) {
    it(`refuses a query with ${label}: INVALID_REQUEST naming ${field}, nothing sent`, () => {
      const outcome = record(callbacks.availability(query as AvailabilityQuery));

      const error = outcome.error as CallbackError;
      expect(error).toBeInstanceOf(CallbackError);
      expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
      http.expectNone(() => true);
    });
  }
});

describe('CallbackService refusals of a caller who passes the API key', () => {
  const apikey = 'sk-live-7f3a9c21';

  it('mask the key where the message or the field would quote it', () => {
    const { callbacks, http } = setUpCallbacks({ dataURL: V1_URL, apikey });

    const badNumber = record(callbacks.schedule({ phonenumber: `key ${apikey}` }));
    const badField = record(callbacks.schedule({ ...PHONE, [apikey]: 1 } as ScheduleRequest));
    const badQuery = record(callbacks.availability({ startDate: apikey }));

    for (const outcome of [badNumber, badField, badQuery]) {
      const error = outcome.error as CallbackError;
      expect(error.code).toBe('INVALID_REQUEST');
      expect(`${error.message} ${error.field}`).not.toContain(apikey);
    }
    expect((badNumber.error as CallbackError).message).toContain('[redacted]');
    http.verify();
  });
});

describe('withCxBus() with hostile page scripts', () => {
  let http: HttpTestingController;
  let script: CxBusPlugin;

  beforeEach(() => {
    jasmine.clock().install();
    spyOn(console, 'warn'); // the dev-mode notes about dropped keys
    ({ http, script } = setUpPageScript({ dataURL: V1_URL }));
  });
  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  const hostileData: [string, unknown][] = [
    ['a throwing getter', withThrowingGetter(PHONE, 'firstname')],
    ['a revoked Proxy', revoked()],
    ['a Proxy whose ownKeys trap throws', trapping({ ...PHONE }, ['ownKeys'])],
    ['userData with a throwing getter', { ...PHONE, userData: withThrowingGetter({}, 'a') }],
    ['a desiredTime that is a Proxy of a Date', { ...PHONE, desiredTime: proxiedDate() }],
  ];
  for (const command of ['CallbackService.schedule', 'CallbackService.availability']) {
    for (const [label, data] of hostileData) {
      it(`${command} with ${label} never throws into the page and fails the deferred`, () => {
        const reasons: unknown[] = [];

        expect(() =>
          script.command(command, data).fail((reason) => reasons.push(reason)),
        ).not.toThrow();
        jasmine.clock().tick(0);

        // Refused before sending as the original's server would have refused it (a 400), or,
        // for availability data that holds no query field at all, with the original's text.
        expect(reasons.length).toBe(1);
        expect(reasons[0]).toEqual(
          typeof reasons[0] === 'string' && command === 'CallbackService.availability'
            ? 'No query parameters passed for callback availability service'
            : jasmine.objectContaining({ status: 400 }),
        );
        http.expectNone(() => true);
      });
    }
  }
});
