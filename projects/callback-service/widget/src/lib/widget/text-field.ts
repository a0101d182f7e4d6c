import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';

/**
 * A one-line text field of the form (internal): label, input and its error tied with
 * `aria-describedby`. The input gets `name` and the class `cb-<field>`; its error, the id
 * `<inputId>-error` and `data-field`.
 */
@Component({
  selector: 'cb-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cb-field' },
  styleUrl: './form-controls.css',
  template: `
    <label class="cb-label" [for]="inputId()">{{ label() }}</label>
    <input
      maxlength="100"
      [class]="'cb-input cb-' + field()"
      [name]="field()"
      [autocomplete]="autofill()"
      [id]="inputId()"
      [value]="value()"
      [attr.aria-invalid]="error() ? 'true' : null"
      [attr.aria-describedby]="error() ? errorId() : null"
      (input)="value.set(asValue($event))"
    />
    @if (error(); as message) {
      <p class="cb-error" [attr.data-field]="field()" [id]="errorId()">{{ message }}</p>
    }
  `,
})
export class TextField {
  /** The form field: the input's `name`, its class (`cb-<field>`) and the error's `data-field`. */
  readonly field = input.required<string>();
  /** The visible label. */
  readonly label = input.required<string>();
  /** The input's `autocomplete` token. */
  readonly autofill = input.required<string>();
  /** Id of the input. */
  readonly inputId = input.required<string>();
  /** The error to show, if any. */
  readonly error = input<string | null>(null);
  /** The text as typed. */
  readonly value = model.required<string>();

  /** Id of the error element. */
  protected readonly errorId = computed(() => `${this.inputId()}-error`);

  protected asValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
