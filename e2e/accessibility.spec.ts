import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';
import { WidgetForm } from './support/widget-form';

// axe-core on every page of the demo, with the widget's states (slots, a field error, the
// confirmation, the dialog), in the light and the dark theme and on a phone-sized screen:
// WCAG 2.x A/AA and axe's best practices, no violation.

for (const theme of ['Light', 'Dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto('/');
      await page.getByRole('radio', { name: theme }).check();
    });

    test('the widget page: slots, a field error, the dialog, the confirmation', async ({
      page,
    }) => {
      const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
      await widget.pickDateTime.check();
      await widget.days.nth(1).click();
      await expect(widget.slots.getByRole('option').first()).toBeVisible();
      await widget.submit.click();
      await expect(widget.root.getByText('Enter your phone number.')).toBeVisible();
      await expectNoViolations(page, 'slots and field errors');

      await page.getByRole('button', { name: 'Call me back' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'the dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await widget.asap.check();
      await widget.fill({ phone: '+33 6 12 34 56 71' });
      await widget.submit.click();
      await expect(widget.bookedHeading).toBeVisible();
      await expectNoViolations(page, 'the confirmation');
    });

    test('build your own (with a typed error) and the legacy page', async ({ page }) => {
      await page.getByRole('link', { name: 'Build your own' }).click();
      const main = page.getByRole('main');
      await expect(main.getByRole('table', { name: 'Next free times' })).toBeVisible();
      await main.getByRole('button', { name: 'Book the callback' }).click();
      await expect(main.getByRole('alert')).toContainText('INVALID_REQUEST');
      await expectNoViolations(page, 'build your own');

      await page.getByRole('link', { name: 'Legacy bus' }).click();
      await expect(page.getByText('CallbackService is ready on the bus.')).toBeVisible();
      await expectNoViolations(page, 'the legacy page');
    });
  });
}

test('a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('main').locator('cb-callback-widget')).toBeVisible();
  // Nothing is wider than the screen: the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoViolations(page, 'a phone-sized screen');
});
