import {
  ComponentHarness,
  HarnessPredicate,
  parallel,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
  type TestKey,
} from '@angular/cdk/testing';
import {
  CallbackSlotOptionHarness,
  type CallbackSlotOptionHarnessFilters,
} from './callback-slot-option-harness';
import { pickOne } from './harness-helpers';

/** Filters for {@link CallbackSlotPickerHarness}. */
export type CallbackSlotPickerHarnessFilters = BaseHarnessFilters;

/**
 * Harness for the slot picker of the callback form ("pick date & time"): the day strip, the
 * time slots of the day shown, and the status line under them.
 *
 * @example
 * ```ts
 * await widget.choosePickDateTime();
 * const picker = await widget.getSlotPicker();
 * await picker.chooseDay(1);
 * controller.expectAvailability().respond(slots);
 * await picker.chooseSlot('10:00 AM');
 * ```
 */
export class CallbackSlotPickerHarness extends ComponentHarness {
  /** The selector of the picker's host element. */
  static hostSelector = 'cb-slot-picker';

  private readonly days = this.locatorForAll('.cb-day');
  private readonly list = this.locatorForOptional('[role="listbox"]');
  private readonly slots = this.locatorForAll(CallbackSlotOptionHarness);
  private readonly status = this.locatorForOptional('.cb-status');
  private readonly selectedTime = this.locatorForOptional('.cb-selected-time');

  /** Gets a `HarnessPredicate` to find a picker matching `options`. */
  static with<T extends CallbackSlotPickerHarness>(
    this: ComponentHarnessConstructor<T>,
    options: CallbackSlotPickerHarnessFilters = {},
  ): HarnessPredicate<T> {
    return new HarnessPredicate(this, options);
  }

  /** The labels of the day strip. */
  async getDays(): Promise<string[]> {
    const days = await this.days();
    return parallel(() => days.map((day) => day.text()));
  }

  /** The label of the day shown, or `null`. */
  async getSelectedDay(): Promise<string | null> {
    const days = await this.days();
    const pressed = await parallel(() => days.map((day) => day.getAttribute('aria-pressed')));
    const index = pressed.indexOf('true');
    return index < 0 ? null : (days[index]?.text() ?? null);
  }

  /** Shows the slots of a day, by its label or its index in the strip. */
  async chooseDay(day: string | number): Promise<void> {
    await (await pickOne(await this.days(), day, 'day')).click();
  }

  /** The slots of the day shown, free and full, or those matching `filters`. */
  async getSlots(
    filters: CallbackSlotOptionHarnessFilters = {},
  ): Promise<CallbackSlotOptionHarness[]> {
    return this.locatorForAll(CallbackSlotOptionHarness.with(filters))();
  }

  /** The labels of the slots of the day shown, or of those matching `filters`. */
  async getSlotLabels(filters: CallbackSlotOptionHarnessFilters = {}): Promise<string[]> {
    const slots = await this.getSlots(filters);
    return parallel(() => slots.map((slot) => slot.getText()));
  }

  /** Chooses a slot of the day shown, by its label or its index. */
  async chooseSlot(slot: string | number): Promise<void> {
    const options = await this.slots();
    const labels = await parallel(() => options.map((option) => option.getText()));
    const index = typeof slot === 'number' ? slot : labels.indexOf(slot);
    const option = options[index];
    if (!option) {
      throw new Error(
        typeof slot === 'number'
          ? `No slot at index ${slot}; there are ${options.length}.`
          : `No slot "${slot}"; there are: ${labels.join(', ')}.`,
      );
    }
    await option.select();
  }

  /** Focuses the slot list and presses keys in it, e.g. `TestKey.DOWN_ARROW`, `TestKey.ENTER`. */
  async pressKeys(...keys: (string | TestKey)[]): Promise<void> {
    const list = await this.list();
    if (!list) throw new Error('No slot list is shown.');
    await list.focus();
    for (const key of keys) await list.sendKeys(key);
  }

  /** The text under the slot list: loading, no slot, or an error; `null` when slots are shown. */
  async getMessage(): Promise<string | null> {
    const status = await this.status();
    return status ? status.text() : null;
  }

  /** The "Selected: …" line under the slots, or `null`. */
  async getSelectedTime(): Promise<string | null> {
    const selected = await this.selectedTime();
    return selected ? selected.text() : null;
  }
}
