import { expect, type Locator } from '@playwright/test';
import type { CallbackWidgetStrings } from '../../projects/callback-service/widget/src/lib/strings/callback-widget-strings';

/** The texts the form is found by: its labels and headings in one language. */
export type WidgetFormTexts = Pick<
  CallbackWidgetStrings,
  | 'firstName'
  | 'lastName'
  | 'phoneNumber'
  | 'notes'
  | 'asSoonAsPossible'
  | 'pickDateTime'
  | 'day'
  | 'times'
  | 'proposedTimes'
  | 'submit'
  | 'booked'
  | 'selectedTime'
>;

/** The English texts of the widget (its default). */
export const ENGLISH_FORM_TEXTS: WidgetFormTexts = {
  firstName: 'First name',
  lastName: 'Last name',
  phoneNumber: 'Phone number',
  notes: 'Notes',
  asSoonAsPossible: 'As soon as possible',
  pickDateTime: 'Pick date & time',
  day: 'Day',
  times: 'Available times',
  proposedTimes: 'Proposed times',
  submit: 'Request callback',
  booked: "You're booked in!",
  selectedTime: (time) => `Selected: ${time}`,
};

/** What the tests type into the callback form. */
export interface CallbackFormInput {
  readonly firstname?: string;
  readonly lastname?: string;
  readonly phone: string;
  readonly notes?: string;
}

/**
 * The `<cb-callback-widget>` form, found by roles and labels as a user finds it (the
 * CallbackWidgetHarness of ngx-genesys-callback/widget/testing is the TestBed counterpart), in the
 * language of `texts` (English by default).
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

  constructor(
    readonly root: Locator,
    private readonly texts: WidgetFormTexts = ENGLISH_FORM_TEXTS,
  ) {
    this.firstName = root.getByRole('textbox', { name: texts.firstName });
    this.lastName = root.getByRole('textbox', { name: texts.lastName });
    this.phone = root.getByRole('textbox', { name: texts.phoneNumber });
    this.notes = root.getByRole('textbox', { name: texts.notes });
    this.asap = root.getByRole('radio', { name: texts.asSoonAsPossible });
    this.pickDateTime = root.getByRole('radio', { name: texts.pickDateTime });
    this.days = root.getByRole('group', { name: texts.day }).getByRole('button');
    this.slots = root.getByRole('listbox', { name: texts.times });
    this.proposals = root.getByRole('listbox', { name: texts.proposedTimes });
    this.submit = root.getByRole('button', { name: texts.submit });
    this.bookedHeading = root.getByRole('heading', { name: texts.booked });
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
    await expect(this.root.getByText(this.texts.selectedTime(''))).toContainText(label);
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
