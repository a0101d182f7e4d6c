import { HttpTestingController } from '@angular/common/http/testing';
import type {
  CallbackConfig,
  CallbackEvent,
  CallbackService,
  ScheduleRequest,
} from '../../public-api';
import { formFields, startCallbacks, watch, type Outcome } from '../test-helpers';
import { DATA_URL, expectRefusal, messageOf, type Refusal } from './validation-fixtures';

/** Casts a request TypeScript would refuse: the service must check at run time. */
function untypedRequest(request: Record<string, unknown>): ScheduleRequest {
  return request as unknown as ScheduleRequest;
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

  describe('schedule()', () => {
    beforeEach(() => setUp());

    /** Books `request`, answers the POST, and returns the form fields that were sent. */
    function sentFields(request: ScheduleRequest): Record<string, string | null> {
      const outcome = watch(callbacks.schedule(request));
      const post = http.expectOne({ method: 'POST', url: DATA_URL });
      const fields = formFields(post.request.body);
      post.flush({ _id: 'cb-1' });
      expect(outcome.values.map((result) => result.id)).toEqual(['cb-1']);
      return fields;
    }

    describe('empty requests', () => {
      it('refuses {} with NO_DATA and the original text', () => {
        const outcome = watch(callbacks.schedule(untypedRequest({})));

        expectRefused(outcome, { code: 'NO_DATA' });
        expect(messageOf(outcome)).toBe('No data found to schedule callback');
      });

      it('treats a request whose fields are all undefined as empty', () => {
        const outcome = watch(
          callbacks.schedule(untypedRequest({ phonenumber: undefined, firstname: undefined })),
        );

        expectRefused(outcome, { code: 'NO_DATA' });
        expect(messageOf(outcome)).toBe('No data found to schedule callback');
      });
    });

    describe('phonenumber', () => {
      it('is required', () => {
        expectRefused(watch(callbacks.schedule(untypedRequest({ firstname: 'Ada' }))), {
          code: 'INVALID_REQUEST',
          field: 'phonenumber',
        });
      });

      const badNumbers: [string, string][] = [
        ['too short', '12'],
        ['too long (16 digits)', '1234567890123456'],
        ['made of letters', '555-CALL-NOW'],
        ['only a plus sign', '+'],
      ];
      for (const [label, phonenumber] of badNumbers) {
        it(`refuses a number ${label}: ${JSON.stringify(phonenumber)}`, () => {
          const outcome = watch(callbacks.schedule({ phonenumber }));

          expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'phonenumber' });
          expect(messageOf(outcome)).toContain(phonenumber);
        });
      }

      it('sends "+1 (555) 010-2030" without separators', () => {
        expect(sentFields({ phonenumber: '+1 (555) 010-2030' })).toEqual({
          _customer_number: '+15550102030',
        });
      });

      it('sends "555.010.2030" without separators', () => {
        expect(sentFields({ phonenumber: '555.010.2030' })).toEqual({
          _customer_number: '5550102030',
        });
      });

      it('accepts 3 and 15 digits, the bounds', () => {
        expect(sentFields({ phonenumber: '112' })).toEqual({ _customer_number: '112' });
        expect(sentFields({ phonenumber: '+123456789012345' })).toEqual({
          _customer_number: '+123456789012345',
        });
      });
    });

    describe('desiredTime', () => {
      const badTimes: [string, unknown][] = [
        ['a word', 'tomorrow'],
        ['an impossible date', '2026-02-30T10:00:00Z'],
        ['a local time without offset', '2026-05-02T10:00:00'],
        ['an impossible offset', '2026-05-02T10:00:00+25:00'],
        ['an invalid Date', new Date('not a date')],
      ];
      for (const [label, desiredTime] of badTimes) {
        it(`refuses ${label}`, () => {
          const outcome = watch(
            callbacks.schedule(untypedRequest({ phonenumber: '5550102030', desiredTime })),
          );

          expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'desiredTime' });
        });
      }

      it('sends a Date as UTC with milliseconds', () => {
        expect(
          sentFields({
            phonenumber: '5550102030',
            desiredTime: new Date(Date.UTC(2026, 4, 2, 10, 0, 0)),
          }),
        ).toEqual({ _customer_number: '5550102030', _desired_time: '2026-05-02T10:00:00.000Z' });
      });

      it('sends an instant with an offset converted to UTC', () => {
        expect(
          sentFields({ phonenumber: '5550102030', desiredTime: '2026-05-02T12:00:00+02:00' }),
        ).toEqual({ _customer_number: '5550102030', _desired_time: '2026-05-02T10:00:00.000Z' });
      });

      it('reports the booked time in UTC in the result', () => {
        const outcome = watch(
          callbacks.schedule({
            phonenumber: '5550102030',
            desiredTime: '2026-05-02T12:00:00+02:00',
          }),
        );
        http.expectOne({ method: 'POST', url: DATA_URL }).flush({ _id: 'cb-2' });

        expect(outcome.values).toEqual([
          { id: 'cb-2', desiredTime: '2026-05-02T10:00:00.000Z', raw: { _id: 'cb-2' } },
        ]);
      });
    });

    describe('contact fields', () => {
      it('refuses an implausible email', () => {
        const outcome = watch(
          callbacks.schedule({ phonenumber: '5550102030', email: 'not-an-email' }),
        );

        expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'email' });
        expect(messageOf(outcome)).toContain('not-an-email');
      });

      for (const field of ['firstname', 'lastname', 'subject'] as const) {
        it(`refuses a ${field} of 101 characters`, () => {
          const outcome = watch(
            callbacks.schedule({ phonenumber: '5550102030', [field]: 'x'.repeat(101) }),
          );

          expectRefused(outcome, { code: 'INVALID_REQUEST', field });
        });

        it(`sends a ${field} of 100 characters`, () => {
          const text = 'y'.repeat(100);

          expect(sentFields({ phonenumber: '5550102030', [field]: text })).toEqual({
            _customer_number: '5550102030',
            [field]: text,
          });
        });
      }
    });

    describe('userData', () => {
      const badUserData: [string, () => unknown][] = [
        ['a key that is not an identifier', () => ({ 'a-b': 'x' })],
        ['an object value', () => ({ nested: { deep: 1 } })],
        [
          'a __proto__ key made by JSON.parse',
          () => JSON.parse('{"__proto__": {"polluted": true}}'),
        ],
        ['a constructor key', () => ({ constructor: 'x' })],
        ['a prototype key', () => ({ prototype: 'x' })],
      ];
      for (const [label, make] of badUserData) {
        it(`refuses ${label}`, () => {
          const outcome = watch(
            callbacks.schedule(untypedRequest({ phonenumber: '5550102030', userData: make() })),
          );

          expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'userData' });
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        });
      }

      it('cannot smuggle an unvalidated booking time through userData._desired_time', () => {
        const outcome = watch(
          callbacks.schedule({
            phonenumber: '5550102030',
            userData: { _desired_time: 'tomorrow' },
          }),
        );

        const sent = http.match({ method: 'POST', url: DATA_URL });
        for (const post of sent) {
          expect(formFields(post.request.body)['_desired_time']).toBeUndefined();
          post.flush({ _id: 'cb-asap' });
        }
        if (sent.length === 0) {
          expect(outcome.error).toEqual(
            jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'userData' }),
          );
        }
      });

      it('sends valid userData values as form fields', () => {
        expect(
          sentFields({
            phonenumber: '5550102030',
            userData: { orderId: 'A-17', vip: true, tier: 2 },
          }),
        ).toEqual({ orderId: 'A-17', vip: 'true', tier: '2', _customer_number: '5550102030' });
      });
    });

    describe('unknown fields', () => {
      it('refuses the legacy spelling desiredtime, which only the CXBus path accepts, and names it', () => {
        const outcome = watch(
          callbacks.schedule(
            untypedRequest({ phonenumber: '5550102030', desiredtime: '2026-05-02T10:00:00Z' }),
          ),
        );

        expectRefused(outcome, { code: 'INVALID_REQUEST', field: 'desiredtime' });
        expect(messageOf(outcome)).toContain('desiredtime');
      });

      it('refuses the legacy spelling _customer_number and names it', () => {
        const outcome = watch(
          callbacks.schedule(untypedRequest({ _customer_number: '5550102030' })),
        );

        expectRefused(outcome, { code: 'INVALID_REQUEST', field: '_customer_number' });
      });
    });
  });
});
