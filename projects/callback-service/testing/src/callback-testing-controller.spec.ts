import { TestBed } from '@angular/core/testing';
import { CallbackError, CallbackEvent, CallbackService } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { firstValueFrom } from 'rxjs';

describe('provideCallbackTesting() and CallbackTestingController', () => {
  let callbacks: CallbackService;
  let controller: CallbackTestingController;
  let events: CallbackEvent[];

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    callbacks = TestBed.inject(CallbackService);
    controller = TestBed.inject(CallbackTestingController);
    events = [];
    callbacks.events$.subscribe((event) => events.push(event));
  });

  it('hands a booking to the test, normalised, and delivers the answer with its event', async () => {
    const booked = firstValueFrom(
      callbacks.schedule({
        phonenumber: '+1 555 010-2030',
        desiredTime: new Date(Date.UTC(2030, 0, 1, 9)),
      }),
    );
    const call = controller.expectSchedule({ phonenumber: '+15550102030' });
    expect(call.request).toEqual({
      phonenumber: '+15550102030',
      desiredTime: '2030-01-01T09:00:00.000Z',
      userData: {},
    });
    call.succeed({ id: 'cb-1' });
    expect(await booked).toEqual({
      id: 'cb-1',
      desiredTime: '2030-01-01T09:00:00.000Z',
      raw: { id: 'cb-1' },
    });
    expect(events.map((e) => e.type)).toEqual(['ready', 'scheduled']);
    controller.verify();
  });

  it('fails a call with a code, an init object or a CallbackError', async () => {
    const first = firstValueFrom(callbacks.schedule({ phonenumber: '5550102030' }));
    controller.expectSchedule().fail('TIMEOUT');
    await expectAsync(first).toBeRejectedWith(jasmine.objectContaining({ code: 'TIMEOUT' }));

    const second = firstValueFrom(callbacks.schedule({ phonenumber: '5550102031' }));
    controller.expectSchedule().fail({
      code: 'BAD_REQUEST',
      status: 400,
      serverCode: 7030,
      message: 'Invalid phone number',
      field: 'phonenumber',
    });
    await expectAsync(second).toBeRejectedWith(
      jasmine.objectContaining({ serverCode: 7030, field: 'phonenumber' }),
    );
    expect(events.filter((e) => e.type === 'scheduleError').length).toBe(2);
  });

  it('keeps client-side validation: an invalid booking never reaches the controller', async () => {
    await expectAsync(firstValueFrom(callbacks.schedule({ phonenumber: 'abc' }))).toBeRejectedWith(
      jasmine.objectContaining({ code: 'INVALID_REQUEST', field: 'phonenumber' }),
    );
    controller.expectNoSchedule();
  });

  it('answers availability with slots, sorted, and marks an abandoned query as cancelled', async () => {
    const slots = firstValueFrom(
      callbacks.availability({ startDate: '2030-01-01T00:00:00Z', numberOfDays: '2' }),
    );
    const call = controller.expectAvailability({ numberOfDays: 2 });
    expect(call.request).toEqual({ startDate: '2030-01-01T00:00:00.000Z', numberOfDays: 2 });
    call.respond([
      { utcTime: '2030-01-01T10:00:00.000Z', capacity: 1 },
      { utcTime: '2030-01-01T09:00:00.000Z', capacity: 3 },
    ]);
    expect((await slots).slots.map((s) => s.utcTime)).toEqual([
      '2030-01-01T09:00:00.000Z',
      '2030-01-01T10:00:00.000Z',
    ]);

    const subscription = callbacks.availability({ numberOfDays: 1 }).subscribe();
    subscription.unsubscribe();
    controller.expectNoAvailability();
    controller.verify();
  });

  it('answers cancel() and retrieve()', async () => {
    const cancelled = firstValueFrom(callbacks.cancel('cb-9'), { defaultValue: 'done' });
    controller.expectCancel('cb-9').succeed();
    expect(await cancelled).toBeUndefined();
    const status = firstValueFrom(callbacks.retrieve('cb-9'));
    controller.expectRetrieve('cb-9').respond({ state: 'COMPLETED', reason: 'CANCELLED' });
    expect(await status).toEqual(
      jasmine.objectContaining({ id: 'cb-9', state: 'COMPLETED', reason: 'CANCELLED' }),
    );
  });

  it('says what is open when an expectation is not met', () => {
    callbacks.schedule({ phonenumber: '5550102030' });
    expect(() => controller.expectSchedule({ phonenumber: '000' })).toThrowError(
      /Expected one open schedule call matching .*found 0\. Open calls: schedule .*5550102030/,
    );
    expect(() => controller.verify()).toThrowError(/Expected no open callback calls, found 1/);
    controller.expectSchedule().succeed();
  });

  it('refuses to answer a call twice', () => {
    callbacks.schedule({ phonenumber: '5550102030' });
    const call = controller.expectSchedule();
    call.succeed();
    expect(() => call.fail('NETWORK')).toThrowError(/already answered/);
  });

  it('takes config overrides, e.g. v3 for ready$', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideCallbackTesting({
          apiVersion: 'v3',
          serviceName: 'care',
          dataURL: 'https://callback.test/engagement/v3/callbacks',
        }),
      ],
    });
    expect(await firstValueFrom(TestBed.inject(CallbackService).ready$)).toEqual({
      type: 'ready',
      apiVersion: 'v3',
      serviceName: 'care',
    });
  });

  it('is a CallbackError that consumers catch', async () => {
    const booking = firstValueFrom(callbacks.schedule({ phonenumber: '5550102030' }));
    controller.expectSchedule().fail(
      new CallbackError({
        code: 'RATE_LIMITED',
        message: 'busy',
        retryAfterMs: 1000,
        retryable: true,
      }),
    );
    const error = await booking.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
  });
  it('tells a call the caller gave up (cancelled) from one the test answered', () => {
    const booking = callbacks.schedule({ phonenumber: '5550102030' });
    const call = controller.expectSchedule();
    expect([call.answered, call.cancelled]).toEqual([false, false]);
    call.succeed();
    expect([call.answered, call.cancelled]).toEqual([true, false]);
    booking.subscribe();

    const query = callbacks.availability({ numberOfDays: 1 }).subscribe();
    const stale = controller.matchAvailability()[0]!;
    query.unsubscribe();
    expect([stale.answered, stale.cancelled]).toEqual([false, true]);
    expect(() => stale.respond([])).toThrowError(/cancelled by its caller/);

    callbacks.availability({ numberOfDays: 2 }).subscribe({ error: () => undefined });
    const failed = controller.expectAvailability({ numberOfDays: 2 });
    failed.fail('NETWORK');
    expect([failed.answered, failed.cancelled]).toEqual([true, false]);
  });

  it('counts the default booking ids per controller', async () => {
    const first = firstValueFrom(callbacks.schedule({ phonenumber: '5550102030' }));
    controller.expectSchedule().succeed();
    expect((await first).id).toBe('test-callback-1');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    const again = firstValueFrom(
      TestBed.inject(CallbackService).schedule({ phonenumber: '5550102031' }),
    );
    TestBed.inject(CallbackTestingController).expectSchedule().succeed();
    expect((await again).id).toBe('test-callback-1');
  });
});
