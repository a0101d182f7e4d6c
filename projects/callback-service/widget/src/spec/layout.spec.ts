import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import { CallbackDialog, provideCallbackWidget, type CallbackDialogRef } from '../public-api';
import { localDay, setUpWidget, useSpecClock } from './widget-test-helpers';

const box = (element: Element) => element.getBoundingClientRect();

describe('CallbackWidget: layout', () => {
  useSpecClock();

  it('shows every day of the strip at once, with short labels and full dates as descriptions', async () => {
    const { fixture, widget, controller } = await setUpWidget();
    const host = fixture.nativeElement as HTMLElement;
    host.style.width = '474px';
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([]);

    const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric' });
    const long = new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    });
    const days = [0, 1, 2, 3, 4].map((offset) => localDay(offset));
    expect(await (await widget.getSlotPicker()).getDays()).toEqual(
      days.map((day) => short.format(day)),
    );
    const buttons = [...host.querySelectorAll<HTMLElement>('.cb-day')];
    expect(buttons.map((b) => b.title)).toEqual(days.map((day) => long.format(day)));
    const strip = host.querySelector<HTMLElement>('.cb-days')!;
    expect(strip.scrollWidth).toBeLessThanOrEqual(strip.clientWidth);
    // One row of equal columns.
    expect(new Set(buttons.map((b) => Math.round(box(b).top))).size).toBe(1);
    expect(new Set(buttons.map((b) => Math.round(box(b).width))).size).toBe(1);
    for (const button of buttons) expect(box(button).right).toBeLessThanOrEqual(box(strip).right);
  });

  it('wraps a long strip onto more rows rather than hiding days', async () => {
    const { fixture, widget, controller } = await setUpWidget({ numberOfDays: 14 });
    const host = fixture.nativeElement as HTMLElement;
    host.style.width = '320px';
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([]);
    const strip = host.querySelector<HTMLElement>('.cb-days')!;
    const buttons = [...host.querySelectorAll<HTMLElement>('.cb-day')];
    expect(buttons.length).toBe(14);
    expect(strip.scrollWidth).toBeLessThanOrEqual(strip.clientWidth);
    expect(new Set(buttons.map((b) => Math.round(box(b).top))).size).toBeGreaterThan(1);
    for (const button of buttons) expect(box(button).right).toBeLessThanOrEqual(box(strip).right);
  });

  it('shows the picked country compactly, with the full names in the options', async () => {
    const { fixture, widget } = await setUpWidget();
    const host = fixture.nativeElement as HTMLElement;
    host.style.width = '390px';
    const shown = () => host.querySelector('.cb-country-short')!;
    const select = host.querySelector<HTMLSelectElement>('select.cb-country')!;
    expect(shown().textContent!.trim()).toBe('US');

    await (await widget.getPhoneField()).setCountry('FR');
    expect(shown().textContent!.trim()).toBe('FR +33');
    expect(shown().getAttribute('aria-hidden')).toBe('true');
    // What assistive technologies read: the select, its label and the full name.
    expect(select.getAttribute('aria-label')).toBe('Country code');
    expect(select.selectedOptions[0]!.textContent!.trim()).toBe('France (+33)');
    // The compact label fits in the closed picker, which leaves room for the number.
    expect(box(shown()).right).toBeLessThanOrEqual(box(select).right);
    const phone = host.querySelector<HTMLElement>('input.cb-phone')!;
    expect(box(phone).width).toBeGreaterThan(box(select).width * 2);

    await (await widget.getPhoneField()).setCountry('');
    expect(shown().textContent!.trim()).toBe('+');
  });
});

@Component({ selector: 'cb-test-host', template: '' })
class DialogHost {
  private readonly dialog = inject(CallbackDialog);
  ref?: CallbackDialogRef;

  open(panelClass?: string): void {
    this.ref = this.dialog.open(panelClass ? { panelClass } : {});
  }
}

describe('CallbackDialog: layout', () => {
  useSpecClock();

  async function open(panelClass?: string) {
    TestBed.configureTestingModule({
      providers: [provideCallbackTesting(), provideCallbackWidget()],
    });
    const fixture = TestBed.createComponent(DialogHost);
    fixture.componentInstance.open(panelClass);
    await fixture.whenStable();
    await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(CallbackWidgetHarness);
    const query = (selector: string) =>
      document.querySelector<HTMLElement>(`.cdk-dialog-container ${selector}`)!;
    return { fixture, query };
  }

  const backdrop = () => document.querySelector<HTMLElement>('.cdk-overlay-backdrop')!;

  it('pads the form evenly and keeps room for the close button beside the heading only', async () => {
    const { query } = await open();
    const widget = getComputedStyle(query('cb-callback-widget'));
    expect(widget.paddingRight).toBe(widget.paddingLeft);
    const close = box(query('.cb-dialog-close'));
    const title = query('.cb-title');
    const titleEnd = box(title).right - parseFloat(getComputedStyle(title).paddingRight);
    expect(titleEnd).toBeLessThanOrEqual(close.left);
    // The fields use the full width: as far right as the close button reaches.
    expect(box(query('textarea[name="subject"]')).right).toBeGreaterThan(close.left);
  });

  it('has a themable 1 px border and its own backdrop, darker in the dark theme', async () => {
    const { query, fixture } = await open();
    const dialog = getComputedStyle(query('cb-callback-dialog'));
    expect(dialog.borderTopWidth).toBe('1px');
    expect(dialog.borderTopColor).toBe('rgb(196, 199, 207)');
    expect(backdrop().classList).toContain('cb-callback-dialog-backdrop');
    expect(getComputedStyle(backdrop()).backgroundColor).toBe('rgba(0, 0, 0, 0.32)');

    document.body.style.setProperty('--cb-color-dialog-border', 'rgb(1, 2, 3)');
    try {
      expect(getComputedStyle(query('cb-callback-dialog')).borderTopColor).toBe('rgb(1, 2, 3)');
    } finally {
      document.body.style.removeProperty('--cb-color-dialog-border');
    }
    fixture.componentInstance.ref!.close();
    await fixture.whenStable();
  });

  it('darkens the backdrop with panelClass cb-theme-dark', async () => {
    const { query } = await open('cb-theme-dark');
    expect(backdrop().classList).toContain('cb-theme-dark');
    expect(getComputedStyle(backdrop()).backgroundColor).toBe('rgba(0, 0, 0, 0.65)');
    expect(getComputedStyle(query('cb-callback-dialog')).borderTopColor).toBe('rgb(93, 96, 105)');
  });
});
