import { expect, test } from './support/fixtures';
import { WidgetForm } from './support/widget-form';

// The slot list is a listbox that takes focus on mousedown. Focus from a press of the mouse
// must not activate (and scroll into view) its first slot: the list would scroll back to the
// top between mousedown and mouseup, and the click on a slot further down would be lost.
test('a first click on a slot scrolled out of view chooses it', async ({ page }) => {
  await page.goto('/');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await widget.pickDateTime.check();
  await widget.days.nth(1).click();
  await widget.slots.getByRole('option', { name: '10:00 AM', exact: true }).click();
  await expect(widget.slots.getByRole('option', { selected: true })).toHaveText('10:00 AM', {
    timeout: 1000,
  });
});
