import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  CallbackService,
  isCallbackError,
  type AvailabilityResult,
  type CallbackError,
  type CallbackSlot,
  type CallbackStatus,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { ErrorDetails } from './error-details';
import { SlotTable } from './slot-table';

type When = 'asap' | 'slot';

type SlotsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly result: AvailabilityResult }
  | { readonly status: 'error'; readonly error: CallbackError };

const PAGE_SIZE = 12;
const DAYS_AHEAD = 7;

/** The service fails only with `CallbackError`; anything else is a bug, rethrown. */
function asCallbackError(error: unknown): CallbackError {
  if (isCallbackError(error)) return error;
  throw error;
}

/**
 * "Build your own": a booking form written directly against `CallbackService` — signals in
 * the template, the slots of `availability()` in a table, every field of a `CallbackError`
 * shown, and `retrieve()` / `cancel()` on the booked callback.
 */
@Component({
  selector: 'app-book-callback',
  imports: [DatePipe, ErrorDetails, SlotTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './book-callback.html',
  styleUrl: './book-callback.css',
})
export class BookCallback {
  private readonly callbacks = inject(CallbackService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly slotQueries = new Subject<number>();

  protected readonly ready = toSignal(this.callbacks.ready$);
  protected readonly phone = signal('');
  protected readonly firstname = signal('');
  protected readonly notes = signal('');
  protected readonly when = signal<When>('asap');
  protected readonly slot = signal<CallbackSlot | null>(null);
  protected readonly slotCount = signal(PAGE_SIZE);
  protected readonly slots = signal<SlotsState>({ status: 'loading' });
  protected readonly booking = signal(false);
  protected readonly booked = signal<ScheduleResult | null>(null);
  protected readonly error = signal<CallbackError | null>(null);
  protected readonly callbackStatus = signal<CallbackStatus | null>(null);
  protected readonly actionError = signal<CallbackError | null>(null);
  protected readonly cancelled = signal(false);

  protected readonly slotList = computed(() => {
    const state = this.slots();
    return state.status === 'ready' ? state.result.slots : [];
  });

  protected readonly slotsError = computed(() => {
    const state = this.slots();
    return state.status === 'error' ? state.error : null;
  });

  constructor() {
    // switchMap: asking for more slots cancels the query in flight (availability() aborts).
    this.slotQueries
      .pipe(
        switchMap((maxTimeSlots) =>
          this.callbacks
            .availability({ startDate: new Date(), numberOfDays: DAYS_AHEAD, maxTimeSlots })
            .pipe(
              map((result): SlotsState => ({ status: 'ready', result })),
              catchError((error: unknown) =>
                of<SlotsState>({ status: 'error', error: asCallbackError(error) }),
              ),
              startWith<SlotsState>({ status: 'loading' }),
            ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.slots.set(state));
    this.loadSlots();
  }

  protected loadSlots(more = false): void {
    if (more) this.slotCount.update((count) => count + PAGE_SIZE);
    this.slotQueries.next(this.slotCount());
  }

  protected text(field: 'phone' | 'firstname' | 'notes', event: Event): void {
    this[field].set((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  }

  protected chooseSlot(slot: CallbackSlot): void {
    this.slot.set(slot);
    this.when.set('slot');
  }

  protected book(event: Event): void {
    event.preventDefault();
    if (this.booking()) return;
    const slot = this.when() === 'slot' ? this.slot() : null;
    this.booking.set(true);
    this.error.set(null);
    this.callbacks
      .schedule({
        phonenumber: this.phone(),
        ...(this.firstname().trim() ? { firstname: this.firstname().trim() } : {}),
        ...(this.notes().trim() ? { subject: this.notes().trim() } : {}),
        ...(slot ? { desiredTime: slot.utcTime } : {}),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.booking.set(false);
          this.booked.set(result);
        },
        error: (error: unknown) => {
          const callbackError = asCallbackError(error);
          this.booking.set(false);
          this.error.set(callbackError);
          // A 429: the slot (or the service) is full now, so the free counts shown are stale.
          if (callbackError.code === 'RATE_LIMITED') this.loadSlots();
        },
      });
  }

  protected checkStatus(id: string): void {
    this.actionError.set(null);
    this.callbacks
      .retrieve(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (status) => this.callbackStatus.set(status),
        error: (error: unknown) => this.actionError.set(asCallbackError(error)),
      });
  }

  protected cancel(id: string): void {
    this.actionError.set(null);
    this.callbacks
      .cancel(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        complete: () => {
          this.cancelled.set(true);
          // The state shown (if any) was read before the cancellation: read it again.
          this.callbackStatus.set(null);
          this.checkStatus(id);
        },
        error: (error: unknown) => this.actionError.set(asCallbackError(error)),
      });
  }

  protected startOver(): void {
    this.booked.set(null);
    this.callbackStatus.set(null);
    this.actionError.set(null);
    this.cancelled.set(false);
    this.slot.set(null);
    this.when.set('asap');
    this.loadSlots();
  }
}
