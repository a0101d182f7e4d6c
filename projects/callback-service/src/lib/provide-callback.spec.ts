import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  withRetry,
  type CallbackConfig,
} from '../public-api';
import { thrownBy, watch } from './test-helpers';

const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

describe('provideCallback', () => {
  describe('with a bad synchronous config', () => {
    it('fails at start-up with INVALID_CONFIG naming the option and the value', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: DATA_URL, ajaxTimeout: -5 }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'ajaxTimeout' }),
      );
      expect((error as Error).message).toContain('ajaxTimeout');
      expect((error as Error).message).toContain('-5');
    });

    it('fails when the injector starts, before CallbackService is ever asked for', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: 'ftp://gms.example.com/callback' }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(HttpTestingController));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'dataURL' }));
    });

    it('fails at start-up when the config factory throws', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(() => {
            throw new Error('environment.json is missing');
          }),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('environment.json is missing');
    });

    it('fails at start-up when a synchronous factory returns a bad config', () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback(
            () => ({ dataURL: DATA_URL, apiVersion: 'v2' }) as unknown as CallbackConfig,
          ),
        ],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'apiVersion' }),
      );
      expect((error as Error).message).toContain('v2');
    });
  });

  describe('features', () => {
    it('refuses withRetry() given twice, naming the feature', () => {
      const error = thrownBy(() =>
        provideCallback({ dataURL: DATA_URL }, withRetry(), withRetry()),
      );

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('withRetry');
    });

    it('refuses withRetry() with a policy out of range, naming the option', () => {
      const error = thrownBy(() => withRetry({ maxAttempts: 0 }));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(
        jasmine.objectContaining({ code: 'INVALID_CONFIG', field: 'maxAttempts' }),
      );
      expect((error as Error).message).toContain('maxAttempts');
      expect((error as Error).message).toContain('0');
    });
  });

  describe('missing providers', () => {
    it('says to add provideCallback when CallbackService is injected without it', () => {
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideHttpClientTesting()],
      });

      const error = thrownBy(() => TestBed.inject(CallbackService));

      expect(error).toBeInstanceOf(CallbackError);
      expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG' }));
      expect((error as Error).message).toContain('provideCallback');
    });
  });

  describe('in a zoneless application', () => {
    let http: HttpTestingController;

    afterEach(() => http.verify());

    it('books a callback and publishes it without zone.js', () => {
      TestBed.configureTestingModule({
        providers: [
          provideZonelessChangeDetection(),
          provideHttpClient(),
          provideHttpClientTesting(),
          provideCallback({ dataURL: DATA_URL }),
        ],
      });
      const callbacks = TestBed.inject(CallbackService);
      http = TestBed.inject(HttpTestingController);
      const scheduled = watch(callbacks.scheduled$);

      const booking = watch(
        callbacks.schedule({ phonenumber: '5550102030', desiredTime: '2026-05-02T10:00:00Z' }),
      );
      http.expectOne({ method: 'POST', url: DATA_URL }).flush({ _id: 'cb-z' });

      const expected = {
        id: 'cb-z',
        desiredTime: '2026-05-02T10:00:00.000Z',
        raw: { _id: 'cb-z' },
      };
      expect(booking.values).toEqual([expected]);
      expect(booking.complete).toBeTrue();
      expect(scheduled.values).toEqual([expected]);
    });
  });
});
