import { TestBed } from '@angular/core/testing';
import { CallbackAnnouncer } from '../lib/a11y/callback-announcer';
import { setUpWidget, useSpecClock } from './widget-test-helpers';

const V3 = {
  apiVersion: 'v3',
  serviceName: 'sales',
  dataURL: 'https://callback.test/engagement/v3/callbacks',
} as const;

/** A v3 widget whose immediate callback `cb-1` was just booked (office open). */
async function bookedNow() {
  const setup = await setUpWidget({}, [], V3);
  const announce = spyOn(TestBed.inject(CallbackAnnouncer), 'announce').and.callThrough();
  setup.controller.expectOpenFor().respond(3600);
  await setup.widget.fill({ phonenumber: '+33 6 12 34 56 78' });
  await setup.widget.submit();
  setup.controller.expectSchedule().succeed({ id: 'cb-1' });
  return { ...setup, announce, confirmation: await setup.widget.getConfirmation() };
}

describe('CallbackWidget: the wait of an immediate callback (v3 retrieve)', () => {
  useSpecClock();

  it('shows the place in the queue and the estimated wait, and says them once', async () => {
    const { controller, confirmation, announce } = await bookedNow();
    controller.expectRetrieve('cb-1').respond({
      state: 'QUEUED',
      positionInQueue: 3,
      estimatedWaitTime: 250,
    });
    expect(await confirmation.getQueuePosition()).toBe('3');
    expect(await confirmation.getEstimatedWait()).toBe('about 5 minutes');
    expect(announce).toHaveBeenCalledWith(
      'Your place in the queue: 3. Estimated wait: about 5 minutes.',
    );

    jasmine.clock().tick(5_000);
    controller.expectRetrieve('cb-1').respond({
      state: 'QUEUED',
      positionInQueue: 1,
      estimatedWaitTime: 20,
    });
    expect(await confirmation.getQueuePosition()).toBe('1');
    expect(await confirmation.getEstimatedWait()).toBe('about 1 minute');
    const waits = announce.calls.allArgs().filter(([text]) => String(text).includes('queue'));
    expect(waits.length).toBe(1);
  });

  it('asks again after 5, 10, 20, 40 and then every 60 seconds while queued', async () => {
    const { controller } = await bookedNow();
    const queued = { state: 'QUEUED', positionInQueue: 2 };
    controller.expectRetrieve('cb-1').respond(queued);
    for (const delay of [5_000, 10_000, 20_000, 40_000, 60_000, 60_000]) {
      jasmine.clock().tick(delay - 1);
      expect(() => controller.expectRetrieve())
        .withContext(`before ${delay}`)
        .toThrowError();
      jasmine.clock().tick(1);
      controller.expectRetrieve('cb-1').respond(queued);
    }
  });

  it('stops asking and hides the wait once the state changes', async () => {
    const { controller, confirmation } = await bookedNow();
    controller.expectRetrieve('cb-1').respond({ state: 'QUEUED', positionInQueue: 1 });
    expect(await confirmation.getQueuePosition()).toBe('1');
    jasmine.clock().tick(5_000);
    controller.expectRetrieve('cb-1').respond({ state: 'ROUTING' });
    expect(await confirmation.getQueuePosition()).toBeNull();
    jasmine.clock().tick(600_000);
    controller.verify();
  });

  it('stops quietly on an error: the confirmation stays', async () => {
    const { controller, confirmation, widget } = await bookedNow();
    controller.expectRetrieve('cb-1').respond({ state: 'QUEUED', positionInQueue: 4 });
    jasmine.clock().tick(5_000);
    controller.expectRetrieve('cb-1').fail('NETWORK');
    expect(await widget.getState()).toBe('booked');
    expect(await confirmation.getQueuePosition()).toBe('4');
    expect(await confirmation.getError()).toBeNull();
    jasmine.clock().tick(600_000);
    controller.verify();
  });

  it('stops when the view goes, aborting a read in flight', async () => {
    const { controller, fixture } = await bookedNow();
    controller.expectRetrieve('cb-1').respond({ state: 'QUEUED', positionInQueue: 4 });
    jasmine.clock().tick(5_000);
    const read = controller.expectRetrieve('cb-1');
    fixture.destroy();
    expect(read.cancelled).toBeTrue();
    jasmine.clock().tick(600_000);
    controller.verify();
  });

  it('asks nothing for a scheduled callback, nor on v1', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-2' });
    expect(await (await widget.getConfirmation()).getQueuePosition()).toBeNull();
    jasmine.clock().tick(600_000);
    controller.verify();
  });
});
