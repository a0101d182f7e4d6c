import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TestBed } from '@angular/core/testing';
import axe from 'axe-core';
import { setUpWidget, slotAt, useSpecClock, withRealTimers } from './widget-test-helpers';

describe('CallbackWidget: accessibility (axe-core)', () => {
  useSpecClock();

  async function violations(element: HTMLElement) {
    const result = await withRealTimers(() => axe.run(element));
    // A readable failure: rule id and the offending markup.
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  }

  it('has no violation in the form, with the country picker', async () => {
    const { fixture, widget } = await setUpWidget();
    expect(await (await widget.getPhoneField()).getCountry()).toBe('US');
    expect(await violations(fixture.nativeElement)).toEqual([]);
  });

  it('has no violation in the slot picker, with free, full and chosen slots', async () => {
    const { fixture, widget, controller } = await setUpWidget();
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 21), slotAt(0, 22, 0, 0), slotAt(0, 23)]);
    await (await widget.getSlotPicker()).chooseSlot(2);
    expect(await violations(fixture.nativeElement)).toEqual([]);
  });

  it('has no violation with field errors and proposed slots', async () => {
    const { fixture, widget, controller } = await setUpWidget();
    await widget.submit();
    expect(await widget.getFieldError('phonenumber')).not.toBeNull();
    expect(await violations(fixture.nativeElement)).toEqual([]);

    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule().fail({
      code: 'RATE_LIMITED',
      message: 'Too many',
      proposedSlots: [slotAt(1, 9), slotAt(1, 10)],
    });
    expect((await widget.getProposedSlots()).length).toBe(2);
    expect(await violations(fixture.nativeElement)).toEqual([]);
  });

  it('has no violation in the confirmation, in the dark theme too', async () => {
    const { fixture, widget, controller } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-1' });
    expect(await widget.getState()).toBe('booked');
    expect(await violations(fixture.nativeElement)).toEqual([]);

    (fixture.nativeElement as HTMLElement).classList.add('cb-theme-dark');
    expect(getComputedStyle(fixture.nativeElement).backgroundColor).toBe('rgb(27, 28, 31)');
    expect(await violations(fixture.nativeElement)).toEqual([]);
  });

  it('keeps its announcements out of sight: the live element is visually hidden', async () => {
    const { widget, controller } = await setUpWidget();
    const announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.callThrough();
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 23)]);
    await (await widget.getSlotPicker()).chooseSlot(0);
    jasmine.clock().tick(100); // the text is set after a short delay
    await announce.calls.mostRecent().returnValue;

    const live = document.querySelector<HTMLElement>('.cdk-live-announcer-element')!;
    expect(live.textContent).toMatch(/^Selected: /);
    const style = getComputedStyle(live);
    expect(style.position).toBe('absolute');
    expect(style.overflow).toBe('hidden');
    expect(style.clip).toBe('rect(0px, 0px, 0px, 0px)');
    const box = live.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(box.height).toBeLessThanOrEqual(1);
  });
});
