import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  inject,
  input,
  output,
  type OnInit,
} from '@angular/core';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { chunkLoader, placeLazyComponent } from '../lazy/lazy-component';
import { injectWidgetStrings } from '../locale/widget-locale';
import type { SlotView } from './slot-days';

/**
 * Fetches the slot listbox's code (internal). The slot picker's chunk holds it too, so the
 * picker's loader calls this as well: the proposals then show at once when they come.
 */
export const loadSlotListbox = chunkLoader(() =>
  import('./slot-listbox').then((chunk) => chunk.SlotListbox),
);

/**
 * The times the server proposed instead of a refused one, in the form (internal): a slot listbox
 * (class `cb-proposals`) placed next to this element once its code has arrived; it comes with
 * the slot picker's, so it is usually there already. Should it not arrive, the error above it
 * still says the time is taken and the slot picker offers the free ones; the failure goes to
 * the `ErrorHandler`.
 */
@Component({
  selector: 'cb-lazy-proposed-times',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class LazyProposedTimes implements OnInit {
  /** The proposed times, in order. */
  readonly views = input.required<readonly SlotView[]>();
  /** `utcTime` of the chosen slot. */
  readonly selected = input<string | null>(null);
  /** Id of the element describing the list (the error). */
  readonly describedBy = input<string | null>(null);
  /** Emits the time the customer chose. */
  readonly choose = output<CallbackSlot>();

  private readonly strings = injectWidgetStrings();
  private readonly errorHandler = inject(ErrorHandler);
  private readonly listbox = placeLazyComponent({
    load: loadSlotListbox,
    inputs: () => ({
      views: this.views(),
      selected: this.selected(),
      label: this.strings.proposedTimes,
      describedBy: this.describedBy(),
    }),
    created: (listbox, element) => {
      element.classList.add('cb-proposals');
      listbox.choose.subscribe((slot) => this.choose.emit(slot));
    },
    failed: (error) => this.errorHandler.handleError(error),
  });

  ngOnInit(): void {
    this.listbox.place();
  }

  /** Whether the list's code could not be fetched: the form then points at the slot picker. */
  isUnavailable(): boolean {
    return this.listbox.failed();
  }

  /** Moves focus to the list (after an error about the time), once it is there. */
  focus(): void {
    this.listbox.focusWhenPlaced((listbox) => listbox.focus());
  }
}
