import {
  ComponentHarness,
  HarnessPredicate,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
} from '@angular/cdk/testing';

/** Filters for {@link CallbackSlotOptionHarness}. */
export interface CallbackSlotOptionHarnessFilters extends BaseHarnessFilters {
  /** Only slots whose label matches, e.g. `'10:00 AM'` or `/^10:/`. */
  text?: string | RegExp;
  /** Only full slots (`true`, shown disabled) or free ones (`false`). */
  disabled?: boolean;
  /** Only the chosen slot (`true`) or the others (`false`). */
  selected?: boolean;
}

/**
 * Harness for one time slot of the callback form: in the slot picker, or among the times the
 * server proposed after refusing one.
 *
 * @example
 * ```ts
 * const picker = await widget.getSlotPicker();
 * const [first] = await picker.getSlots({ disabled: false });
 * await first.select();
 * ```
 */
export class CallbackSlotOptionHarness extends ComponentHarness {
  /** The selector of a slot's host element. */
  static hostSelector = '.cb-slot[role="option"]';

  /**
   * Gets a `HarnessPredicate` to find a slot matching `options`, e.g.
   * `CallbackSlotOptionHarness.with({ text: '10:00 AM' })`.
   */
  static with<T extends CallbackSlotOptionHarness>(
    this: ComponentHarnessConstructor<T>,
    options: CallbackSlotOptionHarnessFilters = {},
  ): HarnessPredicate<T> {
    return new HarnessPredicate(this, options)
      .addOption('text', options.text, (harness, text) =>
        HarnessPredicate.stringMatches(harness.getText(), text),
      )
      .addOption(
        'disabled',
        options.disabled,
        async (harness, disabled) => (await harness.isDisabled()) === disabled,
      )
      .addOption(
        'selected',
        options.selected,
        async (harness, selected) => (await harness.isSelected()) === selected,
      );
  }

  /** The label, e.g. `10:00 AM`. */
  async getText(): Promise<string> {
    return (await this.host()).text();
  }

  /** Whether the slot is full (it cannot be chosen). */
  async isDisabled(): Promise<boolean> {
    return (await (await this.host()).getAttribute('aria-disabled')) === 'true';
  }

  /** Whether it is the chosen slot. */
  async isSelected(): Promise<boolean> {
    return (await (await this.host()).getAttribute('aria-selected')) === 'true';
  }

  /** Whether the keyboard points at it (`aria-activedescendant` of its list). */
  async isActive(): Promise<boolean> {
    return (await this.host()).hasClass('cb-slot-active');
  }

  /** Chooses the slot with a click; a full slot stays unchosen. */
  async select(): Promise<void> {
    await (await this.host()).click();
  }
}
