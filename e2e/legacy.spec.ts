import { expect, test } from './support/fixtures';
import { utcTime } from './support/times';

// The /legacy page is driven by a plain script (public/legacy/callback-legacy.js) that books
// through window._genesys.widgets.bus, answered by the library's withCxBus() bridge.

for (const api of ['v1', 'v3'] as const) {
  test(`the legacy page books through the bus (${api})`, async ({ page, emulator }) => {
    await page.goto(`/legacy?api=${api}`);
    await expect(
      page.getByRole('status').getByText('CallbackService is ready on the bus.'),
    ).toBeVisible();
    const form = page.getByRole('region', { name: 'Book through the bus' });
    const result = form.locator('#legacy-result');
    const phone = api === 'v1' ? '+33 6 12 34 56 41' : '+33 6 12 34 56 42';

    await form.getByLabel('First name').fill('Legacy');
    await form.getByLabel('Phone number').fill(phone);
    await form.getByRole('button', { name: 'Book through CXBus' }).click();
    await expect(result).toHaveText(/^Booked through CXBus, callback id \S+$/);
    const asapId = ((await result.textContent()) ?? '').split(' ').at(-1);

    // Then at a chosen time, given as the legacy script's users type it.
    const time = utcTime(2, '09:30');
    await form.getByLabel('As soon as possible').uncheck();
    await form.getByLabel(/^Or at/).fill(time);
    await form.getByRole('button', { name: 'Book through CXBus' }).click();
    await expect(result).not.toHaveText(`Booked through CXBus, callback id ${asapId}`);
    await expect(result).toHaveText(/^Booked through CXBus, callback id \S+$/);
    const scheduledId = ((await result.textContent()) ?? '').split(' ').at(-1);

    await expect(form.getByRole('log', { name: 'Bus events' })).toContainText(
      'CallbackService.scheduled',
    );
    const bookings = await emulator.bookings(phone);
    expect(bookings).toEqual([
      expect.objectContaining({
        id: asapId,
        apiVersion: api,
        immediate: true,
        userData: expect.objectContaining({ firstname: 'Legacy' }),
      }),
      expect.objectContaining({
        id: scheduledId,
        apiVersion: api,
        immediate: false,
        desiredTime: time,
        state: 'SCHEDULED',
      }),
    ]);
  });
}
