import { TestKey } from '@angular/cdk/testing';
import { Directionality } from '@angular/cdk/bidi';
import { EventEmitter } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  localDay,
  longDateTime,
  setUpWidget,
  slotAt,
  timeLabel,
  useSpecClock,
} from './widget-test-helpers';
import { CallbackAnnouncer } from '../lib/a11y/callback-announcer';

describe('CallbackWidget: booking a picked date and time', () => {
  useSpecClock();

  it('reads each day from local midnight, shows slots in local time and books the slot in UTC', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();

    expect((await (await widget.getSlotPicker()).getDays()).length).toBe(5);
    controller
      .expectAvailability({ startDate: localDay(0).toISOString(), numberOfDays: 1 })
      .respond([]);
    await (await widget.getSlotPicker()).chooseDay(1);
    const [nine, nineThirty, ten] = [slotAt(1, 9), slotAt(1, 9, 30, 0), slotAt(1, 10)];
    controller
      .expectAvailability({ startDate: localDay(1).toISOString(), numberOfDays: 1 })
      .respond([ten, nine, nineThirty]);

    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual(
      [nine, nineThirty, ten].map((s) => timeLabel(s)),
    );
    expect(await (await widget.getSlotPicker()).getSlotLabels({ disabled: true })).toEqual([
      timeLabel(nineThirty),
    ]);
    await (await widget.getSlotPicker()).chooseSlot(timeLabel(ten));
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(ten.utcTime)}`,
    );
    await widget.submit();

    controller.expectSchedule({ desiredTime: ten.utcTime, phonenumber: '+33612345678' }).succeed();
    expect((await (await widget.getConfirmation()).getBooking()).time).toBe(
      longDateTime(ten.utcTime),
    );
    controller.verify();
  });

  it('hides full slots with hideUnavailableTimeSlots', async () => {
    const { widget, controller } = await setUpWidget({ hideUnavailableTimeSlots: true });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 22, 0, 0), slotAt(0, 23)]);
    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual([
      timeLabel(slotAt(0, 23)),
    ]);
  });

  it('cancels the query of a day left before it answered', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.choosePickDateTime();
    const today = controller.expectAvailability({ startDate: localDay(0).toISOString() });
    await (await widget.getSlotPicker()).chooseDay(1);
    await (await widget.getSlotPicker()).chooseDay(2);
    expect(today.cancelled).toBeTrue();
    expect(controller.matchAvailability().map((call) => call.request.startDate)).toEqual([
      localDay(2).toISOString(),
    ]);
    expect(await (await widget.getSlotPicker()).getSelectedDay()).toBe(
      (await (await widget.getSlotPicker()).getDays())[2] as string,
    );
  });

  it('shows loading, empty and error states, and tries again on request', async () => {
    const { widget, controller, fixture } = await setUpWidget();
    await widget.choosePickDateTime();
    expect(await (await widget.getSlotPicker()).getMessage()).toBe('Loading available times…');
    controller.expectAvailability().respond([]);
    expect(await (await widget.getSlotPicker()).getMessage()).toBe(
      'No time is available on this day. Please choose another day.',
    );

    await (await widget.getSlotPicker()).chooseDay(1);
    controller.expectAvailability().fail('SERVER_ERROR');
    expect(await (await widget.getSlotPicker()).getMessage()).toContain(
      'We could not load the available times.',
    );
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.cb-link')?.click();
    await fixture.whenStable();
    controller.expectAvailability({ startDate: localDay(1).toISOString() }).respond([slotAt(1, 8)]);
    expect(await (await widget.getSlotPicker()).getSlotLabels()).toEqual([timeLabel(slotAt(1, 8))]);
  });

  it('asks for a time when "pick date & time" has none', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 23)]);
    await widget.submit();
    expect(await widget.getFieldError('time')).toBe('Choose a day and a time.');
    controller.expectNoSchedule();
  });

  it('offers only the slot picker when immediateCallback is off', async () => {
    const { widget, controller } = await setUpWidget({ immediateCallback: false });
    await expectAsync(widget.chooseAsSoonAsPossible()).toBeRejected();
    controller.expectAvailability().respond([slotAt(0, 23)]);
    expect((await (await widget.getSlotPicker()).getSlotLabels()).length).toBe(1);
  });

  it('books with the keyboard only: arrow keys skip full slots, Enter chooses', async () => {
    const { widget, controller } = await setUpWidget();
    const announce = spyOn(TestBed.inject(CallbackAnnouncer), 'announce').and.callThrough();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([]);
    await (await widget.getSlotPicker()).chooseDay(1);
    const slots = [slotAt(1, 9), slotAt(1, 10, 0, 0), slotAt(1, 11), slotAt(1, 12)];
    controller.expectAvailability().respond(slots);
    expect(announce).toHaveBeenCalledWith(jasmine.stringMatching(/^3 times available on /));

    // Focus activates the first slot; Down skips the full 10:00; Up/Down wrap; End goes last.
    await (await widget.getSlotPicker()).pressKeys(TestKey.DOWN_ARROW, TestKey.ENTER);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(slots[2]!.utcTime)}`,
    );
    await (await widget.getSlotPicker()).pressKeys(TestKey.END, TestKey.DOWN_ARROW, TestKey.ENTER);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(slots[0]!.utcTime)}`,
    );

    await widget.submit();
    controller.expectSchedule({ desiredTime: slots[0]!.utcTime }).succeed();
    expect(await widget.getState()).toBe('booked');
  });
  it('finds a free slot by typing its first characters, and goes first with Home', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.choosePickDateTime();
    const slots = [slotAt(0, 9), slotAt(0, 10, 0, 0), slotAt(0, 11), slotAt(0, 13)];
    controller.expectAvailability().respond(slots);
    const picker = await widget.getSlotPicker();
    // Focus activates 9:00; "1" skips the full 10:00 for 11:00.
    await picker.pressKeys('1', TestKey.ENTER);
    expect(await picker.getSelectedTime()).toBe(`Selected: ${longDateTime(slots[2]!.utcTime)}`);
    // Later, "1" again moves on to the next match; "1:" typed together stays on it.
    jasmine.clock().tick(600);
    await picker.pressKeys('1', ':', TestKey.ENTER);
    expect(await picker.getSelectedTime()).toBe(`Selected: ${longDateTime(slots[3]!.utcTime)}`);
    await picker.pressKeys(TestKey.HOME, TestKey.ENTER);
    expect(await picker.getSelectedTime()).toBe(`Selected: ${longDateTime(slots[0]!.utcTime)}`);
  });

  it('moves with Left/Right as well, mirrored in a right-to-left page', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.choosePickDateTime();
    const slots = [slotAt(0, 21), slotAt(0, 22, 0, 0), slotAt(0, 23)];
    controller.expectAvailability().respond(slots);
    // Focus activates the first; Right skips the full 22:00.
    await (await widget.getSlotPicker()).pressKeys(TestKey.RIGHT_ARROW, TestKey.ENTER);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(slots[2]!.utcTime)}`,
    );
    await (await widget.getSlotPicker()).pressKeys(TestKey.LEFT_ARROW, TestKey.ENTER);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(slots[0]!.utcTime)}`,
    );
  });

  it('mirrors Left/Right with Directionality rtl', async () => {
    const { widget, controller } = await setUpWidget({}, [
      { provide: Directionality, useValue: { value: 'rtl', change: new EventEmitter() } },
    ]);
    await widget.choosePickDateTime();
    const slots = [slotAt(0, 21), slotAt(0, 22), slotAt(0, 23)];
    controller.expectAvailability().respond(slots);
    await (await widget.getSlotPicker()).pressKeys(TestKey.LEFT_ARROW, TestKey.ENTER);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(slots[1]!.utcTime)}`,
    );
  });

  describe('with the mouse, in a list scrolled down', () => {
    // A real press: pointerdown and mousedown (a real one, with a button and a click count),
    // then focus moves to the list as the browser moves it on mousedown.
    function press(element: HTMLElement, list: HTMLElement): void {
      const init = { bubbles: true, cancelable: true, button: 0, buttons: 1, detail: 1 };
      element.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
      element.dispatchEvent(new MouseEvent('mousedown', init));
      list.focus();
    }

    function release(element: HTMLElement): void {
      const init = { bubbles: true, cancelable: true, button: 0, buttons: 0, detail: 1 };
      element.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse' }));
      element.dispatchEvent(new MouseEvent('mouseup', init));
      element.dispatchEvent(new MouseEvent('click', init));
    }

    async function scrolledList() {
      const setup = await setUpWidget();
      await setup.widget.choosePickDateTime();
      // Every half hour of the day, the last full: more than the list shows, so it scrolls.
      const slots = Array.from({ length: 48 }, (_, i) =>
        slotAt(0, Math.floor(i / 2), (i % 2) * 30, i === 47 ? 0 : 2),
      );
      setup.controller.expectAvailability().respond(slots);
      expect((await (await setup.widget.getSlotPicker()).getSlotLabels()).length).toBe(48);
      const host: HTMLElement = setup.fixture.nativeElement;
      const list = host.querySelector<HTMLElement>('[role="listbox"]')!;
      const options = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'));
      list.scrollTop = list.scrollHeight;
      expect(list.scrollTop).toBeGreaterThan(0);
      // Activating an option scrolls it into view: the first must not be.
      spyOn(options[0]!, 'scrollIntoView').and.callThrough();
      return { ...setup, slots, list, options, scrollTop: list.scrollTop };
    }

    it('chooses a slot further down on the first click, without activating the first', async () => {
      const { fixture, widget, slots, list, options, scrollTop } = await scrolledList();
      const [first, pressed] = [options[0]!, options[45]!];

      press(pressed, list);
      await fixture.whenStable();
      expect(document.activeElement).toBe(list);
      expect(first.scrollIntoView).not.toHaveBeenCalled();
      expect(first.classList).not.toContain('cb-slot-active');
      expect(list.getAttribute('aria-activedescendant')).toBe(pressed.id);
      expect(list.scrollTop).toBe(scrollTop);

      release(pressed);
      expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
        `Selected: ${longDateTime(slots[45]!.utcTime)}`,
      );
      expect(first.scrollIntoView).not.toHaveBeenCalled();
      expect(list.scrollTop).toBe(scrollTop);
    });

    it('stays where it is when a full slot is pressed, and the keys start from the first', async () => {
      const { fixture, widget, slots, list, options, scrollTop } = await scrolledList();
      const full = options[47]!;

      press(full, list);
      release(full);
      await fixture.whenStable();
      expect(document.activeElement).toBe(list);
      expect(options[0]!.scrollIntoView).not.toHaveBeenCalled();
      expect(list.hasAttribute('aria-activedescendant')).toBeFalse();
      expect(list.scrollTop).toBe(scrollTop);
      expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();

      await (await widget.getSlotPicker()).pressKeys(TestKey.DOWN_ARROW, TestKey.ENTER);
      expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
        `Selected: ${longDateTime(slots[0]!.utcTime)}`,
      );
    });
  });

  it('drops a slot chosen on another day when the customer shows another day, and says so', async () => {
    const { widget, controller } = await setUpWidget();
    const announce = spyOn(TestBed.inject(CallbackAnnouncer), 'announce').and.callThrough();
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 23)]);
    await (await widget.getSlotPicker()).chooseSlot(0);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).not.toBeNull();

    // The same day again keeps it.
    await (await widget.getSlotPicker()).chooseDay(0);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).not.toBeNull();

    await (await widget.getSlotPicker()).chooseDay(1);
    controller.expectAvailability().respond([slotAt(1, 9)]);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();
    expect(announce).toHaveBeenCalledWith('The time you had chosen on another day was cleared.');
    await (await widget.getSlotPicker()).chooseDay(0);
    controller.expectAvailability().respond([slotAt(0, 23)]);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();
  });
});
