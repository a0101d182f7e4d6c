import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** One option of a {@link SegmentedChoice}. */
export interface ChoiceOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Longer text for assistive technology and the tooltip. */
  readonly description?: string;
}

/**
 * A row of radio buttons that looks like a segmented control: one tab stop, arrow keys move
 * and choose, as any native radio group.
 */
@Component({
  selector: 'app-segmented-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="segmented">
      <legend class="segmented-legend">{{ legend() }}</legend>
      @for (option of options(); track option.value) {
        <label class="segmented-option" [title]="option.description ?? option.label">
          <input
            type="radio"
            [name]="name()"
            [value]="option.value"
            [checked]="option.value === value()"
            (change)="changed.emit(option.value)"
          />
          <span>{{ option.label }}</span>
        </label>
      }
    </fieldset>
  `,
  styles: `
    .segmented {
      display: flex;
      align-items: center;
      gap: 2px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .segmented-legend {
      float: left;
      margin: 0 0.4rem 0 0;
      font-weight: 400;
      font-size: 0.85rem;
      color: var(--demo-muted);
    }
    .segmented-option {
      position: relative;
    }
    .segmented-option input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
    }
    .segmented-option span {
      display: block;
      padding: 0.3rem 0.7rem;
      font-size: 0.9rem;
      border: 1px solid var(--demo-field-border);
      border-radius: 999px;
      cursor: pointer;
    }
    .segmented-option input:checked + span {
      background: var(--demo-primary);
      border-color: var(--demo-primary);
      color: var(--demo-on-primary);
    }
    .segmented-option input:focus-visible + span {
      outline: 2px solid var(--demo-primary);
      outline-offset: 2px;
    }
  `,
})
export class SegmentedChoice<T extends string> {
  /** Visible name of the group. */
  readonly legend = input.required<string>();
  /** `name` of the radio buttons (one group per page). */
  readonly name = input.required<string>();
  /** The options, in order. */
  readonly options = input.required<readonly ChoiceOption<T>[]>();
  /** The chosen value. */
  readonly value = input.required<T>();
  /** Emits the value the user chose. */
  readonly changed = output<T>();
}
