import {
  ComponentHarness,
  HarnessPredicate,
  parallel,
  type BaseHarnessFilters,
  type ComponentHarnessConstructor,
} from '@angular/cdk/testing';
import { CallbackSlotOptionHarness } from './callback-slot-option-harness';
import { CallbackSlotPickerHarness } from './callback-slot-picker-harness';

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
 * the number and the id, the "cancel this callback" action, and "book another" after it; for
 * an immediate callback on v3, the place in the queue and the estimated wait; on v1, "change
 * time" with its slot picker.
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
  private readonly error = this.locatorForOptional('.cb-error[data-field="cancel"]');
  private readonly queuePosition = this.locatorForOptional('.cb-queue-position');
  private readonly estimatedWait = this.locatorForOptional('.cb-estimated-wait');
  private readonly changeTimeButton = this.locatorForOptional('button.cb-change-time');
  private readonly rescheduleButton = this.locatorForOptional('button.cb-reschedule-submit');
  private readonly keepTimeButton = this.locatorForOptional('button.cb-keep-time');
  private readonly rescheduleError = this.locatorForOptional('.cb-error[data-field="reschedule"]');
  private readonly rescheduleProposals = this.locatorForAll(
    CallbackSlotOptionHarness.with({ ancestor: '.cb-reschedule .cb-proposals' }),
  );
  private readonly reschedulePicker = this.locatorForOptional(
    CallbackSlotPickerHarness.with({ ancestor: '.cb-reschedule' }),
  );

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

  /** The place in the queue of an immediate callback while it waits, or `null`. */
  async getQueuePosition(): Promise<string | null> {
    const position = await this.queuePosition();
    return position ? position.text() : null;
  }

  /** The estimated wait of an immediate callback while it waits (e.g. "about 4 minutes"), or `null`. */
  async getEstimatedWait(): Promise<string | null> {
    const wait = await this.estimatedWait();
    return wait ? wait.text() : null;
  }

  /** Whether "change time" is offered (v1, a callback still booked). */
  async canChangeTime(): Promise<boolean> {
    return (await this.changeTimeButton()) !== null;
  }

  /** Clicks "change time", which shows a slot picker for the new time. */
  async changeTime(): Promise<void> {
    const button = await this.changeTimeButton();
    if (!button) throw new Error('"Change time" is not offered (v3, cancelled, or already open).');
    await button.click();
  }

  /** The slot picker of "change time"; fails when it is not shown. */
  async getChangeTimePicker(): Promise<CallbackSlotPickerHarness> {
    const picker = await this.reschedulePicker();
    if (!picker) throw new Error('No "change time" picker is shown: call changeTime() first.');
    return picker;
  }

  /** Moves the callback to the time chosen in the "change time" picker. */
  async confirmChangeTime(): Promise<void> {
    const button = await this.rescheduleButton();
    if (!button) throw new Error('No "change time" picker is shown: call changeTime() first.');
    await button.click();
  }

  /** Leaves the booked time as it is and closes the "change time" picker. */
  async keepTime(): Promise<void> {
    const button = await this.keepTimeButton();
    if (!button) throw new Error('No "change time" picker is shown: call changeTime() first.');
    await button.click();
  }

  /** Why the server refused the new time, or `null`. */
  async getChangeTimeError(): Promise<string | null> {
    const error = await this.rescheduleError();
    return error ? error.text() : null;
  }

  /** The times the server proposed after refusing the new time. */
  async getChangeTimeProposals(): Promise<CallbackSlotOptionHarness[]> {
    return this.rescheduleProposals();
  }
}
