import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  type CallbackConfig,
  type CallbackUserData,
  type ScheduleRequest,
} from '../public-api';
import { prototypeIsClean, V1_URL, V3_CONFIG, V3_URL, verifyAfterSpec } from './security-fixtures';
import { formFields, startCallbacks, watch } from './test-helpers';

describe('CallbackService security', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;

  function setUp(config: CallbackConfig): void {
    ({ callbacks, http } = startCallbacks(config));
  }

  beforeEach(() => {
    // Specs that fail at start-up never get a controller: do not verify a previous one.
    http = undefined as unknown as HttpTestingController;
  });

  afterEach(() => verifyAfterSpec(http));

  describe('prototype pollution', () => {
    const pollutingUserData: [string, string][] = [
      ['__proto__', '{"__proto__": {"polluted": true, "isAdmin": true}}'],
      ['constructor', '{"constructor": {"prototype": {"polluted": true}}}'],
    ];

    for (const [key, json] of pollutingUserData) {
      it(`refuses config userData with a ${key} key from JSON.parse and leaves Object.prototype clean`, () => {
        TestBed.configureTestingModule({
          providers: [
            provideHttpClient(),
            provideHttpClientTesting(),
            provideCallback({
              dataURL: V1_URL,
              userData: JSON.parse(json) as CallbackUserData,
            }),
          ],
        });

        let error: unknown;
        try {
          TestBed.inject(CallbackService);
        } catch (thrown) {
          error = thrown;
        }

        expect(error).toEqual(
          jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'userData' }),
        );
        expect(prototypeIsClean()).toBeTrue();
      });

      it(`refuses per-call userData with a ${key} key from JSON.parse, sends nothing and leaves Object.prototype clean`, () => {
        setUp({ dataURL: V1_URL, userData: { portal: 'web' } });

        const booking = watch(
          callbacks.schedule({
            phonenumber: '5550102030',
            userData: JSON.parse(json) as CallbackUserData,
          } as ScheduleRequest),
        );

        expect(booking.error).toEqual(
          jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'userData' }),
        );
        http.expectNone(() => true);
        expect(prototypeIsClean()).toBeTrue();
      });
    }

    it('merges config and per-call userData without touching Object.prototype (v3 JSON body)', () => {
      setUp({ ...V3_CONFIG, userData: { portal: 'web', tier: 1 } });

      watch(
        callbacks.schedule({
          phonenumber: '5550102030',
          userData: JSON.parse('{"tier": 2, "orderId": "A-17"}') as CallbackUserData,
        }),
      );

      const post = http.expectOne({ method: 'POST', url: `${V3_URL}/create` });
      expect(post.request.body).toEqual({
        serviceName: 'care',
        phoneNumber: '5550102030',
        userData: { portal: 'web', tier: 2, orderId: 'A-17' },
      });
      post.flush({ status: { code: 0 }, data: { id: 'v3-2' } });
      expect(prototypeIsClean()).toBeTrue();
    });

    it('merges config and per-call userData into the v1 form without touching Object.prototype', () => {
      setUp({ dataURL: V1_URL, userData: { portal: 'web', tier: 1 } });

      watch(
        callbacks.schedule({
          phonenumber: '5550102030',
          userData: JSON.parse('{"tier": 2}') as CallbackUserData,
        }),
      );

      const post = http.expectOne({ method: 'POST', url: V1_URL });
      expect(formFields(post.request.body)).toEqual({
        portal: 'web',
        tier: '2',
        _customer_number: '5550102030',
      });
      post.flush({ _id: 'cb-3' });
      expect(prototypeIsClean()).toBeTrue();
    });
  });

  describe('untrusted server bodies', () => {
    const html = '<img src=x onerror=alert(1)>';

    it('keeps an HTML-looking v1 error message as plain text, unchanged', () => {
      setUp({ dataURL: V1_URL });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: html, exception: 'BadRequest' },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error).toEqual(jasmine.objectContaining({ code: 'BAD_REQUEST', status: 400 }));
      expect(typeof error.serverMessage).toBe('string');
      expect(error.serverMessage).toBe(html);
    });

    it('keeps an HTML-looking v3 error message as plain text, unchanged', () => {
      setUp({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: `${V3_URL}/create` })
        .flush(
          { status: { code: 400, message: html } },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'BAD_REQUEST', status: 400, serverCode: 400 }),
      );
      expect(typeof error.serverMessage).toBe('string');
      expect(error.serverMessage).toBe(html);
    });

    it('does not take an error message that is not a string', () => {
      setUp({ dataURL: V1_URL });
      const booking = watch(callbacks.schedule({ phonenumber: '5550102030' }));

      http
        .expectOne({ method: 'POST', url: V1_URL })
        .flush(
          { message: { toString: 'evil', html: '<b>x</b>' } },
          { status: 400, statusText: 'Bad Request' },
        );

      const error = booking.error as CallbackError;
      expect(error.code).toBe('BAD_REQUEST');
      expect(
        error.serverMessage === undefined || typeof error.serverMessage === 'string',
      ).toBeTrue();
      expect(String(error.serverMessage)).not.toContain('<b>');
      expect(String(error.serverMessage)).not.toContain('[object Object]');
      expect(error.message).not.toContain('[object Object]');
    });

    it('reads a __proto__ key in a server body as data, not as a prototype', () => {
      setUp({ dataURL: V1_URL });
      const slots = watch(callbacks.availability({ numberOfDays: 1 }));

      http
        .expectOne(`${V1_URL}/availability?number-of-days=1`)
        .flush(JSON.parse('{"__proto__": {"polluted": true}, "2026-05-02T10:00:00Z": 2}'));

      // Whatever the verdict on such a body, nothing leaks into Object.prototype.
      expect(slots.values.length + (slots.error === undefined ? 0 : 1)).toBe(1);
      expect(prototypeIsClean()).toBeTrue();
    });
  });
});
