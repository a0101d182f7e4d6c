import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { dateTimeLabel, slotLabel, utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

// How the widget copes when bookings fail: a full slot (429 with proposals), a server error,
// a dropped connection and an answer slower than ajaxTimeout, the faults switched on and off
// from the demo's emulator panel.

/** The browser's own console line for a request that failed as the test intends. */
const FAILED_REQUEST = {
  429: /Failed to load resource: the server responded with a status of 429/,
  500: /Failed to load resource: the server responded with a status of 500/,
  dropped: /Failed to load resource: net::ERR_EMPTY_RESPONSE/,
};

/** The console lines of a lazy part of the widget that the test keeps from loading. */
const FAILED_CHUNK = [
  /Failed to load resource: net::ERR_FAILED/,
  /Failed to fetch dynamically imported module/,
];

/**
 * Makes the browser fail to fetch the lazy chunk whose code holds `marker` (a component's
 * selector, quoted as the compiled code has it) while `blocked()` says so; other files load.
 */
async function blockChunk(page: Page, marker: string, blocked = () => true): Promise<void> {
  await page.route(/\/chunk-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (blocked() && body.includes(marker)) await route.abort('failed');
    else await route.fulfill({ response, body });
  });
}

for (const api of ['v1', 'v3'] as const) {
  test(`a full slot: the 429 proposals appear and booking one succeeds (${api})`, async ({
    page,
    emulator,
    guard,
  }) => {
    guard.allowConsoleError(FAILED_REQUEST[429]);
    await page.goto(`/?api=${api}`);
    const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
    const phone = api === 'v1' ? '+33 6 12 34 56 11' : '+33 6 12 34 56 12';
    const full = utcTime(1, '01:00');
    await widget.fill({ firstname: 'Ada', phone });
    await widget.pickSlot(1, slotLabel(full));
    // Other customers take the slot while the form is open.
    expect(await emulator.fillSlot(full)).toBe(2);
    await widget.submit.click();

    await expect(widget.root.getByText('That time is no longer available')).toBeVisible();
    const proposals = widget.proposals.getByRole('option');
    await expect(proposals.first()).toBeVisible();
    await expect(widget.firstName).toHaveValue('Ada');
    const proposed = ((await proposals.first().textContent()) ?? '').trim();
    await proposals.first().click();
    await widget.submit.click();

    const id = await widget.bookedId();
    const [booking, ...others] = await emulator.bookings(phone);
    expect(others).toEqual([]);
    expect(booking).toMatchObject({ id, apiVersion: api, state: 'SCHEDULED', immediate: false });
    expect(booking?.desiredTime).not.toBe(full);
    // A proposal on the day shown reads as a time only; the confirmation gives the full date.
    expect(slotLabel(booking?.desiredTime ?? '')).toBe(proposed);
    await expect(widget.bookedTime()).toHaveText(dateTimeLabel(booking?.desiredTime ?? ''));
  });
}

const FAULTS = [
  {
    name: 'a 500',
    switch: '500 Server error',
    armed: 'Armed: every booking answers 500.',
    message: 'Something went wrong. Please try again.',
    console: FAILED_REQUEST[500],
    phone: '+33 6 12 34 56 21',
  },
  {
    name: 'a dropped connection',
    switch: 'Dropped connection',
    armed: 'Armed: every booking loses its connection.',
    message: 'We could not reach the callback service. Check your connection and try again.',
    console: FAILED_REQUEST.dropped,
    phone: '+33 6 12 34 56 22',
  },
];

for (const fault of FAULTS) {
  test(`${fault.name}: a clear error, the draft kept, a retry books exactly once`, async ({
    page,
    emulator,
    guard,
  }) => {
    guard.allowConsoleError(fault.console);
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Emulator' });
    await panel.getByRole('radio', { name: fault.switch }).check();
    await expect(panel.getByText(fault.armed)).toBeVisible();

    const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
    await widget.fill({ firstname: 'Ada', lastname: 'Lovelace', phone: fault.phone, notes: 'Hi' });
    await widget.submit.click();
    await expect(widget.root.getByText(fault.message)).toBeVisible();
    await expect(widget.submit).toBeEnabled();
    await expect(widget.firstName).toHaveValue('Ada');
    await expect(widget.lastName).toHaveValue('Lovelace');
    await expect(widget.phone).toHaveValue(fault.phone);
    await expect(widget.notes).toHaveValue('Hi');
    expect(await emulator.bookings(fault.phone)).toEqual([]);

    await panel.getByRole('radio', { name: 'Normal answers' }).check();
    await expect(panel.getByText('Faults off: bookings answer normally.')).toBeVisible();
    await widget.submit.click();
    const id = await widget.bookedId();
    expect(await emulator.bookings(fault.phone)).toEqual([
      expect.objectContaining({ id, phoneNumber: fault.phone.replaceAll(' ', '') }),
    ]);
  });
}

test('an answer slower than ajaxTimeout: the "could not confirm" message', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Emulator' });
  await panel.getByRole('radio', { name: /^Slow/ }).check();
  await expect(panel.getByText('Armed: every booking answers after 5 s.')).toBeVisible();

  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await widget.fill({ firstname: 'Ada', phone: '+33 6 12 34 56 31' });
  await widget.submit.click();
  await expect(widget.root.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  // ajaxTimeout is 3000 ms in the demo's config.
  await expect(
    widget.root.getByText(
      'We could not confirm your callback. It may have been booked: please check before trying again.',
    ),
  ).toBeVisible({ timeout: 6000 });
  await expect(widget.firstName).toHaveValue('Ada');
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('TIMEOUT');
});

test("a booking still shows, plainly, when the confirmation's code cannot be fetched", async ({
  page,
  emulator,
  guard,
}) => {
  FAILED_CHUNK.forEach((pattern) => guard.allowConsoleError(pattern));
  await blockChunk(page, '"cb-callback-confirmation"');
  await page.goto('/');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  const phone = '+33 6 12 34 56 61';
  await widget.fill({ firstname: 'Ada', phone });
  await widget.submit.click();

  await expect(widget.bookedHeading).toBeFocused();
  const [booking] = await emulator.bookings(phone);
  await expect(widget.root.locator('.cb-booking-fallback')).toContainText(booking!.id);
  await expect(widget.root.locator('.cb-booking-fallback')).toContainText(phone);
  await expect(page.locator('.cb-live-region')).toHaveText(/^Your callback is booked: /);
});

test('when the slot picker\'s code cannot be fetched, "Try again" fetches it', async ({
  page,
  guard,
}) => {
  FAILED_CHUNK.forEach((pattern) => guard.allowConsoleError(pattern));
  let blocked = true;
  await blockChunk(page, '"cb-slot-picker"', () => blocked);
  await page.goto('/');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await widget.pickDateTime.check();
  const failed = widget.root.getByText('We could not load the available times.');
  await expect(failed).toBeVisible();
  await expect(widget.days).toHaveCount(0);

  blocked = false;
  await widget.root.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.days.first()).toBeVisible();
  await expect(failed).toBeHidden();
  await widget.days.nth(1).click();
  await expect(widget.slots.getByRole('option').first()).toBeVisible();
});
