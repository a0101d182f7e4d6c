import { TestBed } from '@angular/core/testing';
import axe from 'axe-core';
import { setUpWidget, slotAt, useSpecClock, withRealTimers } from './widget-test-helpers';
import { CallbackAnnouncer } from '../lib/a11y/callback-announcer';

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

  it('announces through one visually hidden live region of its own', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([slotAt(0, 23)]);
    await (await widget.getSlotPicker()).chooseSlot(0);
    jasmine.clock().tick(100); // the text is set after a short delay

    const regions = document.querySelectorAll<HTMLElement>('.cb-live-region');
    expect(regions.length).toBe(1);
    const live = regions[0]!;
    expect(live.textContent).toMatch(/^Selected: /);
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.getAttribute('aria-atomic')).toBe('true');
    const style = getComputedStyle(live);
    expect(style.position).toBe('absolute');
    expect(style.overflow).toBe('hidden');
    expect(style.clip).toBe('rect(0px, 0px, 0px, 0px)');
    const box = live.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(box.height).toBeLessThanOrEqual(1);
    expect(document.querySelector('.cdk-live-announcer-element')).toBeNull();
  });

  it('says the same text twice, assertive when asked, and is owned by an open modal dialog', async () => {
    await setUpWidget();
    const announcer = TestBed.inject(CallbackAnnouncer);
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    modal.setAttribute('aria-owns', 'other-element');
    document.body.appendChild(modal);
    try {
      const first = announcer.announce('Saved.');
      jasmine.clock().tick(100);
      await first;
      const live = document.querySelector<HTMLElement>('.cb-live-region')!;
      expect(live.textContent).toBe('Saved.');
      expect(modal.getAttribute('aria-owns')).toBe(`other-element ${live.id}`);

      // The region is emptied first, so screen readers hear the repeated text again.
      const again = announcer.announce('Saved.', 'assertive');
      expect(live.textContent).toBe('');
      expect(live.getAttribute('aria-live')).toBe('assertive');
      jasmine.clock().tick(100);
      await again;
      expect(live.textContent).toBe('Saved.');
      expect(modal.getAttribute('aria-owns')).toBe(`other-element ${live.id}`);

      // A newer message replaces one not made yet; both promises settle.
      const older = announcer.announce('Loading…');
      const newer = announcer.announce('Loaded.');
      jasmine.clock().tick(100);
      await Promise.all([older, newer]);
      expect(live.textContent).toBe('Loaded.');

      // The page's modal outlives the app: it no longer points at the removed region.
      TestBed.resetTestingModule();
      expect(live.isConnected).toBeFalse();
      expect(modal.getAttribute('aria-owns')).toBe('other-element');
    } finally {
      modal.remove();
    }
  });
});
