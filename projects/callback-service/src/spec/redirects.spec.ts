import {
  HttpErrorResponse,
  HttpResponse,
  provideHttpClient,
  withFetch,
  withInterceptors,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { catchError, firstValueFrom, map, throwError } from 'rxjs';
import {
  CallbackError,
  CallbackService,
  provideCallback,
  type CallbackConfig,
} from '../public-api';
import { record, V1_URL } from './harness-test-helpers';
import { HOSTILE_KEY } from './hostile-fixtures';

const ELSEWHERE = 'https://collector.example.net/steal';

// What XHR reports after it followed a redirect: the answer's URL is the last one it fetched.
const answeredElsewhere: HttpInterceptorFn = (req, next) =>
  next(req).pipe(
    map((event) => (event instanceof HttpResponse ? event.clone({ url: ELSEWHERE }) : event)),
    catchError((error: unknown) =>
      throwError(() =>
        error instanceof HttpErrorResponse
          ? new HttpErrorResponse({
              error: error.error,
              status: error.status,
              statusText: error.statusText,
              url: ELSEWHERE,
            })
          : error,
      ),
    ),
  );

function setUp(interceptors: HttpInterceptorFn[] = []) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors(interceptors)),
      provideHttpClientTesting(),
      provideCallback({ dataURL: V1_URL, apikey: HOSTILE_KEY }),
    ],
  });
  return {
    callbacks: TestBed.inject(CallbackService),
    http: TestBed.inject(HttpTestingController),
  };
}

/** Settles the Observable into its value or its error (real I/O, so a real wait). */
async function outcomeOf<T>(source: Promise<T>): Promise<T | CallbackError> {
  try {
    return await source;
  } catch (error) {
    return error as CallbackError;
  }
}

describe('Redirects', () => {
  it('asks backends that can (fetch) not to follow any redirect', () => {
    const { callbacks, http } = setUp();
    record(callbacks.schedule({ phonenumber: '5550102030' }));
    record(callbacks.availability({ numberOfDays: 1 }));

    const requests = http.match(() => true);
    expect(requests.map((req) => req.request.redirect)).toEqual(['manual', 'manual']);
    requests.forEach((req) => req.flush({ _id: 'cb-1' }));
  });

  it('refuses a booking answered by another origin, as XHR reports a followed redirect', () => {
    const { callbacks, http } = setUp([answeredElsewhere]);
    const booking = record(callbacks.schedule({ phonenumber: '5550102030' }));

    http.expectOne(V1_URL).flush({ _id: 'cb-1' });

    expect(booking.values).toEqual([]);
    const error = booking.error as CallbackError;
    expect([error.code, error.message]).toEqual([
      'HTTP_ERROR',
      jasmine.stringContaining('redirected schedule to https://collector.example.net'),
    ]);
    http.verify();
  });

  it('refuses an error answered by another origin rather than reading its body', () => {
    const { callbacks, http } = setUp([answeredElsewhere]);
    const slots = record(callbacks.availability({ numberOfDays: 1 }));

    http
      .expectOne((req) => req.url === `${V1_URL}/availability`)
      .flush({ message: 'from the collector' }, { status: 400, statusText: 'Bad Request' });

    const error = slots.error as CallbackError;
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.serverMessage).toBeUndefined();
    http.verify();
  });

  describe('over real HTTP (the Karma server answers 404)', () => {
    const karmaConfig = (): CallbackConfig => ({
      dataURL: `${location.origin}/genesys/1/service/callback/no-such-service`,
      apikey: HOSTILE_KEY,
    });

    it('sends through XHR without the fetch-only option (no Angular warning)', async () => {
      const warn = spyOn(console, 'warn');
      TestBed.configureTestingModule({
        providers: [provideHttpClient(), provideCallback(karmaConfig())],
      });
      const callbacks = TestBed.inject(CallbackService);

      const outcome = await outcomeOf(firstValueFrom(callbacks.availability({ numberOfDays: 1 })));

      expect((outcome as CallbackError).code).toBe('HTTP_ERROR');
      expect((outcome as CallbackError).status).toBe(404);
      expect(warn.calls.allArgs()).toEqual([]);
    });

    it('sends through fetch with redirect "manual"', async () => {
      const fetchSpy = spyOn(window, 'fetch').and.callThrough();
      TestBed.configureTestingModule({
        providers: [provideHttpClient(withFetch()), provideCallback(karmaConfig())],
      });
      const callbacks = TestBed.inject(CallbackService);

      const outcome = await outcomeOf(firstValueFrom(callbacks.availability({ numberOfDays: 1 })));

      expect((outcome as CallbackError).status).toBe(404);
      expect(fetchSpy.calls.mostRecent().args[1]?.redirect).toBe('manual');
    });

    it('refuses the opaque answer fetch gives for a redirect it did not follow', async () => {
      // The shape of a fetch Response of type "opaqueredirect" (no constructor makes one).
      const opaqueRedirect = {
        type: 'opaqueredirect',
        status: 0,
        statusText: '',
        url: '',
        redirected: false,
        body: null,
        headers: new Headers(),
      } as unknown as Response;
      spyOn(window, 'fetch').and.resolveTo(opaqueRedirect);
      TestBed.configureTestingModule({
        providers: [provideHttpClient(withFetch()), provideCallback(karmaConfig())],
      });
      const callbacks = TestBed.inject(CallbackService);

      const outcome = await outcomeOf(
        firstValueFrom(callbacks.schedule({ phonenumber: '5550102030' })),
      );

      expect((outcome as CallbackError).code).toBe('HTTP_ERROR');
      expect((outcome as CallbackError).message).toContain('does not follow redirects');
    });
  });
});
