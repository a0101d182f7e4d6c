import {
  ComponentHarness,
  HarnessPredicate,
  parallel,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
} from '@angular/cdk/testing';
import { typeInto } from './harness-helpers';

/** The text fields of the callback form, by the name of the request field they fill. */
export type CallbackFormFieldName = 'firstname' | 'lastname' | 'phonenumber' | 'subject';

/** Filters for {@link CallbackFormFieldHarness} and {@link CallbackPhoneFieldHarness}. */
export interface CallbackFormFieldHarnessFilters extends BaseHarnessFilters {
  /** Only the field that fills this request field (`'subject'` is the notes). */
  name?: CallbackFormFieldName;
  /** Only fields whose visible label matches (the "required" mark left out). */
  label?: string | RegExp;
  /** Only fields that show an error (`true`) or none (`false`). */
  invalid?: boolean;
}

/**
 * Harness for one text field of the callback form: its label, its value and the error shown
 * under it. The phone field has its own subclass, {@link CallbackPhoneFieldHarness}, for the
 * country picker.
 *
 * @example
 * ```ts
 * const notes = await loader.getHarness(CallbackFormFieldHarness.with({ name: 'subject' }));
 * await notes.setValue('About my order');
 * expect(await notes.getError()).toBeNull();
 * ```
 */
export class CallbackFormFieldHarness extends ComponentHarness {
  /** The selector of a field's host element (each field of the form carries this class). */
  static hostSelector = '.cb-field';

  private readonly label = this.locatorFor('.cb-label');
  // The field's own control: the phone field's country picker has no `name`.
  private readonly control = this.locatorFor('input[name], textarea[name]');
  private readonly error = this.locatorForOptional('.cb-error[data-field]');

  /**
   * Gets a `HarnessPredicate` to find a field matching `options`, e.g.
   * `CallbackFormFieldHarness.with({ name: 'firstname' })`.
   */
  static with<T extends CallbackFormFieldHarness>(
    this: ComponentHarnessConstructor<T>,
    options: CallbackFormFieldHarnessFilters = {},
  ): HarnessPredicate<T> {
    return new HarnessPredicate(this, options)
      .addOption('name', options.name, async (harness, name) => (await harness.getName()) === name)
      .addOption('label', options.label, (harness, label) =>
        HarnessPredicate.stringMatches(harness.getLabel(), label),
      )
      .addOption(
        'invalid',
        options.invalid,
        async (harness, invalid) => (await harness.isInvalid()) === invalid,
      );
  }

  /** The request field it fills (its control's `name`). */
  async getName(): Promise<string> {
    return (await (await this.control()).getAttribute('name')) ?? '';
  }

  /** The visible label, without the "required" mark. */
  async getLabel(): Promise<string> {
    return (await this.label()).text({ exclude: '.cb-required' });
  }

  /** The value as typed. */
  async getValue(): Promise<string> {
    return (await this.control()).getProperty<string>('value');
  }

  /** Types `value`, replacing what was there. */
  async setValue(value: string): Promise<void> {
    await typeInto(await this.control(), value);
  }

  /** The error shown under the field, or `null`. */
  async getError(): Promise<string | null> {
    const error = await this.error();
    return error ? error.text() : null;
  }

  /** Whether the control is marked invalid (`aria-invalid`) with an error. */
  async isInvalid(): Promise<boolean> {
    const [marked, error] = await parallel(() => [
      this.control().then((control) => control.getAttribute('aria-invalid')),
      this.error(),
    ]);
    return marked === 'true' && error !== null;
  }

  /** Whether the field must be filled to book. */
  async isRequired(): Promise<boolean> {
    return (await this.control()).getProperty<boolean>('required');
  }

  /** Focuses the control. */
  async focus(): Promise<void> {
    await (await this.control()).focus();
  }
}
