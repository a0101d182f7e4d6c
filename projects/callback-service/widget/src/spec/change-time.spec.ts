import { TestBed } from '@angular/core/testing';
import { CallbackAnnouncer } from '../lib/a11y/callback-announcer';
import { longDateTime, setUpWidget, slotAt, timeLabel, useSpecClock } from './widget-test-helpers';

/** A v1 widget whose immediate callback `cb-1` was just booked. */
async function booked() {
  const setup = await setUpWidget();
  await setup.widget.fill({ phonenumber: '+33 6 12 34 56 78' });
  await setup.widget.submit();
  setup.controller.expectSchedule().succeed({ id: 'cb-1' });
  const announce = spyOn(TestBed.inject(CallbackAnnouncer), 'announce').and.callThrough();
  return { ...setup, announce, confirmation: await setup.widget.getConfirmation() };
}

describe('CallbackWidget: changing the time of a booked callback (v1 reschedule)', () => {
  useSpecClock();

  it('moves the callback to the slot picked with reschedule(id, utcTime), and shows the new time', async () => {
    const { controller, confirmation, announce } = await booked();
    expect(await confirmation.canChangeTime()).toBeTrue();
    await confirmation.changeTime();
    const ten = slotAt(0, 10);
    controller.expectAvailability().respond([slotAt(0, 9, 30, 0), ten]);
    await (await confirmation.getChangeTimePicker()).chooseSlot(timeLabel(ten));
    await confirmation.confirmChangeTime();

    const move = controller.expectReschedule();
    expect(move.request).toEqual({ id: 'cb-1', desiredTime: ten.utcTime });
    move.succeed();
    expect((await confirmation.getBooking()).time).toBe(longDateTime(ten.utcTime));
    expect(announce).toHaveBeenCalledWith(
      `Your callback is moved to ${longDateTime(ten.utcTime)}.`,
    );
    // The picker is gone; the time can be changed again.
    await expectAsync(confirmation.getChangeTimePicker()).toBeRejected();
    expect(await confirmation.canChangeTime()).toBeTrue();
    controller.verify();
  });

  it('shows a refusal like a booking error: the message, the proposed times, the refused one full', async () => {
    const { controller, confirmation } = await booked();
    await confirmation.changeTime();
    const [ten, eleven, noon] = [slotAt(0, 10), slotAt(0, 11), slotAt(0, 12)];
    controller.expectAvailability().respond([ten, eleven]);
    await (await confirmation.getChangeTimePicker()).chooseSlot(timeLabel(ten));
    await confirmation.confirmChangeTime();
    controller
      .expectReschedule()
      .fail({ code: 'RATE_LIMITED', status: 429, message: 'Full.', proposedSlots: [noon] });

    expect(await confirmation.getChangeTimeError()).toBe(
      'That time is no longer available. You can choose one of these times instead:',
    );
    const proposals = await confirmation.getChangeTimeProposals();
    expect(await Promise.all(proposals.map((p) => p.getText()))).toEqual([timeLabel(noon)]);
    const picker = await confirmation.getChangeTimePicker();
    expect(await picker.getSlotLabels({ disabled: true })).toEqual([timeLabel(ten)]);
    expect((await confirmation.getBooking()).time).toBe('As soon as possible');

    await proposals[0]?.select();
    await confirmation.confirmChangeTime();
    controller.expectReschedule({ desiredTime: noon.utcTime }).succeed();
    expect((await confirmation.getBooking()).time).toBe(longDateTime(noon.utcTime));
  });

  it('sends the move once, however many clicks', async () => {
    const { controller, confirmation } = await booked();
    await confirmation.changeTime();
    const ten = slotAt(0, 10);
    controller.expectAvailability().respond([ten]);
    await (await confirmation.getChangeTimePicker()).chooseSlot(timeLabel(ten));
    await confirmation.confirmChangeTime();
    await confirmation.confirmChangeTime();
    expect(controller.expectReschedule().request.id).toBe('cb-1');
    controller.verify();
  });

  it('keeps the booked time when the customer changes their mind', async () => {
    const { controller, confirmation } = await booked();
    await confirmation.changeTime();
    controller.expectAvailability().respond([slotAt(0, 10)]);
    await confirmation.keepTime();
    await expectAsync(confirmation.getChangeTimePicker()).toBeRejected();
    expect((await confirmation.getBooking()).time).toBe('As soon as possible');
    controller.verify();
  });

  it('is not offered on v3, which has no reschedule', async () => {
    const { controller, widget } = await setUpWidget({}, [], {
      apiVersion: 'v3',
      serviceName: 'sales',
      dataURL: 'https://callback.test/engagement/v3/callbacks',
    });
    controller.expectOpenFor().respond(60);
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    const ten = slotAt(0, 10);
    controller.expectAvailability().respond([ten]);
    await (await widget.getSlotPicker()).chooseSlot(timeLabel(ten));
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-3' });
    expect(await (await widget.getConfirmation()).canChangeTime()).toBeFalse();
  });
});
