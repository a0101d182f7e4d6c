import { TestBed } from '@angular/core/testing';
import { CallbackService } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { firstValueFrom } from 'rxjs';

const MOVED_TO = '2030-01-02T10:00:00.000Z';

function setUp(apiVersion: 'v1' | 'v3') {
  TestBed.configureTestingModule({
    providers: [
      provideCallbackTesting(apiVersion === 'v3' ? { apiVersion, serviceName: 'care' } : {}),
    ],
  });
  return {
    callbacks: TestBed.inject(CallbackService),
    controller: TestBed.inject(CallbackTestingController),
  };
}

describe('CallbackTestingController, reschedule() and openFor()', () => {
  it('hands a v1 reschedule to the test, its time normalised, and confirms it with the requested time', async () => {
    const { callbacks, controller } = setUp('v1');
    const moved = firstValueFrom(callbacks.reschedule('cb-1', new Date(MOVED_TO)));
    const call = controller.expectReschedule({ id: 'cb-1' });
    expect(call.request).toEqual({ id: 'cb-1', desiredTime: MOVED_TO });
    call.succeed();
    expect(await moved).toEqual({
      id: 'cb-1',
      desiredTime: MOVED_TO,
      raw: { id: 'cb-1', desiredTime: MOVED_TO },
    });
    controller.verify();
  });

  it('fails a reschedule as the server would, e.g. a full slot with proposals', async () => {
    const { callbacks, controller } = setUp('v1');
    const moved = firstValueFrom(callbacks.reschedule('cb-1', MOVED_TO));
    const proposedSlots = [{ utcTime: '2030-01-02T10:15:00.000Z', capacity: 1 }];
    controller
      .expectReschedule()
      .fail({ code: 'RATE_LIMITED', status: 429, message: 'Full.', proposedSlots });
    await expectAsync(moved).toBeRejectedWith(
      jasmine.objectContaining({ code: 'RATE_LIMITED', proposedSlots }),
    );
  });

  it('answers a v3 openFor with seconds, and marks an abandoned one as cancelled', async () => {
    const { callbacks, controller } = setUp('v3');
    const open = firstValueFrom(callbacks.openFor({ start: '2030-01-02T11:00:00+01:00' }));
    const call = controller.expectOpenFor({ start: MOVED_TO });
    call.respond(3600);
    expect(await open).toEqual({ openForSeconds: 3600, raw: { openForSeconds: 3600 } });

    const abandoned = callbacks.openFor({ serviceName: 'sales' }).subscribe();
    const pending = controller.expectOpenFor({ serviceName: 'sales' });
    abandoned.unsubscribe();
    expect(pending.cancelled).toBeTrue();
    expect(() => pending.respond(0)).toThrowError(/cancelled by its caller/);
    controller.verify();
  });

  it('keeps the version rule: reschedule on v3 and openFor on v1 are UNSUPPORTED and reach no test', async () => {
    const v3 = setUp('v3');
    await expectAsync(firstValueFrom(v3.callbacks.reschedule('cb-1', MOVED_TO))).toBeRejectedWith(
      jasmine.objectContaining({ code: 'UNSUPPORTED' }),
    );
    v3.controller.verify();
    TestBed.resetTestingModule();
    const v1 = setUp('v1');
    await expectAsync(firstValueFrom(v1.callbacks.openFor())).toBeRejectedWith(
      jasmine.objectContaining({ code: 'UNSUPPORTED' }),
    );
    expect(() => v1.controller.expectOpenFor()).toThrowError(/Expected one open openFor call/);
  });
});
