import { expect, test } from './support/fixtures';
import { dateTimeLabel, slotLabel, utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

// Beyond the original plugin, through the widget against the emulator: "change time" moves a
// v1 callback with PUT {dataURL}/{id}; an immediate v3 callback shows its place in the queue.

test('v1: "change time" moves the booked callback to the slot picked', async ({
  page,
  emulator,
}) => {
  await page.goto('/?api=v1');
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('API v1 ready');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  const phone = '+33 6 12 34 56 41';
  const [booked, moved] = [utcTime(1, '10:00'), utcTime(2, '11:30')];
  await widget.fill({ phone });
  await widget.pickSlot(1, slotLabel(booked));
  await widget.submit.click();
  const id = await widget.bookedId();
  await expect(widget.bookedTime()).toHaveText(dateTimeLabel(booked));

  await widget.root.getByRole('button', { name: 'Change time' }).click();
  await widget.days.nth(2).click();
  await widget.slots.getByRole('option', { name: slotLabel(moved), exact: true }).click();
  await widget.root.getByRole('button', { name: 'Move my callback' }).click();

  await expect(widget.bookedTime()).toHaveText(dateTimeLabel(moved));
  await expect(widget.root.getByRole('button', { name: 'Change time' })).toBeVisible();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, apiVersion: 'v1', desiredTime: moved }),
  ]);
});

test('v3: an immediate callback shows its place in the queue and the estimated wait', async ({
  page,
  emulator,
}) => {
  await page.goto('/?api=v3');
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('API v3 ready');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  // The e2e service is open around the clock: open-for answers, and ASAP stays on offer.
  await expect(widget.asap).toBeEnabled();
  await widget.fill({ phone: '+33 6 12 34 56 42' });
  await widget.asap.check();
  await widget.submit.click();
  const id = await widget.bookedId();

  // The only queued callback: first in line, 90 s a callback in the emulator.
  await expect(widget.root.locator('.cb-queue-position')).toHaveText('1');
  await expect(widget.root.locator('.cb-estimated-wait')).toHaveText('about 2 minutes');
  await expect(widget.root.getByRole('button', { name: 'Change time' })).toHaveCount(0);
  expect(await emulator.bookings('+33 6 12 34 56 42')).toEqual([
    expect.objectContaining({ id, apiVersion: 'v3', state: 'QUEUED' }),
  ]);
});
