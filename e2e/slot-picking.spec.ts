import { expect, test } from './support/fixtures';
import { WidgetForm } from './support/widget-form';

// Known library bug, kept visible here until it is fixed (then this test "unexpectedly
// passes": remove `test.fail` and the focus() workaround in support/widget-form.ts).
//
// The slot list is a listbox that takes focus on mousedown; SlotListbox.onFocus() then makes
// the first free slot active, and SlotOption.setActiveStyles() scrolls it into view. When the
// slot clicked is further down the list, the list scrolls back to the top between mousedown
// and mouseup, the click lands on the list itself, and no slot is chosen. A second click works.
test('a first click on a slot scrolled out of view chooses it', async ({ page }) => {
  test.fail(true, 'SlotListbox: focusing the list scrolls to its first slot and loses the click');
  await page.goto('/');
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await widget.pickDateTime.check();
  await widget.days.nth(1).click();
  await widget.slots.getByRole('option', { name: '10:00 AM', exact: true }).click();
  await expect(widget.slots.getByRole('option', { selected: true })).toHaveText('10:00 AM', {
    timeout: 1000,
  });
});
