import { expect, test } from './support/fixtures';
import { dateTimeLabel, slotLabel, utcTime } from './support/times';
import { WidgetForm } from './support/widget-form';

// Bookings through the widget, in v1 and in v3, each found in the emulator's admin listing.

const DEMO_USER_DATA = { origin: 'ngx-genesys-callback demo', channel: 'inline' };

for (const api of ['v1', 'v3'] as const) {
  test.describe(`API ${api}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/?api=${api}`);
      await expect(page.getByRole('log', { name: /Events/ })).toContainText(`API ${api} ready`);
    });

    test('books "as soon as possible" through the widget', async ({ page, emulator }) => {
      const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
      const phone = api === 'v1' ? '+33 6 12 34 56 01' : '+33 6 12 34 56 02';
      await widget.fill({ firstname: 'Ada', lastname: 'Lovelace', phone, notes: 'My invoice' });
      await widget.asap.check();
      await widget.submit.click();

      const id = await widget.bookedId();
      await expect(widget.bookedTime()).toHaveText('As soon as possible');
      const [booking, ...others] = await emulator.bookings(phone);
      expect(others).toEqual([]);
      expect(booking).toMatchObject({
        id,
        apiVersion: api,
        serviceName: 'customer-care',
        phoneNumber: phone.replaceAll(' ', ''),
        immediate: true,
        state: 'QUEUED',
        userData: {
          ...DEMO_USER_DATA,
          firstname: 'Ada',
          lastname: 'Lovelace',
          subject: 'My invoice',
        },
      });
      await expect(page.getByRole('log', { name: /Events/ })).toContainText(`Booked ${id}`);
    });

    test('books a picked slot through the widget, in UTC', async ({ page, emulator }) => {
      const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
      const phone = api === 'v1' ? '+33 6 12 34 56 03' : '+33 6 12 34 56 04';
      const time = utcTime(1, api === 'v1' ? '10:00' : '10:15');
      await widget.fill({ firstname: 'Grace', phone });
      await widget.pickSlot(1, slotLabel(time));
      await widget.submit.click();

      const id = await widget.bookedId();
      await expect(widget.bookedTime()).toHaveText(dateTimeLabel(time));
      expect(await emulator.bookings(phone)).toEqual([
        expect.objectContaining({
          id,
          apiVersion: api,
          serviceName: 'customer-care',
          phoneNumber: phone.replaceAll(' ', ''),
          desiredTime: time,
          immediate: false,
          state: 'SCHEDULED',
          userData: expect.objectContaining({ ...DEMO_USER_DATA, firstname: 'Grace' }),
        }),
      ]);
      expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    });
  });
}

test('the API switch reloads the demo with the v3 config', async ({ page }) => {
  await page.goto('/build-your-own?api=v1');
  await expect(page.getByText('Connected: Callback API v1.')).toBeVisible();
  await page.getByRole('radio', { name: 'v3' }).check();
  await expect(page).toHaveURL(/[?&]api=v3/);
  await expect(page.getByText('Connected: Callback API v3, service customer-care.')).toBeVisible();
  await expect(page.getByRole('log', { name: /Events/ })).toContainText(
    'API v3 ready, customer-care',
  );
  // The choice is remembered: the app keeps v3 on a plain reload of another page.
  await page.goto('/legacy');
  await expect(page.getByRole('log', { name: /Events/ })).toContainText('API v3 ready');
});

test('books through the dialog and tells how it ended', async ({ page, emulator }) => {
  await page.goto('/?api=v1');
  const opener = page.getByRole('button', { name: 'Call me back' });
  await opener.click();
  // The dialog is named by its heading: "Request a callback", then "You're booked in!".
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Request a callback');
  const widget = new WidgetForm(dialog.locator('cb-callback-widget'));
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const phone = '+33 6 12 34 56 05';
  await widget.fill({ firstname: 'Dialog', phone });
  await widget.submit.click();
  const id = await widget.bookedId();

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByText(`Dialog booked, callback ${id}.`)).toBeVisible();
  expect(await emulator.bookings(phone)).toEqual([
    expect.objectContaining({
      id,
      userData: expect.objectContaining({ channel: 'dialog', firstname: 'Dialog' }),
    }),
  ]);
});
