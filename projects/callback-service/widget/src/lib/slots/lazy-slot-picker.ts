import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  inject,
  input,
  model,
  signal,
  type OnInit,
} from '@angular/core';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import { chunkLoader, placeLazyComponent } from '../lazy/lazy-component';
import { injectWidgetStrings } from '../locale/widget-locale';
import { loadSlotListbox } from './lazy-proposed-times';

/**
 * Fetches the slot picker's code (internal). The widget calls it when the browser is idle after
 * the form shows, so that it is there when the customer chooses "pick date & time".
 */
export const loadSlotPicker = chunkLoader(() =>
  import('./slot-picker').then((chunk) => {
    // Already fetched with the picker: known at once to the times the server proposes.
    loadSlotListbox().catch(() => undefined);
    return chunk.SlotPicker;
  }),
);

/**
 * Where the form shows the day strip and the slots (internal): the slot picker is placed next to
 * this element once its code has arrived, with the same inputs and two-way bindings. Should the
 * code not arrive, it says (and announces) that the times could not be loaded, with a "try
 * again" button, as the picker does when `availability()` fails; the failure goes to the
 * `ErrorHandler`. The message and its button stay while a retry fetches, so the focus stays on
 * the button, and goes to the picker once it shows.
 */
@Component({
  selector: 'cb-lazy-slot-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../widget/form-controls.css',
  template: `
    @if (failed()) {
      <p class="cb-error cb-times-error">
        {{ strings.timesError }}
        <button type="button" class="cb-button cb-button-secondary" (click)="retry()">
          {{ strings.retry }}
        </button>
      </p>
    }
  `,
})
export class LazySlotPicker implements OnInit {
  /** How many days the strip shows, from today. */
  readonly numberOfDays = input.required<number>();
  /** Hides full slots instead of disabling them. */
  readonly hideUnavailable = input(false);
  /** Instants (epoch ms) the server refused since the slots were read: shown full. */
  readonly refused = input<readonly number[]>([]);
  /** Id of the element that describes the time (its error). */
  readonly describedBy = input<string | null>(null);
  /** The chosen day (epoch ms of its local midnight); `null` means the first of the strip. */
  readonly day = model<number | null>(null);
  /** The chosen slot. */
  readonly slot = model<CallbackSlot | null>(null);

  /** Every text. */
  protected readonly strings = injectWidgetStrings();
  /** The picker's code could not be fetched. */
  protected readonly failed = signal(false);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly picker = placeLazyComponent({
    load: loadSlotPicker,
    inputs: () => ({
      numberOfDays: this.numberOfDays(),
      hideUnavailable: this.hideUnavailable(),
      refused: this.refused(),
      describedBy: this.describedBy(),
      day: this.day(),
      slot: this.slot(),
    }),
    created: (picker) => {
      this.failed.set(false);
      picker.day.subscribe((day) => this.day.set(day));
      picker.slot.subscribe((slot) => this.slot.set(slot));
    },
    failed: (error) => {
      this.failed.set(true);
      this.announcer.announce(this.strings.timesError);
      this.errorHandler.handleError(error);
    },
  });

  ngOnInit(): void {
    this.picker.place();
  }

  /** Moves focus to the slot list, or to the shown day while there is no list; once shown. */
  focus(): void {
    this.picker.focusWhenPlaced((picker) => picker.focus());
  }

  /** Fetches the picker's code again. */
  protected retry(): void {
    this.picker.retry();
    this.picker.focusWhenPlaced((picker) => picker.focus());
  }
}
