import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  resolveCallbackConfig,
  type CallbackConfig,
} from '../public-api';
import { V1_URL, V3_URL } from './harness-test-helpers';

/** What `resolveCallbackConfig` threw (fails the spec when it did not throw). */
function refusalOf(config: CallbackConfig): CallbackError {
  try {
    resolveCallbackConfig(config);
  } catch (error) {
    return error as CallbackError;
  }
  fail('expected the config to be refused');
  return undefined as unknown as CallbackError;
}

describe('Config values the wire cannot carry', () => {
  const unsendableKeys: [string, string][] = [
    ['a line feed', 'sk-live-7f3a\n9c21'],
    ['a carriage return and line feed', 'sk-live-7f3a9c21\r\nX-Evil: 1'],
    ['a NUL', 'sk-live\u00007f3a9c21'],
    ['a tab', 'sk-live\t7f3a9c21'],
    ['a character beyond Latin-1', 'sk-live-7f3a9c21\u20ac'],
    ['an emoji', 'sk-live-😀-7f3a9c21'],
    // The browser would send `sk-live-7f3a9c21`, which the masking of ' sk-live-…' misses.
    ['a leading space', ' sk-live-7f3a9c21'],
    ['a trailing space', 'sk-live-7f3a9c21 '],
  ];
  for (const [label, apikey] of unsendableKeys) {
    it(`refuses an apikey with ${label} as INVALID_CONFIG naming apikey, never its value`, () => {
      const error = refusalOf({ dataURL: V1_URL, apikey });

      expect(error).toBeInstanceOf(CallbackError);
      expect([error.code, error.field]).toEqual(['INVALID_CONFIG', 'apikey']);
      expect(error.message).toContain('`apikey`');
      expect(error.message).not.toContain('sk-live');
      expect(error.message).not.toContain('7f3a');
    });
  }

  it('refuses an unsendable apikey at start-up, when CallbackService is created', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL, apikey: 'sk-live\n7f3a9c21' }),
      ],
    });

    expect(() => TestBed.inject(CallbackService)).toThrowMatching(
      (error: unknown) =>
        error instanceof CallbackError &&
        error.code === 'INVALID_CONFIG' &&
        error.field === 'apikey',
    );
  });

  it('accepts a key of printable Latin-1 characters, inner spaces included', () => {
    expect(resolveCallbackConfig({ dataURL: V1_URL, apikey: 'K3y_with-ÿé~ x' }).apikey).toBe(
      'K3y_with-ÿé~ x',
    );
  });

  for (const serviceName of ['.', '..']) {
    it(`refuses the dot segment ${JSON.stringify(serviceName)} as v3 serviceName`, () => {
      const error = refusalOf({ dataURL: V3_URL, apiVersion: 'v3', serviceName });

      expect([error.code, error.field]).toEqual(['INVALID_CONFIG', 'serviceName']);
    });
  }

  it('refuses a lone surrogate in serviceName, callDirection and userData', () => {
    expect(refusalOf({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care\uD800' }).field).toBe(
      'serviceName',
    );
    expect(refusalOf({ dataURL: V1_URL, callDirection: '\uDC00USER' }).field).toBe('callDirection');
    expect(refusalOf({ dataURL: V1_URL, userData: { portal: 'web\uD83D' } }).field).toBe(
      'userData',
    );
  });
});
