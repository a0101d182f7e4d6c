import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
      return;
    }
  }
  throw new Error(`${target} not reached with ${max} presses of Tab.`);
}

test('a booking done with the keyboard alone', async ({ page, emulator }) => {
  await page.goto('/');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await expect(widget.firstName).toBeVisible();

  // The skip link is the first stop; it moves focus to the page's content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(widget.firstName).toBeFocused();
  await page.keyboard.type('Keys');

  await tabTo(page, widget.phone);
  const phone = '+33 6 12 34 56 51';
  await page.keyboard.type(phone);
  await tabTo(page, widget.asap);
  // Arrow keys move within the radio group and choose.
  await page.keyboard.press('ArrowRight');
  await expect(widget.pickDateTime).toBeChecked();

  await tabTo(page, widget.days.nth(1));
  await page.keyboard.press('Enter');
  await expect(widget.days.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.slots.getByRole('option').first()).toHaveText('12:00 AM');
  await tabTo(page, widget.slots);
  // The listbox: Home, arrows, End move among free slots; Enter chooses.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(widget.slots.getByRole('option', { selected: true })).toHaveText('11:45 PM');
  // What a screen reader hears: the widget's own live region (one per page).
  const live = page.locator('.cb-live-region');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText(/^Selected: .*11:45/);

  await tabTo(page, widget.submit);
  await page.keyboard.press('Enter');
  await expect(widget.bookedHeading).toBeFocused();
  await expect(live).toHaveText(/^Your callback is booked: /);

  const id = ((await widget.root.locator('.cb-booking-id').textContent()) ?? '').trim();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({
      id,
      phoneNumber: '+33612345651',
      desiredTime: utcTime(1, '23:45'),
      userData: expect.objectContaining({ firstname: 'Keys' }),
    }),
  ]);
});

test('announcements in the dialog reach screen readers: the modal owns the live region', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Call me back' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const form = new WidgetForm(dialog.locator('cb-callback-widget'));
  await form.asap.focus();
  await page.keyboard.press('ArrowRight');
  await expect(form.pickDateTime).toBeChecked();

  // The slots of the first day are announced, from the live region outside the dialog.
  const live = page.locator('.cb-live-region');
  await expect(live).toHaveText(/times? available on |No time is available/);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // Screen readers ignore what lies outside an aria-modal dialog, unless the dialog owns it.
  const id = await live.getAttribute('id');
  await expect(dialog).toHaveAttribute('aria-owns', new RegExp(`(^|\\s)${id}(\\s|$)`));
});
