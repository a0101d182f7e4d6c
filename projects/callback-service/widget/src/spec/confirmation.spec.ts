import { TestBed } from '@angular/core/testing';
import { setUpWidget, useSpecClock } from './widget-test-helpers';
import { CallbackAnnouncer } from '../lib/a11y/callback-announcer';

describe('CallbackWidget: confirmation and cancellation', () => {
  useSpecClock();

  let announce: jasmine.Spy;

  async function booked() {
    const setup = await setUpWidget();
    announce = spyOn(TestBed.inject(CallbackAnnouncer), 'announce').and.callThrough();
    await setup.widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await setup.widget.submit();
    setup.controller.expectSchedule().succeed({ id: 'cb-1' });
    return setup;
  }

  it('cancels the booked callback with cancel(id) and says so', async () => {
    const { widget, controller, fixture } = await booked();
    const cancelled: string[] = [];
    fixture.componentRef.instance.cancelled.subscribe((id) => cancelled.push(id));
    expect(await widget.getState()).toBe('booked');
    expect(announce).toHaveBeenCalledWith('Your callback is booked: As soon as possible.');
    expect(document.activeElement?.textContent?.trim()).toBe("You're booked in!");

    await (await widget.getConfirmation()).cancel();
    controller.expectCancel('cb-1').succeed();
    expect(await widget.getState()).toBe('cancelled');
    expect(cancelled).toEqual(['cb-1']);
    expect(announce).toHaveBeenCalledWith('Your callback is cancelled.');
    expect(document.activeElement?.textContent?.trim()).toBe('Your callback is cancelled.');

    await (await widget.getConfirmation()).bookAnother();
    expect(await widget.getState()).toBe('form');
    expect((await widget.getValues()).phonenumber).toBe('');
    controller.verify();
  });

  it('keeps the booking when the cancellation fails', async () => {
    const { widget, controller, fixture } = await booked();
    await (await widget.getConfirmation()).cancel();
    controller.expectCancel('cb-1').fail('NETWORK');
    expect(await widget.getState()).toBe('booked');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'We could not cancel your callback. Please try again.',
    );
  });
});
