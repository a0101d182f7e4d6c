import { resolve } from 'node:path';
import { WORKSPACE } from './support/e2e-env';
import { expect, test } from './support/fixtures';
import { slotLabel, utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

// Not part of the suite: refreshes the README's screenshot of the widget (light, desktop).
// Run it with `node scripts/e2e.mjs --docs-screenshot` (E2E_DOCS_SCREENSHOT=1).

test('the widget, for the README (docs/widget.png)', async ({ page }) => {
  await page.goto('/?api=v1');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await widget.fill({
    firstname: 'Ada',
    lastname: 'Lovelace',
    phone: '+33 6 12 34 56 78',
    notes: 'About my last invoice',
  });
  await widget.pickSlot(1, slotLabel(utcTime(1, '10:30')));
  await widget.notes.focus();
  await widget.notes.blur();
  await page.mouse.move(0, 0);
  await expect(widget.root.getByText('Selected: ')).toBeVisible();
  await page.locator('.widget-frame').screenshot({
    path: resolve(WORKSPACE, 'docs/widget.png'),
    animations: 'disabled',
  });
});
