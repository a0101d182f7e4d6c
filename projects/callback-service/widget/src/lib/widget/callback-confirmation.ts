import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  CallbackService,
  ɵinjectCallbackConfigSignal,
  type CallbackStatus,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import type { Subscription } from 'rxjs';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { injectWidgetLocaleTag, injectWidgetStrings } from '../locale/widget-locale';
import { dateTimeFormatter } from '../slots/slot-days';
import { CallbackReschedule } from './callback-reschedule';
import { watchQueue } from './queue-watch';

/** A booked callback as the confirmation shows it (internal). */
export interface BookingView {
  /** The callback id. */
  readonly id: string;
  /** The number that will be called. */
  readonly phone: string;
  /** The booked time, formatted, or "as soon as possible". */
  readonly time: string;
  /** Booked "as soon as possible": the confirmation follows its place in the queue (v3). */
  readonly immediate: boolean;
}

/**
 * The confirmation view (internal): the booked time, the number and the callback id, with a
 * "cancel this callback" action that calls `cancel()`. Focus moves to its heading, since the
 * form that had it is gone, and again once the callback is cancelled. On v3, an immediate
 * callback shows its place in the queue and the estimated wait while it is `QUEUED`
 * (`watchQueue()`); on v1, "change time" moves the callback with `reschedule()`.
 */
@Component({
  selector: 'cb-callback-confirmation',
  imports: [CallbackReschedule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './form-controls.css',
  host: { class: 'cb-confirmation' },
  template: `
    <h2
      #heading
      class="cb-title cb-confirmation-title"
      tabindex="-1"
      [class.cb-success]="!cancelled()"
      [id]="headingId()"
    >
      {{ cancelled() ? strings.cancelled : strings.booked }}
    </h2>
    <dl class="cb-booking" [class.cb-booking-cancelled]="cancelled()">
      <dt>{{ strings.bookedTime }}</dt>
      <dd class="cb-booking-time">{{ time() }}</dd>
      @if (queued(); as status) {
        @if (status.positionInQueue !== undefined) {
          <dt>{{ strings.queuePosition }}</dt>
          <dd class="cb-queue-position">{{ formatNumber(status.positionInQueue) }}</dd>
        }
        @if (status.estimatedWaitTime !== undefined) {
          <dt>{{ strings.estimatedWait }}</dt>
          <dd class="cb-estimated-wait">{{ formatWait(status.estimatedWaitTime) }}</dd>
        }
      }
      <dt>{{ strings.bookedNumber }}</dt>
      <!-- Numbers and ids read left to right, also in a right-to-left page. -->
      <dd class="cb-booking-phone">
        <bdi dir="ltr">{{ booking().phone }}</bdi>
      </dd>
      <dt>{{ strings.bookedId }}</dt>
      <dd class="cb-booking-id">
        <bdi dir="ltr">{{ booking().id }}</bdi>
      </dd>
    </dl>
    @if (cancelError(); as message) {
      <p class="cb-error" data-field="cancel">{{ message }}</p>
    }
    @if (changing()) {
      <cb-callback-reschedule
        [callbackId]="booking().id"
        [numberOfDays]="numberOfDays()"
        [hideUnavailable]="hideUnavailable()"
        (rescheduled)="showMoved($event)"
        (dismissed)="changing.set(false)"
      />
    }
    <div class="cb-actions">
      @if (canChangeTime()) {
        <button
          type="button"
          class="cb-button cb-button-secondary cb-change-time"
          [disabled]="cancelling()"
          (click)="changing.set(true)"
        >
          {{ strings.changeTime }}
        </button>
      }
      @if (cancelled()) {
        <button type="button" class="cb-button cb-book-another" (click)="bookAnother.emit()">
          {{ strings.bookAnother }}
        </button>
      } @else {
        <button
          type="button"
          class="cb-button cb-button-secondary cb-cancel-booking"
          [disabled]="cancelling()"
          (click)="cancelBooking()"
        >
          {{ cancelling() ? strings.cancelling : strings.cancelBooking }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .cb-success {
      color: var(--_cb-success);
    }
    .cb-booking {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 0 0 16px;
    }
    .cb-booking dt {
      color: var(--_cb-muted);
    }
    .cb-booking dd {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .cb-booking-cancelled dd {
      text-decoration: line-through;
    }
    .cb-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CallbackConfirmation {
  private readonly callbacks = inject(CallbackService);
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly config = ɵinjectCallbackConfigSignal();
  private readonly locale = injectWidgetLocaleTag();
  private cancellation?: Subscription;
  private queueWatch?: Subscription;
  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** Whether the callback was cancelled. */
  protected readonly cancelled = signal(false);
  /** Whether the cancellation is in flight. */
  protected readonly cancelling = signal(false);
  /** Why the cancellation failed, if it did. */
  protected readonly cancelError = signal<string | null>(null);
  /** The slot picker of "change time" is shown. */
  protected readonly changing = signal(false);
  /** The time the callback was moved to, formatted, once moved. */
  private readonly movedTo = signal<string | null>(null);
  /** The last state read of an immediate callback. */
  private readonly status = signal<CallbackStatus | null>(null);
  /** The booked time as shown: the one it was moved to, else the booked one. */
  protected readonly time = computed(() => this.movedTo() ?? this.booking().time);
  /** The last state read, while the callback waits in the queue. */
  protected readonly queued = computed(() => {
    const status = this.status();
    return status?.state === 'QUEUED' && !this.cancelled() ? status : null;
  });
  /** "Change time" is offered: v1 has `reschedule()`, v3 does not. */
  protected readonly canChangeTime = computed(
    () => this.config()?.apiVersion === 'v1' && !this.cancelled() && !this.changing(),
  );

  /** The booking shown. */
  readonly booking = input.required<BookingView>();
  /** Id of the heading. */
  readonly headingId = input.required<string>();
  /** Days in the strip of "change time". */
  readonly numberOfDays = input(7);
  /** Hides full slots in "change time" instead of disabling them. */
  readonly hideUnavailable = input(false);
  /** Emits the id of the callback once it is cancelled. */
  readonly bookingCancelled = output<string>();
  /** Emits when the customer wants to book another callback. */
  readonly bookAnother = output<void>();

  constructor() {
    const injector = inject(Injector);
    effect(() => {
      // Re-runs when the booking is cancelled: the heading then tells the new state.
      this.cancelled();
      afterNextRender(() => this.heading().nativeElement.focus(), { injector });
    });
    effect(() => {
      const { id, immediate } = this.booking();
      if (!immediate || this.config()?.apiVersion !== 'v3') return;
      untracked(() => this.watch(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.cancellation?.unsubscribe();
      this.queueWatch?.unsubscribe();
    });
  }

  /** Shows the time the callback was moved to, and says so. */
  protected showMoved(moved: ScheduleResult): void {
    this.changing.set(false);
    if (moved.desiredTime) {
      this.movedTo.set(dateTimeFormatter(this.locale()).format(new Date(moved.desiredTime)));
    }
    this.announcer.announce(this.strings.timeChanged(this.time()));
  }

  /** A count (the place in the queue) with the locale's digits. */
  protected formatNumber(count: number): string {
    return new Intl.NumberFormat(this.locale()).format(count);
  }

  /** The estimated wait (seconds) in whole minutes, rounded up and at least one. */
  protected formatWait(seconds: number): string {
    return this.strings.waitMinutes(Math.max(1, Math.ceil(seconds / 60)));
  }

  /** Follows the callback's place in the queue, and says it the first time it is known. */
  private watch(id: string): void {
    this.queueWatch?.unsubscribe();
    let announced = false;
    this.queueWatch = watchQueue(this.callbacks, id).subscribe((status) => {
      this.status.set(status);
      const queued = this.queued();
      if (announced || !queued || queued.positionInQueue === undefined) return;
      announced = true;
      const wait = queued.estimatedWaitTime;
      this.announcer.announce(
        `${this.strings.queuePosition}: ${this.formatNumber(queued.positionInQueue)}.` +
          (wait === undefined ? '' : ` ${this.strings.estimatedWait}: ${this.formatWait(wait)}.`),
      );
    });
  }

  /** Cancels the callback with `cancel()`, and says how it went. */
  protected cancelBooking(): void {
    if (this.cancelling()) return;
    const id = this.booking().id;
    this.cancelling.set(true);
    this.cancelError.set(null);
    this.cancellation = this.callbacks.cancel(id).subscribe({
      complete: () => {
        this.queueWatch?.unsubscribe();
        this.cancelling.set(false);
        this.cancelled.set(true);
        this.announcer.announce(this.strings.cancelled);
        this.bookingCancelled.emit(id);
      },
      error: () => {
        this.cancelling.set(false);
        this.cancelError.set(this.strings.cancelError);
        this.announcer.announce(this.strings.cancelError, 'assertive');
      },
    });
  }
}
