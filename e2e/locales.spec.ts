import type { Locator, Page } from '@playwright/test';
import { CALLBACK_WIDGET_STRINGS_AR } from '../projects/callback-service/widget/src/lib/strings/locales/ar';
import { CALLBACK_WIDGET_STRINGS_DE } from '../projects/callback-service/widget/src/lib/strings/locales/de';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

// The widget in another language, chosen with the demo's language picker (a Signal of texts
// given to CALLBACK_WIDGET_STRINGS): a booking in German, one in Arabic right to left, and a
// switch of language in the middle of the form that keeps what was typed and the chosen time.

/** How the widget labels a slot in `locale` (the suite's browser runs in UTC). */
function slotLabel(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(iso),
  );
}

async function chooseLanguage(page: Page, tag: string): Promise<void> {
  await page.getByLabel('Widget language').selectOption(tag);
}

function inlineWidget(page: Page): Locator {
  return page.getByRole('main').locator('cb-callback-widget');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('ready');
});

test('books in German, with German labels, dates and 24-hour times', async ({ page, emulator }) => {
  const de = CALLBACK_WIDGET_STRINGS_DE;
  await chooseLanguage(page, 'de');
  const root = inlineWidget(page);
  await expect(root).toHaveAttribute('lang', 'de');
  await expect(root.getByRole('heading', { level: 2 })).toHaveText(de.title);
  const widget = new WidgetForm(root, de);
  const phone = '+49 30 9018 2201';
  const time = utcTime(1, '11:00');
  await widget.fill({ firstname: 'Käthe', phone });
  await widget.pickSlot(1, slotLabel(time, 'de'));
  expect(slotLabel(time, 'de')).toBe('11:00');
  const day = new Intl.DateTimeFormat('de', { weekday: 'short', day: 'numeric' });
  await expect(widget.days.nth(1)).toHaveText(day.format(new Date(time)));
  await expectNoViolations(page, 'the German form');

  await widget.submit.click();
  const id = await widget.bookedId();
  const booked = new Intl.DateTimeFormat('de', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  await expect(widget.bookedTime()).toHaveText(booked.format(new Date(time)));
  await expectNoViolations(page, 'the German confirmation');
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: time, phoneNumber: phone.replaceAll(' ', '') }),
  ]);
});

test('books in Arabic, right to left, with numbers left to right', async ({
  page,
  emulator,
}, testInfo) => {
  const ar = CALLBACK_WIDGET_STRINGS_AR;
  await chooseLanguage(page, 'ar');
  const frame = page.locator('.widget-frame');
  await expect(frame).toHaveAttribute('dir', 'rtl');
  const root = inlineWidget(page);
  await expect(root.getByRole('heading', { level: 2 })).toHaveText(ar.title);
  const widget = new WidgetForm(root, ar);
  const phone = '+33 6 12 34 56 91';
  const time = utcTime(1, '11:15');
  await widget.fill({ firstname: 'ليلى', phone });
  await expect(widget.phone).toHaveAttribute('dir', 'ltr');
  await widget.pickSlot(1, slotLabel(time, 'ar'));
  // The strip reads from the right: tomorrow lies to the left of today.
  const today = await widget.days.nth(0).boundingBox();
  const tomorrow = await widget.days.nth(1).boundingBox();
  expect(tomorrow!.x + tomorrow!.width).toBeLessThanOrEqual(today!.x);
  await expectNoViolations(page, 'the Arabic form');
  const screenshot = testInfo.outputPath('widget-ar-rtl.png');
  await root.screenshot({ path: screenshot });
  await testInfo.attach('the widget in Arabic, right to left', {
    path: screenshot,
    contentType: 'image/png',
  });

  await widget.submit.click();
  const id = await widget.bookedId();
  await expect(root.locator('.cb-booking-phone bdi')).toHaveAttribute('dir', 'ltr');
  await expect(root.locator('.cb-booking-phone')).toHaveText(phone);
  await expectNoViolations(page, 'the Arabic confirmation');
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: time }),
  ]);

  // The dialog, outside the page's dir, is right to left too.
  await page.getByRole('button', { name: 'Call me back' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.cdk-overlay-pane').locator('..')).toHaveAttribute('dir', 'rtl');
  await expectNoViolations(page, 'the Arabic dialog');
});

test('switches language in the middle of the form and keeps the draft and the chosen time', async ({
  page,
  emulator,
}) => {
  const root = inlineWidget(page);
  const english = new WidgetForm(root);
  const phone = '+33 6 12 34 56 92';
  const time = utcTime(1, '11:30');
  await english.fill({ firstname: 'Ada', lastname: 'Lovelace', phone, notes: 'Tarif' });
  await english.pickSlot(1, slotLabel(time, 'en-US'));

  await chooseLanguage(page, 'de');
  const german = new WidgetForm(root, CALLBACK_WIDGET_STRINGS_DE);
  await expect(root.getByRole('heading', { level: 2 })).toHaveText(
    CALLBACK_WIDGET_STRINGS_DE.title,
  );
  await expect(german.firstName).toHaveValue('Ada');
  await expect(german.lastName).toHaveValue('Lovelace');
  await expect(german.phone).toHaveValue(phone);
  await expect(german.notes).toHaveValue('Tarif');
  await expect(german.pickDateTime).toBeChecked();
  await expect(german.days.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(german.slots.getByRole('option', { selected: true })).toHaveText(
    slotLabel(time, 'de'),
  );

  await german.submit.click();
  const id = await german.bookedId();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: time }),
  ]);
});
