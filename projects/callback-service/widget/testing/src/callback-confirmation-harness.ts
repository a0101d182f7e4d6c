import {
  ComponentHarness,
  HarnessPredicate,
  parallel,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
} from '@angular/cdk/testing';

/** A booked callback, as the confirmation shows it. */
export interface CallbackBookingDetails {
  /** The callback id. */
  readonly id: string;
  /** The number that will be called. */
  readonly phone: string;
  /** The booked time, or the "as soon as possible" text. */
  readonly time: string;
}

/** Filters for {@link CallbackConfirmationHarness}. */
export interface CallbackConfirmationHarnessFilters extends BaseHarnessFilters {
  /** Only confirmations of a callback that was cancelled (`true`) or is still booked (`false`). */
  cancelled?: boolean;
}

/**
 * Harness for the confirmation the callback form shows once a callback is booked: the time,
 * the number and the id, the "cancel this callback" action, and "book another" after it.
 *
 * @example
 * ```ts
 * const confirmation = await widget.getConfirmation();
 * expect((await confirmation.getBooking()).id).toBe('cb-1');
 * await confirmation.cancel();
 * ```
 */
export class CallbackConfirmationHarness extends ComponentHarness {
  /** The selector of the confirmation's host element. */
  static hostSelector = 'cb-callback-confirmation';

  private readonly heading = this.locatorFor('.cb-confirmation-title');
  private readonly time = this.locatorFor('.cb-booking-time');
  private readonly phone = this.locatorFor('.cb-booking-phone');
  private readonly id = this.locatorFor('.cb-booking-id');
  private readonly cancelled = this.locatorForOptional('.cb-booking-cancelled');
  private readonly cancelButton = this.locatorForOptional('button.cb-cancel-booking');
  private readonly bookAnotherButton = this.locatorForOptional('button.cb-book-another');
  private readonly error = this.locatorForOptional('.cb-error');

  /** Gets a `HarnessPredicate` to find a confirmation matching `options`. */
  static with<T extends CallbackConfirmationHarness>(
    this: ComponentHarnessConstructor<T>,
    options: CallbackConfirmationHarnessFilters = {},
  ): HarnessPredicate<T> {
    return new HarnessPredicate(this, options).addOption(
      'cancelled',
      options.cancelled,
      async (harness, cancelled) => (await harness.isCancelled()) === cancelled,
    );
  }

  /** The heading ("You're booked in!", or the cancellation's). */
  async getHeading(): Promise<string> {
    return (await this.heading()).text();
  }

  /** The id, number and time of the booked callback, read together. */
  async getBooking(): Promise<CallbackBookingDetails> {
    const [id, phone, time] = await parallel(() => [
      this.id().then((e) => e.text()),
      this.phone().then((e) => e.text()),
      this.time().then((e) => e.text()),
    ]);
    return { id, phone, time };
  }

  /** Whether the booked callback was cancelled from here. */
  async isCancelled(): Promise<boolean> {
    return (await this.cancelled()) !== null;
  }

  /** The error of a cancellation that failed, or `null`. */
  async getError(): Promise<string | null> {
    const error = await this.error();
    return error ? error.text() : null;
  }

  /** Clicks "cancel this callback". */
  async cancel(): Promise<void> {
    const button = await this.cancelButton();
    if (!button) throw new Error('The callback is already cancelled: nothing to cancel.');
    await button.click();
  }

  /** Goes back to an empty form, after a cancellation. */
  async bookAnother(): Promise<void> {
    const button = await this.bookAnotherButton();
    if (!button) throw new Error('"Book another" is offered only after a cancellation.');
    await button.click();
  }
}
