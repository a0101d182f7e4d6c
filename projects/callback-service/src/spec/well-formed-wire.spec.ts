import { HttpTestingController } from '@angular/common/http/testing';
import type { Observable } from 'rxjs';
import {
  CallbackError,
  type AvailabilityQuery,
  type CallbackConfig,
  type CallbackEvent,
  type CallbackService,
  type ScheduleRequest,
} from '../public-api';
import { formFields, record, setUpCallbacks, V1_URL, V3_URL } from './harness-test-helpers';

const V3: CallbackConfig = { dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' };
const LONE_HIGH = 'Ad\uD83Da'; // the first half of 😀 without the second
const LONE_LOW = '\uDE00x';

/** Refusals TypeScript would not let through, checked at run time. */
function untyped<T>(value: Record<string, unknown>): T {
  return value as unknown as T;
}

describe('What goes on the wire is well-formed or refused', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let events: CallbackEvent[];

  function setUp(config: CallbackConfig): void {
    ({ callbacks, http, events } = setUpCallbacks(config));
  }

  afterEach(() => http.verify());

  /** Expects INVALID_REQUEST naming `field`, nothing sent and no event. */
  function expectRefused(call: Observable<unknown>, field: string, says?: string): void {
    const outcome = record(call);
    const error = outcome.error as CallbackError;
    expect(error).toBeInstanceOf(CallbackError);
    expect([error.code, error.field]).toEqual(['INVALID_REQUEST', field]);
    if (says !== undefined) expect(error.message).toContain(says);
    http.expectNone(() => true);
    expect(events.map((event) => event.type)).toEqual(['ready']);
  }

  describe('dot segments in ids and service names', () => {
    for (const id of ['.', '..']) {
      it(`refuses cancel(${JSON.stringify(id)}) and retrieve(${JSON.stringify(id)}) on v1`, () => {
        setUp({ dataURL: V1_URL });
        expectRefused(callbacks.cancel(id), 'id', 'change the path');
        expectRefused(callbacks.retrieve(id), 'id');
      });
    }

    it('refuses a v3 per-call serviceName ".." for availability and schedule', () => {
      setUp(V3);
      expectRefused(callbacks.availability({ numberOfDays: 1, serviceName: '..' }), 'serviceName');
      expectRefused(
        callbacks.schedule({ phonenumber: '5550102030', serviceName: '.' }),
        'serviceName',
      );
    });

    it('sends other ids as one percent-encoded segment, slashes and dots included', () => {
      setUp({ dataURL: V1_URL });
      record(callbacks.cancel('../all'));
      record(callbacks.cancel('...'));

      const deletes = http.match((req) => req.method === 'DELETE');
      expect(deletes.map((req) => req.request.url)).toEqual([
        `${V1_URL}/..%2Fall`,
        `${V1_URL}/...`,
      ]);
      deletes.forEach((req) => req.flush(null));
    });

    it('sends an id unaltered on v1, surrounding spaces included (path and query)', () => {
      setUp({ dataURL: V1_URL });
      record(callbacks.cancel(' .. '));
      record(callbacks.retrieve(' cb-1 '));
      http.expectOne(`${V1_URL}/%20..%20`).flush(null);
      const lookup = http.expectOne((req) => req.method === 'GET');
      expect(lookup.request.params.get('_id')).toBe(' cb-1 ');
      lookup.flush([]);
    });

    it('sends an id unaltered on v3, surrounding spaces included (body)', () => {
      setUp(V3);
      record(callbacks.cancel(' cb-2 '));
      const cancel = http.expectOne(`${V3_URL}/cancel`);
      expect(cancel.request.body).toEqual({ id: ' cb-2 ' });
      cancel.flush({ status: { code: 0 } });
    });

    it('sends a v3 service name with a slash as one segment', () => {
      setUp(V3);
      record(callbacks.availability({ numberOfDays: 1, serviceName: 'a/..' }));

      http
        .expectOne((req) => req.url === `${V3_URL}/availability/a%2F..`)
        .flush({
          status: { code: 0 },
          data: { slots: [] },
        });
    });
  });

  describe('instants outside the years 0000–9999', () => {
    const outOfRange: [string, unknown][] = [
      ['the largest Date', new Date(8.64e15)],
      ['a Date in year -1', new Date(Date.UTC(-1, 0, 1))],
      ['a Date in year 10000', new Date(Date.UTC(10000, 0, 1))],
      ['9999-12-31T23:59:59.999-18:00 (past 9999 in UTC)', '9999-12-31T23:59:59.999-18:00'],
      ['0000-01-01T00:00:00+01:00 (before 0000 in UTC)', '0000-01-01T00:00:00+01:00'],
    ];
    for (const [label, time] of outOfRange) {
      it(`refuses ${label} as desiredTime, startDate and endDate`, () => {
        setUp({ dataURL: V1_URL });
        expectRefused(
          callbacks.schedule(
            untyped<ScheduleRequest>({ phonenumber: '5550102030', desiredTime: time }),
          ),
          'desiredTime',
          '0000 to 9999',
        );
        expectRefused(
          callbacks.availability(untyped<AvailabilityQuery>({ startDate: time })),
          'startDate',
        );
        expectRefused(
          callbacks.availability(
            untyped<AvailabilityQuery>({ startDate: '2026-05-02', endDate: time }),
          ),
          'endDate',
        );
      });
    }

    it('sends the first and last instants of the range, four-digit years included', () => {
      setUp({ dataURL: V1_URL });
      record(
        callbacks.schedule({ phonenumber: '5550102030', desiredTime: '0000-01-01T00:00:00Z' }),
      );
      record(
        callbacks.schedule({ phonenumber: '5550102031', desiredTime: '0099-06-01T12:00:00Z' }),
      );
      record(
        callbacks.schedule({ phonenumber: '5550102032', desiredTime: '9999-12-31T23:59:59.999Z' }),
      );

      const posts = http.match(V1_URL);
      posts.forEach((req, i) => req.flush({ _id: `cb-${i}` }));
      expect(posts.map((req) => formFields(req)['_desired_time'])).toEqual([
        '0000-01-01T00:00:00.000Z',
        '0099-06-01T12:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
      ]);
    });
  });

  describe('integers beyond a sane bound', () => {
    it('refuses maxTimeSlots 1e21, naming the bound', () => {
      setUp({ dataURL: V1_URL });
      expectRefused(
        callbacks.availability({ maxTimeSlots: 1e21 }),
        'maxTimeSlots',
        'from 1 to 10000',
      );
    });

    it('refuses maxTimeSlots 10001 and sends 10000', () => {
      setUp({ dataURL: V1_URL });
      expectRefused(callbacks.availability({ maxTimeSlots: 10_001 }), 'maxTimeSlots');
      record(callbacks.availability({ maxTimeSlots: 10_000 }));
      http.expectOne(`${V1_URL}/availability?max-time-slots=10000`).flush({});
    });

    it('refuses a userData number of 1e21 (it would be sent as "1e+21"), naming the bound', () => {
      setUp({ dataURL: V1_URL });
      expectRefused(
        callbacks.schedule({ phonenumber: '5550102030', userData: { amount: 1e21 } }),
        'userData',
        String(Number.MAX_SAFE_INTEGER),
      );
    });

    it('refuses numberOfDays "99999999999999999999999", naming the bound', () => {
      setUp({ dataURL: V1_URL });
      expectRefused(
        callbacks.availability({ numberOfDays: '99999999999999999999999' }),
        'numberOfDays',
        'from 1 to 366',
      );
    });
  });

  describe('lone UTF-16 surrogates', () => {
    const fields: [string, Record<string, unknown>, string][] = [
      ['firstname', { firstname: LONE_HIGH }, 'firstname'],
      ['lastname', { lastname: LONE_LOW }, 'lastname'],
      ['subject', { subject: `call me ${LONE_HIGH}` }, 'subject'],
      ['email', { email: `a${LONE_LOW}@example.com` }, 'email'],
      ['userData values', { userData: { note: LONE_HIGH } }, 'userData'],
      ['captchaToken', { captchaToken: LONE_LOW }, 'captchaToken'],
    ];
    for (const [label, extra, field] of fields) {
      it(`refuses one in ${label} before anything is sent (v1 form body)`, () => {
        setUp({ dataURL: V1_URL });
        expectRefused(
          callbacks.schedule(untyped<ScheduleRequest>({ phonenumber: '5550102030', ...extra })),
          field,
          'surrogate',
        );
      });
    }

    it('refuses one in a v3 serviceName and in a callback id instead of raising a URIError', () => {
      setUp(V3);
      expectRefused(
        callbacks.availability({ numberOfDays: 1, serviceName: LONE_HIGH }),
        'serviceName',
      );
      expectRefused(callbacks.cancel(`cb-${LONE_LOW}`), 'id');
    });

    it('sends a whole surrogate pair (an emoji) as it is', () => {
      setUp({ dataURL: V1_URL });
      record(callbacks.schedule({ phonenumber: '5550102030', firstname: 'Ada 😀' }));

      const post = http.expectOne(V1_URL);
      expect(formFields(post)['firstname']).toBe('Ada 😀');
      post.flush({ _id: 'cb-1' });
    });
  });
});
