import { HttpTestingController } from '@angular/common/http/testing';
import type {
  AvailabilityQuery,
  CallbackConfig,
  CallbackEvent,
  CallbackService,
} from '../../public-api';
import { startCallbacks, watch, type Outcome } from '../test-helpers';
import { DATA_URL, expectRefusal, messageOf, type Refusal } from './validation-fixtures';

const V3_URL = 'https://api.example.com/engagement/v3/callbacks';

/** Casts a query TypeScript would refuse: the service must check at run time. */
function untypedQuery(query: Record<string, unknown>): AvailabilityQuery {
  return query as unknown as AvailabilityQuery;
}

describe('CallbackService input validation', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let events: Outcome<CallbackEvent>;

  function setUp(config: CallbackConfig = { dataURL: DATA_URL }): void {
    ({ callbacks, http, events } = startCallbacks(config));
  }

  afterEach(() => http.verify());

  function expectRefused<T>(outcome: Outcome<T>, expected: Refusal): void {
    expectRefusal(outcome, expected, { http, events });
  }

  describe('availability()', () => {
    beforeEach(() => setUp());

    it('is lazy: nothing is validated or sent before subscription', () => {
      const lazy = callbacks.availability({ numberOfDays: 0 });

      http.expectNone(() => true);
      expectRefused(watch(lazy), { code: 'INVALID_REQUEST', field: 'numberOfDays' });
    });

    it('refuses {} with NO_DATA and the original text', () => {
      const outcome = watch(callbacks.availability({}));

      expectRefused(outcome, { code: 'NO_DATA' });
      expect(messageOf(outcome)).toBe(
        'No query parameters passed for callback availability service',
      );
    });

    it('refuses an endDate before the startDate', () => {
      const outcome = watch(
        callbacks.availability({
          startDate: '2026-05-03T00:00:00Z',
          endDate: '2026-05-02T00:00:00Z',
        }),
      );

      expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'endDate' });
    });

    it('refuses endDate and numberOfDays together', () => {
      const outcome = watch(
        callbacks.availability({
          startDate: '2026-05-02T00:00:00Z',
          endDate: '2026-05-04T00:00:00Z',
          numberOfDays: 2,
        }),
      );

      expectRefused(outcome, { code: 'INVALID_REQUEST' });
      expect(messageOf(outcome)).toContain('endDate');
      expect(messageOf(outcome)).toContain('numberOfDays');
    });

    for (const numberOfDays of [0, -1, 1.5, 'abc']) {
      it(`refuses numberOfDays ${JSON.stringify(numberOfDays)}`, () => {
        const outcome = watch(callbacks.availability(untypedQuery({ numberOfDays })));

        expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'numberOfDays' });
        expect(messageOf(outcome)).toContain(String(numberOfDays));
      });
    }

    it('accepts numberOfDays "5" as the Widgets docs spell it and sends 5', () => {
      const outcome = watch(callbacks.availability({ numberOfDays: '5' }));

      http.expectOne(`${DATA_URL}/availability?number-of-days=5`).flush({});

      expect(outcome.values).toEqual([{ slots: [], raw: {} }]);
    });

    it('refuses maxTimeSlots 0', () => {
      expectRefused(watch(callbacks.availability({ maxTimeSlots: 0 })), {
        code: 'INVALID_REQUEST',
        field: 'maxTimeSlots',
      });
    });

    it('refuses a startDate that is not an instant', () => {
      const outcome = watch(callbacks.availability({ startDate: 'yesterday' }));

      expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'startDate' });
      expect(messageOf(outcome)).toContain('yesterday');
    });

    it('sends a valid window with its dates in UTC', () => {
      const outcome = watch(
        callbacks.availability({
          startDate: '2026-05-02T02:00:00+02:00',
          endDate: new Date(Date.UTC(2026, 4, 3)),
          maxTimeSlots: 10,
        }),
      );

      const get = http.expectOne((req) => req.url === `${DATA_URL}/availability`);
      expect(get.request.params.keys().map((key) => [key, get.request.params.get(key)])).toEqual([
        ['start', '2026-05-02T00:00:00.000Z'],
        ['end', '2026-05-03T00:00:00.000Z'],
        ['max-time-slots', '10'],
      ]);
      get.flush({});
      expect(outcome.complete).toBeTrue();
    });
  });

  describe('v3 without a service name', () => {
    beforeEach(() => setUp({ dataURL: V3_URL, apiVersion: 'v3' }));

    it('refuses schedule() with INVALID_CONFIG and sends nothing', () => {
      const outcome = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      expectRefused(outcome, { code: 'INVALID_CONFIG' });
      expect(messageOf(outcome)).toContain(
        'Invalid configuration. serviceName should be configured.',
      );
    });

    it('refuses availability() with INVALID_CONFIG and sends nothing', () => {
      const outcome = watch(callbacks.availability({ numberOfDays: 1 }));

      expectRefused(outcome, { code: 'INVALID_CONFIG' });
      expect(messageOf(outcome)).toContain(
        'Invalid configuration. serviceName should be configured.',
      );
    });

    it('uses a service name given with the call', () => {
      const outcome = watch(callbacks.schedule({ phonenumber: '5550102030', serviceName: 'care' }));

      const post = http.expectOne({ method: 'POST', url: `${V3_URL}/create` });
      expect(post.request.body).toEqual({
        serviceName: 'care',
        phoneNumber: '5550102030',
        userData: {},
      });
      post.flush({ status: { code: 0 }, data: { id: 'v3-9' } });
      expect(outcome.values.map((result) => result.id)).toEqual(['v3-9']);
    });
  });

  describe('cancel() and retrieve()', () => {
    beforeEach(() => setUp());

    it('refuses cancel("") with field id and sends nothing', () => {
      expectRefused(watch(callbacks.cancel('')), { code: 'INVALID_REQUEST', field: 'id' });
    });

    it('refuses retrieve("") with field id and sends nothing', () => {
      expectRefused(watch(callbacks.retrieve('')), { code: 'INVALID_REQUEST', field: 'id' });
    });
  });
});
