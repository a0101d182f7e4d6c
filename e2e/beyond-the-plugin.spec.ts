import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// "Build your own" beyond the original plugin, through the emulator: reschedule() on v1,
// openFor() on the v3 sales service, and the queue position and wait of a v3 retrieve().

const DAY_MS = 24 * 3600_000;

/** The UTC time shown in the second column of a slot-table row. */
async function utcOf(row: Locator): Promise<string> {
  return ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
}

async function bookSlot(page: Page, phone: string): Promise<{ id: string; slotUtc: string }> {
  const form = page.getByRole('main');
  const row = form.getByRole('table', { name: 'Next free times' }).getByRole('row').nth(2);
  const slotUtc = await utcOf(row);
  await row.getByRole('radio').check();
  await form.getByLabel('Phone number (required)').fill(phone);
  await form.getByRole('button', { name: 'Book the callback' }).click();
  await expect(form.getByRole('heading', { name: 'Callback booked' })).toBeVisible();
  return { id: ((await form.locator('.byo-booked-id').textContent()) ?? '').trim(), slotUtc };
}

/** `YYYY-MM-DDT09:30` (the browser runs in UTC) of the next day with a UTC week day in `days`. */
function next0930Utc(days: number[]): string {
  for (let ahead = 1; ; ahead++) {
    const day = new Date(Date.now() + ahead * DAY_MS);
    if (days.includes(day.getUTCDay())) return `${day.toISOString().slice(0, 10)}T09:30`;
  }
}

/** Minutes from `local` (UTC wall-clock text) to noon in Amsterdam, when sales breaks for lunch. */
function minutesToAmsterdamNoon(local: string): number {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(`${local}:00Z`));
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return 12 * 60 - (hours * 60 + minutes);
}

test('v1: "Change time" moves a booking with reschedule(), and a full time is refused with proposals', async ({
  page,
  emulator,
  guard,
}) => {
  guard.allowConsoleError(/Failed to load resource: the server responded with a status of 429/);
  await page.goto('/build-your-own?api=v1');
  const main = page.getByRole('main');
  await expect(main.getByText('Connected: Callback API v1.')).toBeVisible();
  const phone = '+33 6 12 34 57 01';
  const { id, slotUtc } = await bookSlot(page, phone);

  await main.getByRole('button', { name: 'Change time' }).click();
  const moveTable = main.getByRole('table', { name: 'Move it to (reschedule())' });
  const target = moveTable.getByRole('row').nth(5);
  const targetUtc = await utcOf(target);
  expect(targetUtc).not.toBe(slotUtc);
  // click(), not check(): choosing a time moves the callback and closes the table at once.
  await target.getByRole('radio').click();
  await expect(main.getByText('(moved)')).toBeVisible();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: targetUtc, state: 'SCHEDULED' }),
  ]);

  // Other customers fill a time the table still shows as free: the move is refused.
  await main.getByRole('button', { name: 'Change time' }).click();
  const full = moveTable.getByRole('row').nth(7);
  const fullUtc = await utcOf(full);
  await emulator.fillSlot(fullUtc);
  await full.getByRole('radio').click();
  const refusal = main.getByRole('alert');
  await expect(refusal).toContainText('RATE_LIMITED');
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: targetUtc }),
  ]);

  // A proposed time moves it.
  await refusal.getByRole('button').first().click();
  await expect(main.getByText('(moved)')).toBeVisible();
  const [moved] = await emulator.bookings(phone);
  expect(moved?.id).toBe(id);
  expect([targetUtc, fullUtc]).not.toContain(moved?.desiredTime);
});

test('v3: openFor() tells whether the sales office is open at a chosen time', async ({ page }) => {
  await page.goto('/build-your-own?api=v3');
  const hours = page.getByRole('region', { name: 'Office hours' });
  await expect(hours).toBeVisible();
  const at = hours.getByLabel('Is sales open at');
  const ask = hours.getByRole('button', { name: 'Ask (openFor())' });

  const weekday = next0930Utc([1, 2, 3, 4, 5]);
  await at.fill(weekday);
  await ask.click();
  // 10:30 in Amsterdam in winter, 11:30 in summer: open until the lunch break at noon.
  const minutes = minutesToAmsterdamNoon(weekday);
  const left =
    minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  await expect(hours.getByRole('status')).toHaveText(`sales is open then, for another ${left}.`);

  await at.fill(next0930Utc([0]));
  await ask.click();
  await expect(hours.getByRole('status')).toHaveText('sales is closed then.');
});

test('v3: the state of an immediate callback shows its queue position and estimated wait', async ({
  page,
  emulator,
}) => {
  await page.goto('/build-your-own?api=v3');
  const main = page.getByRole('main');
  await expect(main.getByText('Connected: Callback API v3, service customer-care.')).toBeVisible();
  const ahead = '+33 6 12 34 57 02';
  const phone = '+33 6 12 34 57 03';
  for (const number of [ahead, phone]) {
    await main.getByLabel('Phone number (required)').fill(number);
    await main.getByRole('button', { name: 'Book the callback' }).click();
    await expect(main.getByRole('heading', { name: 'Callback booked' })).toBeVisible();
    if (number === ahead) await main.getByRole('button', { name: 'Book another' }).click();
  }
  await main.getByRole('button', { name: 'Check its state' }).click();
  await expect(main.getByText('QUEUED')).toBeVisible();
  // One callback is queued ahead of this one.
  await expect(main.locator('.byo-queue-position')).toHaveText('2');
  await expect(main.locator('.byo-wait')).toHaveText(/^\d+ s$/);
  expect(await emulator.bookings(phone)).toEqual([expect.objectContaining({ state: 'QUEUED' })]);
});
