import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ErrorHandler,
  Injector,
  PendingTasks,
  ViewContainerRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
  type ComponentRef,
} from '@angular/core';
import { injectWidgetStrings } from '../locale/widget-locale';
import type { BookingView, CallbackConfirmation } from './callback-confirmation';

type ConfirmationChunk = typeof import('./callback-confirmation');

let confirmationChunk: Promise<ConfirmationChunk> | null = null;

/**
 * Fetches the confirmation's code (internal): the confirmation, "change time" and the queue
 * watch are needed only once a callback is booked, so they stay out of the page's initial
 * JavaScript. The widget calls it when it sends a booking, so the code arrives while the
 * server answers. A failed fetch is not kept: the next call tries again.
 */
export function loadCallbackConfirmation(): Promise<ConfirmationChunk> {
  confirmationChunk ??= import('./callback-confirmation').catch((error: unknown) => {
    confirmationChunk = null;
    throw error;
  });
  return confirmationChunk;
}

/**
 * Where the widget shows a booked callback (internal): puts the confirmation in its place once
 * its code has arrived (the application counts as busy until then, so `whenStable()`, SSR and
 * the harnesses wait for it). Should the code not arrive, the booking still shows, plainly,
 * without the cancel and "change time" actions, and the failure goes to the `ErrorHandler`.
 */
@Component({
  selector: 'cb-callback-confirmation-slot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed()) {
      <h2 #heading class="cb-title cb-success" tabindex="-1" [id]="headingId()">
        {{ strings.booked }}
      </h2>
      <p class="cb-booking-fallback">
        {{ booking().time }} · <bdi dir="ltr">{{ booking().phone }}</bdi> ·
        <bdi dir="ltr">{{ booking().id }}</bdi>
      </p>
    }
  `,
})
export class CallbackConfirmationSlot {
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

  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** The confirmation's code could not be fetched: the plain view shows instead. */
  protected readonly failed = signal(false);
  private readonly confirmation = signal<ComponentRef<CallbackConfirmation> | null>(null);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    const place = inject(ViewContainerRef);
    const injector = inject(Injector);
    const errorHandler = inject(ErrorHandler);
    const done = inject(PendingTasks).add();
    effect(() => {
      const confirmation = this.confirmation();
      confirmation?.setInput('booking', this.booking());
      confirmation?.setInput('headingId', this.headingId());
      confirmation?.setInput('numberOfDays', this.numberOfDays());
      confirmation?.setInput('hideUnavailable', this.hideUnavailable());
    });
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    loadCallbackConfirmation()
      .then(
        ({ CallbackConfirmation }) => {
          if (destroyed) return;
          // Placed next to this element; its inputs follow this one's.
          const confirmation = place.createComponent(CallbackConfirmation);
          const { instance } = confirmation;
          instance.bookingCancelled.subscribe((id) => this.bookingCancelled.emit(id));
          instance.bookAnother.subscribe(() => this.bookAnother.emit());
          this.confirmation.set(confirmation);
        },
        (error: unknown) => {
          if (destroyed) return;
          this.failed.set(true);
          // The form that had the focus is gone: it goes to the heading, as it would have.
          afterNextRender(() => this.heading()?.nativeElement.focus(), { injector });
          errorHandler.handleError(error);
        },
      )
      .finally(done);
  }
}
