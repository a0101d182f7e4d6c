import { CallbackError, resolveCallbackConfig, type CallbackConfig } from '../../public-api';
import { HttpErrorResponse } from '@angular/common/http';
import { badResponse } from '../protocol/untrusted-body';
import { unsupportedOperation } from '../protocol/unsupported-operation';
import { mapHttpError, timeoutError } from '../transport/map-http-error';
import { validateScheduleRequest } from '../validation/validate-schedule-request';

const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

interface DevModeGlobal {
  ngDevMode: unknown;
}

/** What `fn` threw, as a CallbackError (fails the spec otherwise). */
function refusalOf(fn: () => unknown): CallbackError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CallbackError) return error;
    fail(`expected a CallbackError, got ${String(error)}`);
  }
  fail('expected a CallbackError to be thrown, but nothing was thrown');
  return new CallbackError({ code: 'NO_DATA', message: 'unreachable' });
}

function resolveUntyped(raw: Record<string, unknown>) {
  return resolveCallbackConfig(raw as unknown as CallbackConfig);
}

// Production bundles are built with ngDevMode false, which drops the long explanations; the
// global is switched off here to check what such a bundle still says.
describe('refusal messages in a production build (ngDevMode off)', () => {
  const devModeGlobal = globalThis as unknown as DevModeGlobal;
  let saved: unknown;
  beforeEach(() => {
    saved = devModeGlobal.ngDevMode;
    devModeGlobal.ngDevMode = false;
  });
  afterEach(() => (devModeGlobal.ngDevMode = saved));

  it('name the config option and the bad value, without the explanation', () => {
    const error = refusalOf(() => resolveUntyped({ dataURL: DATA_URL, apiVersion: 'v2' }));

    expect(error).toEqual(
      jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'apiVersion' }),
    );
    expect(error.message).toBe('provideCallback(): invalid `apiVersion` "v2".');
  });

  it('give the long explanation while ngDevMode is on', () => {
    devModeGlobal.ngDevMode = saved;
    const error = refusalOf(() => resolveUntyped({ dataURL: DATA_URL, apiVersion: 'v2' }));

    expect(error.message).toBe(`provideCallback(): \`apiVersion\` must be 'v1' or 'v3', got "v2".`);
  });

  it('name a bad URL without its query (where gateways put keys)', () => {
    const error = refusalOf(() => resolveUntyped({ dataURL: `${DATA_URL}?apikey=k-123456` }));

    expect(error.field).toBe('dataURL');
    expect(error.message).toBe(`provideCallback(): invalid \`dataURL\` "${DATA_URL}?…".`);
  });

  it('never quote the API key', () => {
    const error = refusalOf(() => resolveUntyped({ dataURL: DATA_URL, apikey: 'k-1234\n5678' }));

    expect(error.field).toBe('apikey');
    expect(error.message).toBe('provideCallback(): invalid `apikey`.');
  });

  it('name the attached-data key and value', () => {
    const error = refusalOf(() => resolveUntyped({ dataURL: DATA_URL, userData: { tier: [1] } }));

    expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'userData' }));
    expect(error.message).toBe('provideCallback(): invalid `userData` tier: an array.');
  });

  it('name the option whose text cannot be sent (a lone surrogate)', () => {
    const error = refusalOf(() => resolveUntyped({ dataURL: DATA_URL, serviceName: 'care\ud800' }));

    expect(error.field).toBe('serviceName');
    expect(error.message).toMatch(/^provideCallback\(\): invalid `serviceName` "care.*"\.$/);
  });

  it('keep the code and field of a bad request field', () => {
    const error = refusalOf(() => validateScheduleRequest({ phonenumber: 'call me' }));

    expect(error).toEqual(
      jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'phonenumber' }),
    );
    expect(error.message).toBe('Invalid `phonenumber`.');
  });

  it('still say that nothing was sent for an operation the API version lacks', () => {
    const error = refusalOf(() => {
      throw unsupportedOperation('openFor', 'v1');
    });

    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toBe(
      'openFor() is not available with Callback API v1. Nothing was sent.',
    );
  });

  it('name the operation and the HTTP status of a server refusal, keeping its details in fields', () => {
    const error = mapHttpError(
      new HttpErrorResponse({ status: 503, statusText: 'Service Unavailable' }),
      'availability',
      () => ({ serverCode: 7030, serverMessage: 'Maintenance window' }),
    );

    expect(error).toEqual(
      jasmine.objectContaining({
        code: 'SERVER_ERROR',
        status: 503,
        serverCode: 7030,
        serverMessage: 'Maintenance window',
      }),
    );
    expect(error.message).toBe('availability: HTTP 503.');
  });

  it('still say that the outcome of a booking without an answer is unknown', () => {
    expect(timeoutError('schedule', 3000).message).toBe(
      'schedule: no answer within 3000 ms. It may or may not have been booked.',
    );
    expect(
      mapHttpError(new HttpErrorResponse({ status: 0 }), 'reschedule', () => ({})).message,
    ).toBe('reschedule: no answer. It may or may not have been moved.');
    expect(
      mapHttpError(new HttpErrorResponse({ status: 0 }), 'availability', () => ({})).message,
    ).toBe('availability: no answer.');
  });

  it('name the operation of an answer that is not the expected shape', () => {
    expect(badResponse('openFor', false).message).toBe('openFor: unexpected body.');
    expect(
      mapHttpError(
        new HttpErrorResponse({ status: 200, error: 'not json' }),
        'schedule',
        () => ({}),
      ).message,
    ).toBe('schedule: HTTP 200, not JSON.');
  });
});
