import {
  ComponentHarness,
  HarnessPredicate,
  parallel,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
} from '@angular/cdk/testing';
import { CallbackConfirmationHarness } from './callback-confirmation-harness';
import {
  CallbackFormFieldHarness,
  type CallbackFormFieldName,
} from './callback-form-field-harness';
import { CallbackPhoneFieldHarness } from './callback-phone-field-harness';
import {
  CallbackSlotOptionHarness,
  type CallbackSlotOptionHarnessFilters,
} from './callback-slot-option-harness';
import { CallbackSlotPickerHarness } from './callback-slot-picker-harness';

/** What the widget shows: the form, the confirmation of a booking, or of its cancellation. */
export type CallbackWidgetState = 'form' | 'booked' | 'cancelled';

/** Filters for {@link CallbackWidgetHarness}. */
export interface CallbackWidgetHarnessFilters extends BaseHarnessFilters {
  /** Only widgets that show this (see {@link CallbackWidgetHarness.getState}). */
  state?: CallbackWidgetState;
}

/** The parts of the form an error can be shown next to: a text field, or the time. */
export type CallbackWidgetField = CallbackFormFieldName | 'time';

/** The text fields of the form, by request field (`subject` is the notes). */
export type CallbackWidgetValues = Readonly<Record<CallbackFormFieldName, string>>;

const FIELDS: readonly CallbackFormFieldName[] = [
  'firstname',
  'lastname',
  'phonenumber',
  'subject',
];

/**
 * Harness for `<cb-callback-widget>` of `ngx-genesys-callback/widget`, and the root of its
 * parts: the text fields ({@link CallbackFormFieldHarness}, {@link CallbackPhoneFieldHarness}),
 * the slot picker ({@link CallbackSlotPickerHarness}) and the confirmation
 * ({@link CallbackConfirmationHarness}). It fills the form, chooses how to be called back,
 * submits, and reads the errors, without depending on the widget's DOM. Pair it with
 * `provideCallbackTesting()` to answer the calls.
 *
 * @example
 * ```ts
 * const widget = await TestbedHarnessEnvironment.harnessForFixture(fixture, CallbackWidgetHarness);
 * await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
 * await widget.chooseAsSoonAsPossible();
 * await widget.submit();
 * TestBed.inject(CallbackTestingController).expectSchedule().succeed({ id: 'cb-1' });
 * expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-1');
 * ```
 */
export class CallbackWidgetHarness extends ComponentHarness {
  /** The selector of the widget's host element. */
  static hostSelector = 'cb-callback-widget';

  private readonly asap = this.locatorForOptional('input.cb-asap');
  private readonly pick = this.locatorForOptional('input.cb-pick');
  private readonly asapClosed = this.locatorForOptional('.cb-asap-closed');
  private readonly fieldErrors = this.locatorForAll('.cb-error[data-field]');
  private readonly generalError = this.locatorForOptional('.cb-general-error');
  private readonly submitButton = this.locatorForOptional('button.cb-submit');
  private readonly confirmation = this.locatorForOptional(CallbackConfirmationHarness);
  // What stands in when the confirmation's code could not be loaded, and the slot picker's place.
  private readonly bookingFallback = this.locatorForOptional('.cb-booking-fallback');
  private readonly slotPickerPlace = this.locatorForOptional('cb-lazy-slot-picker');

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
    const confirmation = await this.confirmation();
    if (!confirmation) return (await this.bookingFallback()) ? 'booked' : 'form';
    return (await confirmation.isCancelled()) ? 'cancelled' : 'booked';
  }

  /** The text field that fills `name` (`'subject'` is the notes). */
  async getField(name: CallbackFormFieldName): Promise<CallbackFormFieldHarness> {
    return this.locatorFor(CallbackFormFieldHarness.with({ name }))();
  }

  /** The phone field, with its country picker. */
  async getPhoneField(): Promise<CallbackPhoneFieldHarness> {
    return this.locatorFor(CallbackPhoneFieldHarness)();
  }

  /** The slot picker, shown while "pick date & time" is chosen; fails when it is not shown. */
  async getSlotPicker(): Promise<CallbackSlotPickerHarness> {
    return this.locatorFor(CallbackSlotPickerHarness)();
  }

  /** Whether the slot picker is shown. */
  async hasSlotPicker(): Promise<boolean> {
    return (await this.locatorForOptional(CallbackSlotPickerHarness)()) !== null;
  }

  /** The confirmation shown once a callback is booked; fails while the form is shown. */
  async getConfirmation(): Promise<CallbackConfirmationHarness> {
    const confirmation = await this.confirmation();
    if (!confirmation)
      throw new Error(
        (await this.bookingFallback())
          ? "No confirmation is shown: the booking shows plainly, as the confirmation's code could not be loaded."
          : 'No confirmation is shown: the widget shows the form.',
      );
    return confirmation;
  }

  /** Types each value given into its field (the others keep theirs), one field after another. */
  async fill(values: Partial<CallbackWidgetValues>): Promise<void> {
    for (const name of FIELDS) {
      const value = values[name];
      if (value !== undefined) await (await this.getField(name)).setValue(value);
    }
  }

  /** The value of every text field, read together. */
  async getValues(): Promise<CallbackWidgetValues> {
    const fields = await parallel(() => FIELDS.map((name) => this.getField(name)));
    const [firstname, lastname, phonenumber, subject] = await parallel(() =>
      fields.map((field) => field.getValue()),
    );
    return {
      firstname: firstname ?? '',
      lastname: lastname ?? '',
      phonenumber: phonenumber ?? '',
      subject: subject ?? '',
    };
  }

  /** Chooses "as soon as possible". */
  async chooseAsSoonAsPossible(): Promise<void> {
    const radio = await this.asap();
    if (!radio) throw new Error('The widget offers only one way to call back: nothing to choose.');
    await radio.click();
  }

  /**
   * Whether "as soon as possible" can be chosen: `false` when it is not offered, or disabled
   * because the office is closed now (v3 office hours).
   */
  async isAsSoonAsPossibleAvailable(): Promise<boolean> {
    const radio = await this.asap();
    return radio ? !(await radio.getProperty<boolean>('disabled')) : false;
  }

  /** Whether "as soon as possible" is chosen (also when it is the only way offered). */
  async isAsSoonAsPossibleChosen(): Promise<boolean> {
    const radio = await this.asap();
    return radio ? radio.getProperty<boolean>('checked') : !(await this.slotPickerPlace());
  }

  /** Why "as soon as possible" is not offered now (the office is closed), or `null`. */
  async getAsSoonAsPossibleNote(): Promise<string | null> {
    const note = await this.asapClosed();
    return note ? note.text() : null;
  }

  /** Chooses "pick date & time", which shows the slot picker. */
  async choosePickDateTime(): Promise<void> {
    const radio = await this.pick();
    if (!radio) throw new Error('The widget offers only one way to call back: nothing to choose.');
    await radio.click();
  }

  /** The times the server proposed after refusing one (rate limited, slot taken). */
  async getProposedSlots(
    filters: CallbackSlotOptionHarnessFilters = {},
  ): Promise<CallbackSlotOptionHarness[]> {
    return this.locatorForAll(
      CallbackSlotOptionHarness.with({ ...filters, ancestor: '.cb-proposals' }),
    )();
  }

  /** The labels of the times the server proposed, or of those matching `filters`. */
  async getProposedSlotLabels(filters: CallbackSlotOptionHarnessFilters = {}): Promise<string[]> {
    const slots = await this.getProposedSlots(filters);
    return parallel(() => slots.map((slot) => slot.getText()));
  }

  /** Clicks the submit button. */
  async submit(): Promise<void> {
    const button = await this.submitButton();
    if (!button) throw new Error('The form is not shown.');
    await button.click();
  }

  /** Whether the submit button is disabled (a booking is in flight), or not shown. */
  async isSubmitDisabled(): Promise<boolean> {
    const button = await this.submitButton();
    return button ? button.getProperty<boolean>('disabled') : true;
  }

  /** The error shown next to a field or the time, or `null`. */
  async getFieldError(field: CallbackWidgetField): Promise<string | null> {
    const errors = await this.fieldErrors();
    const fields = await parallel(() => errors.map((error) => error.getAttribute('data-field')));
    const index = fields.indexOf(field);
    return index < 0 ? null : ((await errors[index]?.text()) ?? null);
  }

  /** The error about the whole form (timeout, network, …), or `null`. */
  async getGeneralError(): Promise<string | null> {
    const error = await this.generalError();
    return error ? error.text() : null;
  }
}
