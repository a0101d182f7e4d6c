import {
  ComponentHarness,
  HarnessPredicate,
  TestKey,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
  type TestElement,
} from '@angular/cdk/testing';

/** What the widget shows: the form, the confirmation of a booking, or of its cancellation. */
export type CallbackWidgetState = 'form' | 'booked' | 'cancelled';

/** Filters for {@link CallbackWidgetHarness}. */
export interface CallbackWidgetHarnessFilters extends BaseHarnessFilters {
  /** Only widgets that show this (see {@link CallbackWidgetHarness.getState}). */
  state?: CallbackWidgetState;
}

/** The parts of the widget an error can be shown next to. */
export type CallbackWidgetField = 'firstname' | 'lastname' | 'phonenumber' | 'subject' | 'time';

/** The confirmation of a booked callback, as the widget shows it. */
export interface CallbackWidgetConfirmation {
  /** The callback id. */
  readonly id: string;
  /** The number that will be called. */
  readonly phone: string;
  /** The booked time, or the "as soon as possible" text. */
  readonly time: string;
}

/**
 * Harness for `<cb-callback-widget>` of `ngx-genesys-callback/widget`: fills the form, chooses
 * a day and a slot, submits, and reads errors and the confirmation, without depending on the
 * widget's DOM. Pair it with `provideCallbackTesting()` to answer the calls.
 *
 * @example
 * ```ts
 * const widget = await TestbedHarnessEnvironment.harnessForFixture(fixture, CallbackWidgetHarness);
 * await widget.setPhoneNumber('+33 6 12 34 56 78');
 * await widget.chooseAsSoonAsPossible();
 * await widget.submit();
 * TestBed.inject(CallbackTestingController).expectSchedule().succeed({ id: 'cb-1' });
 * expect((await widget.getConfirmation()).id).toBe('cb-1');
 * ```
 */
export class CallbackWidgetHarness extends ComponentHarness {
  /** The selector of the widget's host element. */
  static hostSelector = 'cb-callback-widget';

  private readonly firstName = this.locatorFor('input[name="firstname"]');
  private readonly lastName = this.locatorFor('input[name="lastname"]');
  private readonly phone = this.locatorFor('input[name="phonenumber"]');
  private readonly country = this.locatorForOptional('select.cb-country');
  private readonly countryOptions = this.locatorForAll('select.cb-country option');
  private readonly notes = this.locatorFor('textarea[name="subject"]');
  private readonly asap = this.locatorForOptional('input.cb-asap');
  private readonly pick = this.locatorForOptional('input.cb-pick');
  private readonly days = this.locatorForAll('cb-slot-picker .cb-day');
  private readonly slotList = this.locatorForOptional('cb-slot-picker [role="listbox"]');
  private readonly slots = this.locatorForAll('cb-slot-picker [role="option"]');
  private readonly slotStatus = this.locatorForOptional('cb-slot-picker .cb-status');
  private readonly selectedTime = this.locatorForOptional('cb-slot-picker .cb-selected-time');
  private readonly proposals = this.locatorForAll('.cb-proposals [role="option"]');
  private readonly fieldErrors = this.locatorForAll('.cb-error[data-field]');
  private readonly generalError = this.locatorForOptional('.cb-general-error');
  private readonly submitButton = this.locatorForOptional('button.cb-submit');
  private readonly confirmation = this.locatorForOptional('cb-callback-confirmation');
  private readonly bookedTime = this.locatorFor('.cb-booking-time');
  private readonly bookedPhone = this.locatorFor('.cb-booking-phone');
  private readonly bookedId = this.locatorFor('.cb-booking-id');
  private readonly cancelButton = this.locatorFor('button.cb-cancel-booking');
  private readonly cancelledBooking = this.locatorForOptional('.cb-booking-cancelled');
  private readonly bookAnotherButton = this.locatorFor('button.cb-book-another');

  /**
   * Gets a `HarnessPredicate` to find a widget matching `options`, e.g.
   * `CallbackWidgetHarness.with({ state: 'booked' })`.
   */
  static with<T extends CallbackWidgetHarness>(
    this: ComponentHarnessConstructor<T>,
    options: CallbackWidgetHarnessFilters = {},
  ): HarnessPredicate<T> {
    return new HarnessPredicate(this, options).addOption(
      'state',
      options.state,
      async (harness, state) => (await harness.getState()) === state,
    );
  }

  /** What the widget shows: the form, the confirmation of a booking, or of its cancellation. */
  async getState(): Promise<CallbackWidgetState> {
    if (!(await this.confirmation())) return 'form';
    return (await this.cancelledBooking()) ? 'cancelled' : 'booked';
  }

  /** Types the first name (replacing what was there). */
  async setFirstName(value: string): Promise<void> {
    await typeInto(await this.firstName(), value);
  }

  /** Types the last name. */
  async setLastName(value: string): Promise<void> {
    await typeInto(await this.lastName(), value);
  }

  /** Types the phone number; one starting with `+` carries its own country. */
  async setPhoneNumber(value: string): Promise<void> {
    await typeInto(await this.phone(), value);
  }

  /** Types the notes. */
  async setNotes(value: string): Promise<void> {
    await typeInto(await this.notes(), value);
  }

  /** The first name as typed. */
  async getFirstName(): Promise<string> {
    return (await this.firstName()).getProperty<string>('value');
  }

  /** The last name as typed. */
  async getLastName(): Promise<string> {
    return (await this.lastName()).getProperty<string>('value');
  }

  /** The phone number as typed. */
  async getPhoneNumber(): Promise<string> {
    return (await this.phone()).getProperty<string>('value');
  }

  /** The notes as typed. */
  async getNotes(): Promise<string> {
    return (await this.notes()).getProperty<string>('value');
  }

  /**
   * Picks a country in the dial-code picker by ISO code (`'FR'`), or `''` for "other". The
   * picker is focused first, which loads the full country list, as for a customer.
   */
  async setCountry(code: string): Promise<void> {
    const select = await this.country();
    if (!select) throw new Error('The widget has no country picker (countryCodes is off).');
    await select.focus();
    const options = await this.countryOptions();
    const values = await Promise.all(options.map((o) => o.getProperty<string>('value')));
    const index = values.indexOf(code);
    if (index < 0) throw new Error(`The country picker has no ${code}.`);
    await select.selectOptions(index);
  }

  /** The ISO code picked in the dial-code picker (`''` for "other"), or `null` without a picker. */
  async getCountry(): Promise<string | null> {
    const select = await this.country();
    return select ? select.getProperty<string>('value') : null;
  }

  /** Chooses "as soon as possible". */
  async chooseAsSoonAsPossible(): Promise<void> {
    const radio = await this.asap();
    if (!radio) throw new Error('The widget offers only one way to call back: nothing to choose.');
    await radio.click();
  }

  /** Chooses "pick date & time", which shows the day strip and the slots. */
  async choosePickDateTime(): Promise<void> {
    const radio = await this.pick();
    if (!radio) throw new Error('The widget offers only one way to call back: nothing to choose.');
    await radio.click();
  }

  /** The labels of the day strip. */
  async getDays(): Promise<string[]> {
    return Promise.all((await this.days()).map((day) => day.text()));
  }

  /** The label of the day shown, or `null`. */
  async getSelectedDay(): Promise<string | null> {
    for (const day of await this.days()) {
      if ((await day.getAttribute('aria-pressed')) === 'true') return day.text();
    }
    return null;
  }

  /** Shows the slots of a day, by its label or its index in the strip. */
  async chooseDay(day: string | number): Promise<void> {
    await (await pickOne(await this.days(), day, 'day')).click();
  }

  /** The labels of the slots of the day shown, free and full. */
  async getSlots(): Promise<string[]> {
    return Promise.all((await this.slots()).map((slot) => slot.text()));
  }

  /** The labels of the full slots (shown disabled). */
  async getUnavailableSlots(): Promise<string[]> {
    const full: string[] = [];
    for (const slot of await this.slots()) {
      if ((await slot.getAttribute('aria-disabled')) === 'true') full.push(await slot.text());
    }
    return full;
  }

  /** Chooses a slot of the day shown, by its label or index. */
  async chooseSlot(slot: string | number): Promise<void> {
    await (await pickOne(await this.slots(), slot, 'slot')).click();
  }

  /** Focuses the slot list and presses keys in it, e.g. `TestKey.DOWN_ARROW`, `TestKey.ENTER`. */
  async pressKeysInSlots(...keys: (string | TestKey)[]): Promise<void> {
    const list = await this.slotList();
    if (!list) throw new Error('No slot list is shown.');
    await list.focus();
    for (const key of keys) await list.sendKeys(key);
  }

  /** The text under the slot list: loading, no slot, or an error; `null` when slots are shown. */
  async getSlotsMessage(): Promise<string | null> {
    const status = await this.slotStatus();
    return status ? status.text() : null;
  }

  /** The "Selected: …" line under the slots, or `null`. */
  async getSelectedTime(): Promise<string | null> {
    const selected = await this.selectedTime();
    return selected ? selected.text() : null;
  }

  /** The times the server proposed after refusing one (rate limited, slot taken). */
  async getProposedSlots(): Promise<string[]> {
    return Promise.all((await this.proposals()).map((slot) => slot.text()));
  }

  /** Chooses a proposed time, by its label or index. */
  async chooseProposedSlot(slot: string | number): Promise<void> {
    await (await pickOne(await this.proposals(), slot, 'proposed slot')).click();
  }

  /** Clicks the submit button. */
  async submit(): Promise<void> {
    const button = await this.submitButton();
    if (!button) throw new Error('The form is not shown.');
    await button.click();
  }

  /** Whether the submit button is disabled (a booking is in flight). */
  async isSubmitDisabled(): Promise<boolean> {
    const button = await this.submitButton();
    return button ? button.getProperty<boolean>('disabled') : true;
  }

  /** The error shown next to a field, or `null`. */
  async getFieldError(field: CallbackWidgetField): Promise<string | null> {
    for (const error of await this.fieldErrors()) {
      if ((await error.getAttribute('data-field')) === field) return error.text();
    }
    return null;
  }

  /** The error about the whole form (timeout, network, …), or `null`. */
  async getGeneralError(): Promise<string | null> {
    const error = await this.generalError();
    return error ? error.text() : null;
  }

  /** Whether the confirmation (booked or cancelled) is shown instead of the form. */
  async isConfirmationShown(): Promise<boolean> {
    return (await this.confirmation()) !== null;
  }

  /** The booked callback as the confirmation shows it. */
  async getConfirmation(): Promise<CallbackWidgetConfirmation> {
    const [id, phone, time] = await Promise.all([
      this.bookedId().then((e) => e.text()),
      this.bookedPhone().then((e) => e.text()),
      this.bookedTime().then((e) => e.text()),
    ]);
    return { id, phone, time };
  }

  /** Clicks "cancel this callback" in the confirmation. */
  async cancelBooking(): Promise<void> {
    await (await this.cancelButton()).click();
  }

  /** Whether the booked callback was cancelled. */
  async isBookingCancelled(): Promise<boolean> {
    return (await this.cancelledBooking()) !== null;
  }

  /** Goes back to an empty form after a cancellation. */
  async bookAnother(): Promise<void> {
    await (await this.bookAnotherButton()).click();
  }
}

async function typeInto(element: TestElement, value: string): Promise<void> {
  await element.clear();
  if (value !== '') await element.sendKeys(value);
}

async function pickOne(
  elements: TestElement[],
  which: string | number,
  kind: string,
): Promise<TestElement> {
  if (typeof which === 'number') {
    const element = elements[which];
    if (!element) throw new Error(`No ${kind} at index ${which}; there are ${elements.length}.`);
    return element;
  }
  const texts = await Promise.all(elements.map((element) => element.text()));
  const index = texts.indexOf(which);
  if (index < 0) throw new Error(`No ${kind} "${which}"; there are: ${texts.join(', ')}.`);
  return elements[index] as TestElement;
}
