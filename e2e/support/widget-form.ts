import { expect, type Locator } from '@playwright/test';

/** What the tests type into the callback form. */
export interface CallbackFormInput {
  readonly firstname?: string;
  readonly lastname?: string;
  readonly phone: string;
  readonly notes?: string;
}

/**
 * The `<cb-callback-widget>` form, found by roles and labels as a user finds it (the
 * CallbackWidgetHarness of ngx-genesys-callback/widget/testing is the TestBed counterpart).
 */
export class WidgetForm {
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly phone: Locator;
  readonly notes: Locator;
  readonly asap: Locator;
  readonly pickDateTime: Locator;
  readonly days: Locator;
  readonly slots: Locator;
  readonly proposals: Locator;
  readonly submit: Locator;
  readonly bookedHeading: Locator;

  constructor(readonly root: Locator) {
    this.firstName = root.getByRole('textbox', { name: 'First name' });
    this.lastName = root.getByRole('textbox', { name: 'Last name' });
    this.phone = root.getByRole('textbox', { name: 'Phone number' });
    this.notes = root.getByRole('textbox', { name: 'Notes' });
    this.asap = root.getByRole('radio', { name: 'As soon as possible' });
    this.pickDateTime = root.getByRole('radio', { name: 'Pick date & time' });
    this.days = root.getByRole('group', { name: 'Day' }).getByRole('button');
    this.slots = root.getByRole('listbox', { name: 'Available times' });
    this.proposals = root.getByRole('listbox', { name: 'Proposed times' });
    this.submit = root.getByRole('button', { name: 'Request callback' });
    this.bookedHeading = root.getByRole('heading', { name: "You're booked in!" });
  }

  /** Types the fields given. */
  async fill(input: CallbackFormInput): Promise<void> {
    if (input.firstname !== undefined) await this.firstName.fill(input.firstname);
    if (input.lastname !== undefined) await this.lastName.fill(input.lastname);
    await this.phone.fill(input.phone);
    if (input.notes !== undefined) await this.notes.fill(input.notes);
  }

  /** Chooses "pick date & time", the day at `dayIndex` of the strip, then the slot `label`. */
  async pickSlot(dayIndex: number, label: string): Promise<void> {
    await this.pickDateTime.check();
    await this.days.nth(dayIndex).click();
    await expect(this.days.nth(dayIndex)).toHaveAttribute('aria-pressed', 'true');
    const option = this.slots.getByRole('option', { name: label, exact: true });
    await expect(option).toBeVisible();
    await option.click();
    await expect(this.root.getByText(`Selected: `)).toContainText(label);
  }

  /** Waits for the confirmation and returns the callback id it shows. */
  async bookedId(): Promise<string> {
    await expect(this.bookedHeading).toBeVisible();
    return ((await this.root.locator('.cb-booking-id').textContent()) ?? '').trim();
  }

  /** The booked time as the confirmation shows it. */
  bookedTime(): Locator {
    return this.root.locator('.cb-booking-time');
  }
}
