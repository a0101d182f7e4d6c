import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { injectWidgetStrings } from '../locale/widget-locale';
import type { DialCountry } from './phone-number-support';

/**
 * The phone-number field (internal): an optional dial-code picker, the number, and its error
 * tied with `aria-describedby`. It only shows values; the widget owns them. Focus inside it is
 * reported, so the widget can load the phone library on first use.
 */
@Component({
  selector: 'cb-phone-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cb-field', '(focusin)': 'used.emit()' },
  styleUrl: '../widget/form-controls.css',
  template: `
    <label class="cb-label" [for]="inputId()">
      {{ strings.phoneNumber }} <span class="cb-required">{{ strings.required }}</span>
    </label>
    <div class="cb-phone-row">
      @if (countries().length > 0) {
        <div class="cb-country-picker">
          <select
            class="cb-input cb-country"
            [attr.aria-label]="strings.country"
            (change)="countryChange.emit(asValue($event))"
          >
            <option value="" [selected]="!country()">{{ strings.countryOther }}</option>
            @for (c of countries(); track c.code) {
              <option [value]="c.code" [selected]="c.code === country()">{{ c.label }}</option>
            }
          </select>
          <!-- The closed picker shows "US +1"; the select itself still holds the full names. -->
          <span class="cb-country-short" dir="ltr" aria-hidden="true">{{ shortCountry() }}</span>
        </div>
      }
      <input
        #phoneInput
        class="cb-input cb-phone"
        type="tel"
        dir="ltr"
        name="phonenumber"
        autocomplete="tel"
        maxlength="30"
        required
        [id]="inputId()"
        [value]="phone()"
        [attr.placeholder]="example()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="error() ? errorId() : null"
        (input)="phoneChange.emit(asValue($event))"
      />
    </div>
    @if (error(); as message) {
      <p class="cb-error" data-field="phonenumber" [id]="errorId()">{{ message }}</p>
    }
  `,
  styles: `
    .cb-phone-row {
      display: flex;
      gap: 6px;
    }
    .cb-country-picker {
      position: relative;
      flex: 0 0 6.75em;
    }
    .cb-country {
      height: 100%;
      color: transparent;
    }
    .cb-country option {
      color: var(--_cb-text);
      background: var(--_cb-bg);
    }
    .cb-country-short {
      position: absolute;
      /* Logical insets: the select's arrow is on the left in right-to-left pages. */
      inset-block: 0;
      inset-inline: 11px 1.5em;
      display: flex;
      align-items: center;
      overflow: hidden;
      white-space: nowrap;
      pointer-events: none;
    }
    @media (forced-colors: active) {
      .cb-country {
        color: CanvasText;
      }
      .cb-country-short {
        display: none;
      }
    }
    .cb-phone {
      flex: 1 1 auto;
      min-width: 0;
    }
  `,
})
export class PhoneField {
  protected readonly strings = injectWidgetStrings();
  private readonly phoneInput = viewChild.required<ElementRef<HTMLInputElement>>('phoneInput');

  /** The number as typed. */
  readonly phone = input.required<string>();
  /** The picker's country (ISO code); empty for "other". */
  readonly country = input<string | null>(null);
  /** The picker's entries; no picker while empty. */
  readonly countries = input<readonly DialCountry[]>([]);
  /** An example number of the picker's country, shown as the placeholder. */
  readonly example = input<string | null>(null);
  /** The error to show, if any. */
  readonly error = input<string | null>(null);
  /** Id of the number input. */
  readonly inputId = input.required<string>();
  /** Id of the error element. */
  readonly errorId = input.required<string>();
  /** Emits the number on each keystroke. */
  readonly phoneChange = output<string>();
  /** Emits the country picked ('' for "other"). */
  readonly countryChange = output<string>();
  /** Emits when the number or the picker gets focus. */
  readonly used = output<void>();

  /** The compact label of the picked country, e.g. "US +1"; "+" for "other". */
  protected readonly shortCountry = computed(
    () => this.countries().find((c) => c.code === this.country())?.short ?? '+',
  );

  /** Moves focus to the number (after an error). */
  focus(): void {
    this.phoneInput().nativeElement.focus();
  }

  protected asValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }
}
