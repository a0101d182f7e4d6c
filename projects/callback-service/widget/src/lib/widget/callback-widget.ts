import { _IdGenerator, LiveAnnouncer } from '@angular/cdk/a11y';
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
  type WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  CallbackService,
  type CallbackSlot,
  type CallbackUserData,
  type ScheduleRequest,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import { toWidgetError, type WidgetError, type WidgetErrorTarget } from '../errors/widget-error';
import {
  CALLBACK_WIDGET_OPTIONS,
  type ResolvedCallbackWidgetOptions,
} from '../options/callback-widget-options';
import { PhoneField } from '../phone/phone-field';
import { PhoneNumberSupport, regionOfLocale } from '../phone/phone-number-support';
import { dateTimeFormatter, startOfLocalDay } from '../slots/slot-days';
import { SlotListbox } from '../slots/slot-listbox';
import { SlotPicker } from '../slots/slot-picker';
import { CallbackWidgetDraft, type CallbackTimeMode } from '../state/callback-widget-draft';
import { CALLBACK_WIDGET_STRINGS } from '../strings/callback-widget-strings';
import { CallbackConfirmation, type BookingView } from './callback-confirmation';
import { checkForm } from './check-form';

type Stage = 'form' | 'booked' | 'cancelled';

/**
 * The callback form, inline: name, phone (with a country dial-code picker), notes, "as soon
 * as possible" or a slot picked from `availability()`, then a confirmation with a "cancel
 * this callback" action. The Angular replacement of the Genesys Widgets Callback form and
 * Calendar; needs `provideCallback()`, and reads its options from `provideCallbackWidget()`
 * unless its inputs say otherwise. To open it as a dialog, use `CallbackDialog`.
 *
 * @example
 * ```html
 * <cb-callback-widget [scheduledCallback]="false" (booked)="onBooked($event)" />
 * ```
 */
@Component({
  selector: 'cb-callback-widget',
  imports: [PhoneField, SlotPicker, SlotListbox, CallbackConfirmation],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './callback-widget.html',
  styleUrls: ['./callback-widget-theme.css', './form-controls.css', './callback-widget.css'],
})
export class CallbackWidget {
  private readonly callbacks = inject(CallbackService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly defaults = inject(CALLBACK_WIDGET_OPTIONS);
  private readonly locale = inject(LOCALE_ID);
  private readonly phones = inject(PhoneNumberSupport);
  protected readonly draft = inject(CallbackWidgetDraft);
  protected readonly strings = inject(CALLBACK_WIDGET_STRINGS);
  protected readonly id = inject(_IdGenerator).getId('cb-callback-widget-');

  /** Shows the country dial-code picker; defaults to the `provideCallbackWidget()` option. */
  readonly countryCodes = input<boolean | undefined>();
  /** Offers "as soon as possible"; defaults to the `provideCallbackWidget()` option. */
  readonly immediateCallback = input<boolean | undefined>();
  /** Offers "pick date & time"; defaults to the `provideCallbackWidget()` option. */
  readonly scheduledCallback = input<boolean | undefined>();
  /** Days in the day strip; defaults to the `provideCallbackWidget()` option. */
  readonly numberOfDays = input<number | undefined>();
  /** Hides full slots instead of disabling them; defaults to the `provideCallbackWidget()` option. */
  readonly hideUnavailableSlots = input<boolean | undefined>();
  /** Attached data sent with the booking, over the config's `userData`. */
  readonly userData = input<CallbackUserData | undefined>();
  /** Submits as soon as the form is shown (`Callback.open({ form: { autoSubmit } })`). */
  readonly autoSubmit = input(false, { transform: booleanAttribute });
  /** Id of the heading, for an enclosing dialog's `aria-labelledby`. */
  readonly titleId = input<string | undefined>();
  /** Emits the booked callback. */
  readonly booked = output<ScheduleResult>();
  /** Emits the id of a callback cancelled from the confirmation. */
  readonly cancelled = output<string>();

  private readonly phoneField = viewChild(PhoneField);
  protected readonly stage = signal<Stage>('form');
  protected readonly submitting = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelError = signal<string | null>(null);
  protected readonly booking = signal<BookingView | null>(null);
  protected readonly errors = signal<Partial<Record<WidgetErrorTarget, WidgetError>>>({});

  protected readonly headingId = computed(() => this.titleId() ?? `${this.id}-title`);
  protected readonly immediate = computed(() => this.option('immediateCallback'));
  // Neither way on (a bad input) would leave no way to book: fall back to "as soon as possible".
  protected readonly scheduled = computed(
    () => this.option('scheduledCallback') || !this.immediate(),
  );
  protected readonly days = computed(() => this.option('numberOfDays'));
  protected readonly hideUnavailable = computed(() => this.option('hideUnavailableSlots'));
  protected readonly mode = computed<CallbackTimeMode>(() => {
    const chosen = this.draft.mode();
    if (chosen === 'scheduled' && this.scheduled()) return 'scheduled';
    if (chosen === 'asap' && this.immediate()) return 'asap';
    return this.immediate() ? 'asap' : 'scheduled';
  });
  protected readonly countries = computed(() =>
    this.option('countryCodes') ? this.phones.countries(this.locale) : [],
  );
  protected readonly country = computed(() => {
    const chosen = this.draft.country();
    if (chosen !== null) return chosen;
    // A number typed with its own "+" shows its country; otherwise the locale's region.
    const phone = this.draft.phone().trim();
    if (phone.startsWith('+')) return this.phones.check(phone, null)?.country ?? '';
    const region = regionOfLocale(this.locale);
    return this.phones.isCountry(region) ? region : '';
  });
  protected readonly notesLeft = computed(() => 100 - this.draft.notes().length);
  protected readonly proposalViews = computed(() => {
    const format = dateTimeFormatter(this.locale);
    return (this.errors().time?.proposals ?? []).map((slot) => ({
      slot,
      label: format.format(new Date(slot.utcTime)),
      disabled: false,
    }));
  });

  constructor() {
    afterNextRender(() => {
      if (this.option('countryCodes')) this.phones.load();
      if (this.autoSubmit()) this.submit();
    });
  }

  /** Sends the booking; does nothing while one is in flight (no double booking). */
  submit(event?: Event): void {
    event?.preventDefault();
    if (this.submitting() || this.stage() !== 'form') return;
    const checked = checkForm(
      {
        phone: this.draft.phone(),
        country: this.countries().length > 0 ? this.country() : null,
        mode: this.mode(),
        slot: this.draft.slot(),
      },
      this.phones,
      this.strings,
    );
    if ('errors' in checked) {
      this.showErrors(checked.errors);
      return;
    }
    const request = this.request(checked.phonenumber);
    this.errors.set({});
    this.submitting.set(true);
    this.callbacks
      .schedule(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => this.onBooked(result, checked.display),
        error: (error: unknown) => {
          this.submitting.set(false);
          this.showErrors([toWidgetError(error, this.strings)]);
        },
      });
  }

  protected edit(field: WritableSignal<string>, event: Event, target: WidgetErrorTarget): void {
    field.set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
    this.clearError(target);
  }

  protected editPhone(value: string): void {
    this.draft.phone.set(value);
    this.clearError('phonenumber');
  }

  protected chooseMode(mode: CallbackTimeMode): void {
    this.draft.mode.set(mode);
    this.clearError('time');
  }

  protected chooseSlot(slot: CallbackSlot | null): void {
    this.draft.slot.set(slot);
    this.clearError('time');
  }

  protected chooseProposal(slot: CallbackSlot): void {
    this.draft.mode.set('scheduled');
    this.draft.day.set(startOfLocalDay(new Date(slot.utcTime)).getTime());
    this.chooseSlot(slot);
    this.announcer.announce(
      this.strings.selectedTime(dateTimeFormatter(this.locale).format(new Date(slot.utcTime))),
    );
  }

  protected error(target: WidgetErrorTarget): WidgetError | null {
    return this.errors()[target] ?? null;
  }

  protected cancelBooking(): void {
    const booking = this.booking();
    if (!booking || this.cancelling()) return;
    this.cancelling.set(true);
    this.cancelError.set(null);
    this.callbacks
      .cancel(booking.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        complete: () => {
          this.cancelling.set(false);
          this.stage.set('cancelled');
          this.announcer.announce(this.strings.cancelled);
          this.cancelled.emit(booking.id);
        },
        error: () => {
          this.cancelling.set(false);
          this.cancelError.set(this.strings.cancelError);
          this.announcer.announce(this.strings.cancelError, 'assertive');
        },
      });
  }

  protected bookAnother(): void {
    this.booking.set(null);
    this.stage.set('form');
  }

  private request(phonenumber: string): ScheduleRequest {
    const slot = this.mode() === 'scheduled' ? this.draft.slot() : null;
    const userData = this.userData();
    const text = (value: string) => value.trim() || undefined;
    const optional = {
      firstname: text(this.draft.firstname()),
      lastname: text(this.draft.lastname()),
      subject: text(this.draft.notes()),
      desiredTime: slot?.utcTime,
      userData: userData && Object.keys(userData).length > 0 ? userData : undefined,
    };
    return {
      phonenumber,
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
  }

  private onBooked(result: ScheduleResult, phone: string): void {
    const time = result.desiredTime
      ? dateTimeFormatter(this.locale).format(new Date(result.desiredTime))
      : this.strings.bookedAsap;
    this.submitting.set(false);
    this.booking.set({ id: result.id, phone, time });
    this.stage.set('booked');
    this.draft.reset();
    this.announcer.announce(this.strings.bookedAnnounced(time));
    this.booked.emit(result);
  }

  private showErrors(list: readonly WidgetError[]): void {
    this.errors.set(Object.fromEntries(list.map((e) => [e.target, e])));
    const first = list[0];
    if (!first) return;
    // A field error is read with its field once focused there; others are announced.
    if (first.target === 'phonenumber') this.phoneField()?.focus();
    else this.focusField(first.target);
    if (first.target === 'form' || first.target === 'time') {
      this.announcer.announce(first.message, 'assertive');
    }
  }

  private focusField(target: WidgetErrorTarget): void {
    const field = this.host.nativeElement.querySelector<HTMLElement>(`[name="${target}"]`);
    field?.focus();
  }

  private clearError(target: WidgetErrorTarget): void {
    if (!this.errors()[target]) return;
    this.errors.update((errors) => {
      const rest = { ...errors };
      delete rest[target];
      return rest;
    });
  }

  private option<K extends keyof ResolvedCallbackWidgetOptions>(
    key: K,
  ): ResolvedCallbackWidgetOptions[K] {
    const value = this[key]() as ResolvedCallbackWidgetOptions[K] | undefined;
    return value ?? this.defaults[key];
  }
}
