import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EMPTY } from 'rxjs';
import { CALLBACK_REQUEST, CallbackError, CallbackService, provideCallback } from '../public-api';
import { formFields, record, setUpCallbacks, V1_URL, V3_URL } from './harness-test-helpers';

describe('what every request carries', () => {
  it('sets Content-Type explicitly: a form for v1 bookings, JSON for v3 bodies, none without a body', () => {
    const v1 = setUpCallbacks({ dataURL: V1_URL });
    v1.callbacks.schedule({ phonenumber: '5550102030' });
    record(v1.callbacks.availability({ numberOfDays: 1 }));
    const post = v1.http.expectOne({ method: 'POST' });
    expect(post.request.headers.get('Content-Type')).toBe(
      'application/x-www-form-urlencoded;charset=UTF-8',
    );
    expect(post.request.headers.get('Accept')).toBe('application/json');
    const get = v1.http.expectOne({ method: 'GET' });
    expect(get.request.headers.has('Content-Type')).toBeFalse();
    v1.http.verify();
  });

  it('sets Content-Type application/json on every v3 POST', () => {
    const v3 = setUpCallbacks({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
    v3.callbacks.schedule({ phonenumber: '5550102030' });
    v3.callbacks.cancel('id-1');
    record(v3.callbacks.retrieve('id-1'));
    const posts = v3.http.match({ method: 'POST' });
    expect(posts.map((p) => p.request.headers.get('Content-Type'))).toEqual([
      'application/json',
      'application/json',
      'application/json',
    ]);
  });

  it('marks its requests with CALLBACK_REQUEST and keeps them out of the SSR transfer cache', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    record(h.callbacks.availability({ numberOfDays: 1 }));
    const req = h.http.expectOne({ method: 'GET' });
    expect(req.request.context.get(CALLBACK_REQUEST)).toBeTrue();
    expect(req.request.transferCache).toBeFalse();
  });

  it('lets an app interceptor skip its own auth header on callback requests', () => {
    const auth: HttpInterceptorFn = (req, next) =>
      req.context.get(CALLBACK_REQUEST)
        ? next(req)
        : next(req.clone({ setHeaders: { Authorization: 'Bearer portal' } }));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([auth])),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL }),
      ],
    });
    TestBed.inject(CallbackService).schedule({ phonenumber: '5550102030' });
    const req = TestBed.inject(HttpTestingController).expectOne(V1_URL);
    expect(req.request.headers.has('Authorization')).toBeFalse();
  });

  it('fails at once with BAD_RESPONSE when an interceptor swallows the request', () => {
    const swallow: HttpInterceptorFn = () => EMPTY;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([swallow])),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL }),
      ],
    });
    const outcome = record(TestBed.inject(CallbackService).schedule({ phonenumber: '5550102030' }));
    expect(outcome.error).toEqual(jasmine.objectContaining({ code: 'BAD_RESPONSE' }));
  });

  it('reports the HTTP status of a 2xx whose body has the wrong shape', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    const outcome = record(h.callbacks.schedule({ phonenumber: '5550102030' }));
    h.http.expectOne(V1_URL).flush({ unexpected: true }, { status: 201, statusText: 'Created' });
    expect(outcome.error).toEqual(jasmine.objectContaining({ code: 'BAD_RESPONSE', status: 201 }));
  });

  it('does not double the full stop after a server message that has one', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    const outcome = record(h.callbacks.schedule({ phonenumber: '5550102030' }));
    h.http
      .expectOne(V1_URL)
      .flush({ message: 'Proposing time slots.' }, { status: 400, statusText: 'Bad Request' });
    expect((outcome.error as CallbackError).message).toContain('Proposing time slots.');
    expect((outcome.error as CallbackError).message).not.toContain('..');
  });

  it('v1 retrieve() never returns another callback\u2019s record', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    const outcome = record(h.callbacks.retrieve('cb-1'));
    h.http
      .expectOne((r) => r.url.endsWith('/service/callback'))
      .flush([{ _id: 'cb-2', _callback_state: 'QUEUED' }]);
    expect(outcome.error).toEqual(jasmine.objectContaining({ code: 'HTTP_ERROR', status: 404 }));
  });

  it('removes every kind of dash from phone numbers', () => {
    const h = setUpCallbacks({ dataURL: V1_URL });
    h.callbacks.schedule({ phonenumber: '+1\u00a0555\u2013010\u20112030' });
    expect(formFields(h.http.expectOne(V1_URL))['_customer_number']).toBe('+15550102030');
  });
});
