import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackService } from 'ngx-genesys-callback';
import { setUpWidget, useSpecClock } from './widget-test-helpers';

const V3 = {
  apiVersion: 'v3',
  serviceName: 'sales',
  dataURL: 'https://callback.test/engagement/v3/callbacks',
} as const;

describe('CallbackWidget: office hours (v3 openFor)', () => {
  useSpecClock();

  it('disables "as soon as possible" while the office is closed, says why, and preselects a time', async () => {
    const { widget, controller } = await setUpWidget({}, [], V3);
    expect(await widget.isAsSoonAsPossibleChosen()).toBeTrue();
    controller.expectOpenFor().respond(0);

    expect(await widget.isAsSoonAsPossibleAvailable()).toBeFalse();
    expect(await widget.isAsSoonAsPossibleChosen()).toBeFalse();
    expect(await widget.hasSlotPicker()).toBeTrue();
    expect(await widget.getAsSoonAsPossibleNote()).toBe(
      'We are closed right now, so we cannot call you straight away. Please pick a time.',
    );
  });

  it('keeps "as soon as possible" chosen while the office is open', async () => {
    const { widget, controller } = await setUpWidget({}, [], V3);
    controller.expectOpenFor().respond(3600);
    expect(await widget.isAsSoonAsPossibleAvailable()).toBeTrue();
    expect(await widget.isAsSoonAsPossibleChosen()).toBeTrue();
    expect(await widget.getAsSoonAsPossibleNote()).toBeNull();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    expect(controller.expectSchedule().request.desiredTime).toBeUndefined();
  });

  it('books as before when openFor() fails: the question never blocks a booking', async () => {
    const { widget, controller } = await setUpWidget({}, [], V3);
    controller.expectOpenFor().fail('NETWORK');
    expect(await widget.isAsSoonAsPossibleAvailable()).toBeTrue();
    expect(await widget.getAsSoonAsPossibleNote()).toBeNull();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-3' });
    expect(await widget.getState()).toBe('booked');
  });

  it('leaves "as soon as possible" when it is the only way, with the note', async () => {
    const { widget, controller } = await setUpWidget({ scheduledCallback: false }, [], V3);
    controller.expectOpenFor().respond(0);
    expect(await widget.getAsSoonAsPossibleNote()).toContain('We are closed right now');
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    expect(controller.expectSchedule().request.desiredTime).toBeUndefined();
  });

  it('asks nothing on v1, where openFor() does not exist', async () => {
    const { widget, controller, fixture } = await setUpWidget();
    const openFor = spyOn(TestBed.inject(CallbackService), 'openFor').and.callThrough();
    fixture.detectChanges();
    expect(await widget.isAsSoonAsPossibleAvailable()).toBeTrue();
    expect(openFor).not.toHaveBeenCalled();
    expect(() => controller.expectOpenFor()).toThrowError(/Expected one open openFor call/);
    controller.verify();
  });

  it('cancels the question when the widget goes before the answer', async () => {
    const { fixture, controller } = await setUpWidget({}, [], V3);
    fixture.detectChanges();
    const call = controller.expectOpenFor();
    fixture.destroy();
    expect(call.cancelled).toBeTrue();
  });

  it('asks nothing while rendered on the server', async () => {
    const { widget, controller } = await setUpWidget(
      {},
      [{ provide: PLATFORM_ID, useValue: 'server' }],
      V3,
    );
    expect(await widget.isAsSoonAsPossibleAvailable()).toBeTrue();
    controller.verify();
  });
});
