import { expect, test } from './support/fixtures';

// "Build your own": a form written directly against CallbackService.

test('books a slot from the table and shows typed errors', async ({ page, emulator }) => {
  await page.goto('/build-your-own');
  const form = page.getByRole('main');
  await expect(form.getByText('Connected: Callback API v1.')).toBeVisible();
  const table = form.getByRole('table', { name: 'Next free times' });
  await expect(table.getByRole('row')).toHaveCount(13); // header + 12 slots

  // A client-side refusal: a CallbackError with its code and field, and no request.
  await form.getByLabel('Phone number (required)').fill('12');
  await form.getByRole('button', { name: 'Book the callback' }).click();
  const error = form.getByRole('alert');
  await expect(error).toContainText('INVALID_REQUEST');
  await expect(error).toContainText('phonenumber');

  // The table shows local and UTC times; choose the second slot.
  const row = table.getByRole('row').nth(2);
  const slotUtc = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
  expect(slotUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
  await row.getByRole('radio').check();
  await expect(form.getByRole('radio', { name: /^At the time chosen below/ })).toBeChecked();
  const phone = '+33 6 12 34 56 61';
  await form.getByLabel('Phone number (required)').fill(phone);
  await form.getByLabel('First name').fill('Own');
  await form.getByRole('button', { name: 'Book the callback' }).click();

  await expect(form.getByRole('heading', { name: 'Callback booked' })).toBeVisible();
  const id = ((await form.locator('.byo-booked-id').textContent()) ?? '').trim();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, desiredTime: slotUtc, phoneNumber: '+33612345661' }),
  ]);

  // retrieve() and cancel() on the booked callback.
  await form.getByRole('button', { name: 'Check its state' }).click();
  await expect(form.getByText('SCHEDULED')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel it' }).click();
  await expect(form.getByRole('heading', { name: 'Callback cancelled' })).toBeVisible();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({ id, state: 'COMPLETED', reason: 'CANCELLED' }),
  ]);
});
