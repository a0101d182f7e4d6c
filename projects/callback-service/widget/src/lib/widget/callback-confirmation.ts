import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CallbackService } from 'ngx-genesys-callback';
import type { Subscription } from 'rxjs';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { injectWidgetStrings } from '../locale/widget-locale';

/** A booked callback as the confirmation shows it (internal). */
export interface BookingView {
  /** The callback id. */
  readonly id: string;
  /** The number that will be called. */
  readonly phone: string;
  /** The booked time, formatted, or "as soon as possible". */
  readonly time: string;
}

/**
 * The confirmation view (internal): the booked time, the number and the callback id, with a
 * "cancel this callback" action that calls `cancel()`. Focus moves to its heading, since the
 * form that had it is gone, and again once the callback is cancelled.
 */
@Component({
  selector: 'cb-callback-confirmation',
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
      <dd class="cb-booking-time">{{ booking().time }}</dd>
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
    <div class="cb-actions">
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
  `,
})
export class CallbackConfirmation {
  private readonly callbacks = inject(CallbackService);
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private cancellation?: Subscription;
  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** Whether the callback was cancelled. */
  protected readonly cancelled = signal(false);
  /** Whether the cancellation is in flight. */
  protected readonly cancelling = signal(false);
  /** Why the cancellation failed, if it did. */
  protected readonly cancelError = signal<string | null>(null);

  /** The booking shown. */
  readonly booking = input.required<BookingView>();
  /** Id of the heading. */
  readonly headingId = input.required<string>();
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
    inject(DestroyRef).onDestroy(() => this.cancellation?.unsubscribe());
  }

  /** Cancels the callback with `cancel()`, and says how it went. */
  protected cancelBooking(): void {
    if (this.cancelling()) return;
    const id = this.booking().id;
    this.cancelling.set(true);
    this.cancelError.set(null);
    this.cancellation = this.callbacks.cancel(id).subscribe({
      complete: () => {
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
