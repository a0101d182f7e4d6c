import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ErrorHandler,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { chunkLoader, placeLazyComponent, type LazyComponent } from '../lazy/lazy-component';
import { injectWidgetStrings } from '../locale/widget-locale';
import type { BookingView } from './callback-confirmation';

/**
 * Fetches the confirmation's code (internal): the confirmation, "change time" and the queue
 * watch. The widget calls it when the browser is idle after the form shows, and again when it
 * sends a booking (in case the first fetch failed), so the confirmation shows at once.
 */
export const loadCallbackConfirmation = chunkLoader(() =>
  import('./callback-confirmation').then((chunk) => chunk.CallbackConfirmation),
);

/**
 * Where the widget shows a booked callback (internal): the confirmation is placed next to this
 * element once its code has arrived. Should it not arrive, the booking still shows, plainly,
 * without the cancel and "change time" actions, and the failure goes to the `ErrorHandler`.
 */
@Component({
  selector: 'cb-lazy-callback-confirmation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './form-controls.css',
  template: `
    @if (failed()) {
      <h2 class="cb-title" tabindex="-1" [id]="headingId()">{{ strings.booked }}</h2>
      <p class="cb-booking-fallback">
        {{ booking().time }} · <bdi dir="ltr">{{ booking().phone }}</bdi> ·
        <bdi dir="ltr">{{ booking().id }}</bdi>
      </p>
    }
  `,
})
export class LazyCallbackConfirmation implements OnInit {
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
  private readonly injector = inject(Injector);
  private readonly confirmation: LazyComponent<unknown>;

  constructor() {
    const host: HTMLElement = inject(ElementRef).nativeElement;
    const errorHandler = inject(ErrorHandler);
    this.confirmation = placeLazyComponent({
      load: loadCallbackConfirmation,
      inputs: () => ({
        booking: this.booking(),
        headingId: this.headingId(),
        numberOfDays: this.numberOfDays(),
        hideUnavailable: this.hideUnavailable(),
      }),
      created: (confirmation) => {
        confirmation.bookingCancelled.subscribe((id) => this.bookingCancelled.emit(id));
        confirmation.bookAnother.subscribe(() => this.bookAnother.emit());
      },
      failed: (error) => {
        this.failed.set(true);
        // The form that had the focus is gone: it goes to the heading, as it would have.
        afterNextRender(() => host.querySelector('h2')?.focus(), { injector: this.injector });
        errorHandler.handleError(error);
      },
    });
  }

  ngOnInit(): void {
    this.confirmation.place();
  }
}
