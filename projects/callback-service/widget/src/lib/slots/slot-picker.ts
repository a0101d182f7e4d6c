import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CallbackService, type CallbackSlot } from 'ngx-genesys-callback';
import { catchError, map, of, startWith, tap, type Observable, type Subscription } from 'rxjs';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { injectWidgetLocaleTag, injectWidgetStrings } from '../locale/widget-locale';
import {
  dateTimeFormatter,
  dayFormatter,
  localDays,
  startOfLocalDay,
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
 * the Calendar does; choosing another day before the answer cancels the stale query, and
 * drops a slot chosen on another day.
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
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly locale = injectWidgetLocaleTag();
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly listbox = viewChild(SlotListbox);
  /** Every text. */
  protected readonly strings = injectWidgetStrings();

  /** How many days the strip shows, from today. */
  readonly numberOfDays = input.required<number>();
  /** Hides full slots instead of disabling them. */
  readonly hideUnavailable = input(false);
  /** Instants (epoch ms) the server refused since the slots were read: shown full. */
  readonly refused = input<readonly number[]>([]);
  /** Id of the element that describes the time (its error): tied to the days and the slots. */
  readonly describedBy = input<string | null>(null);
  /** The chosen day (epoch ms of its local midnight); `null` means the first of the strip. */
  readonly day = model<number | null>(null);
  /** The chosen slot. */
  readonly slot = model<CallbackSlot | null>(null);

  // "Today" is fixed when the picker opens, so the strip does not shift under the customer.
  private readonly today = new Date();
  private readonly reloads = signal(0);
  // Formatters follow the locale, which a switch of language at run time changes.
  private readonly timeFormat = computed(() => timeFormatter(this.locale()));
  private readonly dateTimeFormat = computed(() => dateTimeFormatter(this.locale()));
  private readonly dayFormat = computed(() => dayFormatter(this.locale()));

  /** The day strip. */
  protected readonly days = computed(() =>
    localDays(this.today, this.numberOfDays(), this.locale()),
  );
  /** The day whose slots are shown: the chosen one if the strip has it, else the first. */
  protected readonly shownDay = computed(() => {
    const day = this.day();
    const days = this.days();
    return days.some((d) => d.time === day) ? day : (days[0]?.time ?? null);
  });
  private readonly query = computed(() => ({ day: this.shownDay(), attempt: this.reloads() }));

  /** Loading, failed, or the slots of the shown day. */
  protected readonly state = signal<SlotsState>({ status: 'loading' });

  /** The slots as the list shows them. */
  protected readonly views = computed(() => {
    const state = this.state();
    return state.status === 'ready'
      ? toSlotViews(state.slots, this.timeFormat(), this.hideUnavailable(), this.refused())
      : [];
  });

  /** "Selected: …" under the list. */
  protected readonly selectedLabel = computed(() => {
    const slot = this.slot();
    return slot ? this.strings.selectedTime(this.formatSlot(slot)) : null;
  });

  constructor() {
    let loading: Subscription | undefined;
    effect(() => {
      const { day } = this.query();
      untracked(() => {
        // Unsubscribing from the previous day's query aborts its request.
        loading?.unsubscribe();
        loading = day === null ? undefined : this.load(day).subscribe((s) => this.state.set(s));
      });
    });
    inject(DestroyRef).onDestroy(() => loading?.unsubscribe());
  }

  /** Moves focus to the slot list, or to the shown day while there is no list. */
  focus(): void {
    const list = this.listbox();
    if (list) list.focus();
    else
      this.host.nativeElement.querySelector<HTMLElement>('.cb-day[aria-pressed="true"]')?.focus();
  }

  /** The slot's time with its day, in the customer's zone and locale. */
  protected formatSlot(slot: CallbackSlot): string {
    return this.dateTimeFormat().format(new Date(slot.utcTime));
  }

  /** Shows a day; a slot chosen on another day no longer holds, so it is dropped (and said). */
  protected chooseDay(time: number): void {
    this.day.set(time);
    const slot = this.slot();
    if (slot && startOfLocalDay(new Date(slot.utcTime)).getTime() !== time) {
      this.slot.set(null);
      this.announcer.announce(this.strings.selectionCleared);
    }
  }

  /** Chooses a slot and says so. */
  protected chooseSlot(slot: CallbackSlot): void {
    this.slot.set(slot);
    this.announcer.announce(this.strings.selectedTime(this.formatSlot(slot)));
  }

  /** Reads the shown day's slots again. */
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
        : this.strings.timesAnnounced(free, this.dayFormat().format(new Date(day))),
    );
  }
}
