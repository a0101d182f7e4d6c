import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  LOCALE_ID,
  afterNextRender,
  booleanAttribute,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
  type WritableSignal,
} from '@angular/core';
import type { CallbackSlot, CallbackUserData, ScheduleResult } from 'ngx-genesys-callback';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { UniqueIds } from '../a11y/unique-ids';
import { toReportedWidgetError, type WidgetErrorTarget } from '../errors/widget-error';
import { whenIdle } from '../lazy/lazy-component';
import { checkNumberOfDays } from '../options/callback-widget-options';
import { injectWidgetLocaleTag, injectWidgetStrings } from '../locale/widget-locale';
import { injectWidgetOptions } from '../options/inject-widget-options';
import { PhoneField } from '../phone/phone-field';
import { PhoneNumberSupport } from '../phone/phone-number-support';
import { dateTimeFormatter, startOfLocalDay, toProposalViews } from '../slots/slot-days';
import { LazyProposedTimes } from '../slots/lazy-proposed-times';
import { LazySlotPicker, loadSlotPicker } from '../slots/lazy-slot-picker';
import { CallbackBooking, type BookingOutcome } from '../state/callback-booking';
import { injectOfficeClosed } from '../state/office-hours';
import {
  CallbackWidgetDraft,
  fitDraftToDays,
  type CallbackTimeMode,
} from '../state/callback-widget-draft';
import { buildScheduleRequest } from './build-request';
import type { BookingView } from './callback-confirmation';
import { LazyCallbackConfirmation, loadCallbackConfirmation } from './lazy-callback-confirmation';
import { checkForm } from './check-form';
import { FormErrors } from './form-errors';
import { TextField } from './text-field';

/**
 * The callback form, inline: name, phone (with a country dial-code picker), notes, "as soon
 * as possible" or a slot picked from `availability()`, then a confirmation with a "cancel
 * this callback" action. The Angular replacement of the Genesys Widgets Callback form and
 * Calendar; needs `provideCallback()`. Each option comes from its input, else from
 * `provideCallbackWidget()`, else from the `provideCallback()` config, else the default.
 * To open it as a dialog, use `CallbackDialog`.
 *
 * @example
 * ```html
 * <cb-callback-widget [scheduledCallback]="false" (booked)="onBooked($event)" />
 * ```
 */
@Component({
  selector: 'cb-callback-widget',
  imports: [PhoneField, TextField, LazySlotPicker, LazyProposedTimes, LazyCallbackConfirmation],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Screen readers speak the texts in their language, whatever the page's `lang`.
  host: { '[attr.lang]': 'locale()' },
  templateUrl: './callback-widget.html',
  styleUrls: ['./callback-widget-theme.css', './form-controls.css', './callback-widget.css'],
})
export class CallbackWidget implements OnInit {
  private readonly bookings = inject(CallbackBooking);
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  /** The locale of dates, times and country names: the texts' (see `injectWidgetLocaleTag`). */
  protected readonly locale = injectWidgetLocaleTag();
  // The default country is where the app's customers are, LOCALE_ID's region (`de` → DE),
  // whatever language the texts are in.
  private readonly home = inject(LOCALE_ID);
  private readonly phones = inject(PhoneNumberSupport);
  /** The form's values, kept by the environment across views. */
  protected readonly draft = inject(CallbackWidgetDraft);
  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** Prefix of the ids that tie labels and errors to their controls. */
  protected readonly id = inject(UniqueIds).create('cb-callback-widget-');

  /** Shows the country dial-code picker (Widgets `countryCodes`). */
  readonly countryCodes = input<boolean | undefined>();
  /** Offers "as soon as possible" (Widgets `immediateCallback`). */
  readonly immediateCallback = input<boolean | undefined>();
  /** Offers "pick date & time" (Widgets `scheduledCallback`). */
  readonly scheduledCallback = input<boolean | undefined>();
  /** Days in the day strip, 1 to 31; another value throws a `CallbackError` `INVALID_CONFIG`. */
  readonly numberOfDays = input(undefined, { transform: checkNumberOfDays });
  /** Hides full slots instead of disabling them (Calendar `hideUnavailableTimeSlots`). */
  readonly hideUnavailableTimeSlots = input<boolean | undefined>();
  /** Attached data sent with the booking, over the config's `userData`. */
  readonly userData = input<CallbackUserData | undefined>();
  /** Submits as soon as the form is shown (`Callback.open({ form: { autoSubmit } })`). */
  readonly autoSubmit = input(false, { transform: booleanAttribute });
  /** Id of the heading, for an enclosing dialog's `aria-labelledby`. */
  readonly titleId = input<string | undefined>();
  /**
   * Emits the callback this widget booked; if the widget that sent a booking is gone when it
   * lands, the next widget to show it emits it instead.
   */
  readonly booked = output<ScheduleResult>();
  /** Emits the id of a callback cancelled from the confirmation. */
  readonly cancelled = output<string>();

  private readonly phoneField = viewChild(PhoneField);
  private readonly slotPicker = viewChild(LazySlotPicker);
  private readonly proposalList = viewChild(LazyProposedTimes);
  private readonly submitButton = viewChild<ElementRef<HTMLElement>>('submitButton');
  private readonly waitingForPhones = signal(false);
  private destroyed = false;
  private readonly options = injectWidgetOptions({
    countryCodes: this.countryCodes,
    immediateCallback: this.immediateCallback,
    scheduledCallback: this.scheduledCallback,
    numberOfDays: this.numberOfDays,
    hideUnavailableTimeSlots: this.hideUnavailableTimeSlots,
  });

  /** A booking of this environment is in flight (or the number is being checked first). */
  protected readonly submitting = computed(
    () => this.waitingForPhones() || this.bookings.sending(),
  );
  /** The booking the confirmation shows (instead of the form). */
  protected readonly booking = signal<BookingView | null>(null);
  /** The errors shown, by part of the form. */
  protected readonly errors = new FormErrors((target) => this.focusError(target));
  /** Id of the heading. */
  protected readonly headingId = computed(() => this.titleId() ?? `${this.id}-title`);
  /** "As soon as possible" is offered. */
  protected readonly immediate = computed(() => this.options().immediateCallback);
  /** "Pick date & time" is offered (the options never switch both ways off). */
  protected readonly scheduled = computed(() => this.options().scheduledCallback);
  /** Days in the strip. */
  protected readonly days = computed(() => this.options().numberOfDays);
  /** Full slots are hidden. */
  protected readonly hideUnavailable = computed(() => this.options().hideUnavailableTimeSlots);
  /** The office is closed now (v3 `openFor()`; never on v1, nor when the query failed). */
  protected readonly officeClosed = injectOfficeClosed();
  /**
   * "As soon as possible" is shown but cannot be chosen: the office is closed and "pick date
   * & time" is there instead. When it is the only way, it stays: the server decides.
   */
  protected readonly asapDisabled = computed(() => this.officeClosed() && this.scheduled());
  /** Ids of what describes the "when" choice: the time's error, why ASAP is closed. */
  protected readonly whenDescribedBy = computed(() => {
    const ids = [
      this.errors.get('time') ? `${this.id}-time-error` : null,
      this.asapDisabled() ? `${this.id}-closed` : null,
    ].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  });
  /** How the customer wants to be called, among the ways offered (and open). */
  protected readonly mode = computed<CallbackTimeMode>(() => {
    const chosen = this.draft.mode();
    const asap = this.immediate() && !this.asapDisabled();
    if (chosen === 'scheduled' && this.scheduled()) return 'scheduled';
    if (chosen === 'asap' && asap) return 'asap';
    return asap ? 'asap' : 'scheduled';
  });
  /** The picker's entries; empty without a picker. */
  protected readonly countries = computed(() =>
    this.options().countryCodes ? this.phones.countries(this.locale(), this.home) : [],
  );
  /** The picker's country: chosen, carried by a `+` number, or the locale's. */
  protected readonly country = computed(() =>
    this.phones.pickerCountry(this.draft.country(), this.draft.phonenumber(), this.home),
  );
  /** The placeholder: an example number of the picker's country (none without a picker). */
  protected readonly phoneExample = computed(() =>
    this.countries().length > 0 ? this.phones.example(this.country()) : null,
  );
  /** Characters left in the notes. */
  protected readonly notesLeft = computed(() => 100 - this.draft.subject().length);
  /** The times the server proposed, as slots to choose from (the time alone on the shown day). */
  protected readonly proposalViews = computed(() =>
    toProposalViews(this.errors.get('time')?.proposals ?? [], this.draft.day(), this.locale()),
  );
  /** Times the server refused (epoch ms): the picker shows them full. */
  protected readonly refused = signal<readonly number[]>([]);

  constructor() {
    const settled = this.bookings.settled$.subscribe((booking) => this.show(booking));
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.bookings.release(this);
      settled.unsubscribe();
    });
    afterNextRender(() => {
      if (this.autoSubmit()) this.submit();
      // Fetched when the browser is idle, the slot picker's code is there when the customer
      // chooses "pick date & time", and the confirmation's when the booking is answered, so
      // each shows at once (a failed fetch is tried again, and reported, when needed).
      whenIdle(() => {
        if (this.scheduled()) loadSlotPicker().catch(() => undefined);
        loadCallbackConfirmation().catch(() => undefined);
      });
    });
  }

  /**
   * Checks the options (failing with `INVALID_CONFIG` when they leave no way to book), starts
   * from a draft that fits the day strip, and shows a booking that landed unshown.
   */
  ngOnInit(): void {
    fitDraftToDays(this.draft, this.days());
    const unshown = this.bookings.takeUnshown();
    if (unshown) this.show(unshown);
  }

  /**
   * Sends the booking. Does nothing while one of this environment is in flight (no double
   * booking) or the confirmation is shown; with the country picker, first loads the phone
   * library if the customer has not used the phone field yet, to check the number with it.
   */
  submit(event?: Event): void {
    event?.preventDefault();
    if (this.submitting() || this.booking()) return;
    if (this.options().countryCodes && !this.phones.loaded()) {
      this.waitingForPhones.set(true);
      void this.phones.load().then(() => {
        this.waitingForPhones.set(false);
        if (!this.destroyed) this.send();
      });
    } else this.send();
  }

  /** Loads the phone library on first use of the phone field. */
  protected usePhoneField(): void {
    if (this.options().countryCodes) void this.phones.load();
  }

  /** Stores what was typed and clears the error of that field. */
  protected edit(field: WritableSignal<string>, event: Event, target: WidgetErrorTarget): void {
    field.set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
    this.errors.clear(target);
  }

  /** Stores the number as typed and clears its error. */
  protected editPhone(value: string): void {
    this.draft.phonenumber.set(value);
    this.errors.clear('phonenumber');
  }

  /** Chooses "as soon as possible" or "pick date & time". */
  protected chooseMode(mode: CallbackTimeMode): void {
    this.draft.mode.set(mode);
    this.errors.clear('time');
  }

  /** Chooses a slot (or drops it: `null`). */
  protected chooseSlot(slot: CallbackSlot | null): void {
    this.draft.slot.set(slot);
    this.errors.clear('time');
  }

  /** Chooses a time the server proposed, and shows its day. */
  protected chooseProposal(slot: CallbackSlot): void {
    this.draft.mode.set('scheduled');
    this.draft.day.set(startOfLocalDay(new Date(slot.utcTime)).getTime());
    this.chooseSlot(slot);
    this.announcer.announce(
      this.strings.selectedTime(dateTimeFormatter(this.locale()).format(new Date(slot.utcTime))),
    );
  }

  /** Goes back to the (empty) form after a cancellation. */
  protected bookAnother(): void {
    this.booking.set(null);
  }

  private send(): void {
    const checked = checkForm(
      {
        phone: this.draft.phonenumber(),
        country: this.countries().length > 0 ? this.country() : null,
        mode: this.mode(),
        slot: this.draft.slot(),
      },
      this.phones,
      this.strings,
    );
    if ('errors' in checked) {
      this.errors.show(checked.errors, this.scheduled());
      return;
    }
    this.errors.clearAll();
    const slot = this.mode() === 'scheduled' ? this.draft.slot() : null;
    const request = buildScheduleRequest(this.draft, checked.phonenumber, slot, this.userData());
    this.bookings.start(request, checked.display, this);
    // The confirmation's code comes while the server answers (a failed fetch is tried again,
    // and reported, when the confirmation is to show).
    loadCallbackConfirmation().catch(() => undefined);
  }

  /** Shows how a booking of this environment ended, whichever widget sent it. */
  private show(settled: BookingOutcome): void {
    if ('error' in settled) {
      const error = toReportedWidgetError(settled.error, this.strings);
      if (error.timeRefused && settled.desiredTime !== null) this.refuse(settled.desiredTime);
      this.errors.show([error], this.scheduled());
      return;
    }
    const { result, phone } = settled;
    const time = result.desiredTime
      ? dateTimeFormatter(this.locale()).format(new Date(result.desiredTime))
      : this.strings.bookedAsap;
    this.errors.clearAll();
    this.booking.set({ id: result.id, phone, time, immediate: !result.desiredTime });
    this.announcer.announce(this.strings.bookedAnnounced(time));
    // The booking store says whether this widget is the one to tell the app (once).
    const reported = this.bookings.claimResult(this);
    if (reported) this.booked.emit(reported);
  }

  /** Shows a refused time full and drops it, so only the proposals and free slots remain. */
  private refuse(time: number): void {
    this.refused.update((times) => [...times, time]);
    const slot = this.draft.slot();
    if (slot && Date.parse(slot.utcTime) === time) this.draft.slot.set(null);
  }

  private focusError(target: WidgetErrorTarget): void {
    const root = this.host.nativeElement;
    if (target === 'phonenumber') this.phoneField()?.focus();
    else if (target === 'form') this.submitButton()?.nativeElement.focus();
    else if (target !== 'time') root.querySelector<HTMLElement>(`[name="${target}"]`)?.focus();
    else if (this.proposalList() && !this.proposalList()?.isUnavailable())
      this.proposalList()?.focus();
    else if (this.mode() === 'scheduled') this.slotPicker()?.focus();
    else root.querySelector<HTMLElement>('.cb-when input:checked')?.focus();
  }
}
