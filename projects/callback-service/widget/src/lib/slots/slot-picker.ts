import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { CallbackService, type CallbackSlot } from 'ngx-genesys-callback';
import { catchError, map, of, startWith, switchMap, tap, type Observable } from 'rxjs';
import { CALLBACK_WIDGET_STRINGS } from '../strings/callback-widget-strings';
import {
  dateTimeFormatter,
  dayFormatter,
  localDays,
  timeFormatter,
  toSlotViews,
} from './slot-days';
import { SlotListbox } from './slot-listbox';

type SlotsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly slots: readonly CallbackSlot[] };

/**
 * The day strip and the free slots of the chosen day (internal), the Genesys Calendar's job.
 * Each day is read with `availability({ startDate: <local midnight>, numberOfDays: 1 })`, as
 * the Calendar does; choosing another day before the answer cancels the stale query.
 */
@Component({
  selector: 'cb-slot-picker',
  imports: [SlotListbox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './slot-picker.html',
  styleUrl: './slot-picker.css',
})
export class SlotPicker {
  private readonly callbacks = inject(CallbackService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly locale = inject(LOCALE_ID);
  protected readonly strings = inject(CALLBACK_WIDGET_STRINGS);

  /** How many days the strip shows, from today. */
  readonly numberOfDays = input.required<number>();
  /** Hides full slots instead of disabling them. */
  readonly hideUnavailable = input(false);
  /** Id of the element that describes the time (its error). */
  readonly describedBy = input<string | null>(null);
  /** The chosen day (epoch ms of its local midnight); `null` means the first of the strip. */
  readonly day = model<number | null>(null);
  /** The chosen slot. */
  readonly slot = model<CallbackSlot | null>(null);

  // "Today" is fixed when the picker opens, so the strip does not shift under the customer.
  private readonly today = new Date();
  private readonly reloads = signal(0);
  private readonly timeFormat = timeFormatter(this.locale);
  private readonly dateTimeFormat = dateTimeFormatter(this.locale);
  private readonly dayFormat = dayFormatter(this.locale);

  protected readonly days = computed(() => localDays(this.today, this.numberOfDays(), this.locale));
  protected readonly shownDay = computed(() => this.day() ?? this.days()[0]?.time ?? null);
  private readonly query = computed(() => ({ day: this.shownDay(), attempt: this.reloads() }));

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      // switchMap unsubscribes from the previous day's query, which aborts its request.
      switchMap(({ day }) =>
        day === null ? of<SlotsState>({ status: 'loading' }) : this.load(day),
      ),
    ),
    { initialValue: { status: 'loading' } as SlotsState },
  );

  protected readonly views = computed(() => {
    const state = this.state();
    return state.status === 'ready'
      ? toSlotViews(state.slots, this.timeFormat, this.hideUnavailable())
      : [];
  });

  protected readonly selectedLabel = computed(() => {
    const slot = this.slot();
    return slot ? this.strings.selectedTime(this.formatSlot(slot)) : null;
  });

  /** The slot's time with its day, in the customer's zone and locale. */
  formatSlot(slot: CallbackSlot): string {
    return this.dateTimeFormat.format(new Date(slot.utcTime));
  }

  protected chooseDay(time: number): void {
    this.day.set(time);
  }

  protected chooseSlot(slot: CallbackSlot): void {
    this.slot.set(slot);
    this.announcer.announce(this.strings.selectedTime(this.formatSlot(slot)));
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  private load(day: number): Observable<SlotsState> {
    return this.callbacks.availability({ startDate: new Date(day), numberOfDays: 1 }).pipe(
      map((result): SlotsState => ({ status: 'ready', slots: result.slots })),
      tap((state) => this.announceSlots(state, day)),
      catchError(() => {
        this.announcer.announce(this.strings.timesError);
        return of<SlotsState>({ status: 'error' });
      }),
      startWith<SlotsState>({ status: 'loading' }),
    );
  }

  private announceSlots(state: SlotsState, day: number): void {
    if (state.status !== 'ready') return;
    const free = state.slots.filter((slot) => slot.capacity > 0).length;
    this.announcer.announce(
      free === 0
        ? this.strings.noTimes
        : this.strings.timesAnnounced(free, this.dayFormat.format(new Date(day))),
    );
  }
}
