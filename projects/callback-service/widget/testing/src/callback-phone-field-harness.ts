import { CallbackFormFieldHarness } from './callback-form-field-harness';

/**
 * Harness for the phone field of the callback form: a {@link CallbackFormFieldHarness} with
 * the country dial-code picker shown next to it when `countryCodes` is on.
 *
 * @example
 * ```ts
 * const phone = await widget.getPhoneField();
 * await phone.setCountry('FR');
 * await phone.setValue('06 12 34 56 78');
 * ```
 */
export class CallbackPhoneFieldHarness extends CallbackFormFieldHarness {
  /** The selector of the phone field's host element. */
  static override hostSelector = 'cb-phone-field';

  private readonly country = this.locatorForOptional('select.cb-country');
  private readonly countryOptions = this.locatorForAll('select.cb-country option');

  /** Whether the country dial-code picker is shown. */
  async hasCountryPicker(): Promise<boolean> {
    return (await this.country()) !== null;
  }

  /** The ISO code picked (`''` for "other"), or `null` without a picker. */
  async getCountry(): Promise<string | null> {
    const select = await this.country();
    return select ? select.getProperty<string>('value') : null;
  }

  /**
   * Picks a country by ISO code (`'FR'`), or `''` for "other". The picker is focused first,
   * which loads the full country list, as for a customer.
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
}
