import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { CallbackSlot } from 'ngx-genesys-callback';

/** The slots of an `availability()` answer as a table: local time, UTC time and free seats. */
@Component({
  selector: 'app-slot-table',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="slot-table">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Your time</th>
            <th scope="col">UTC (<code>utcTime</code>)</th>
            <th scope="col">Free</th>
          </tr>
        </thead>
        <tbody>
          @for (slot of slots(); track slot.utcTime; let i = $index) {
            <tr
              [class.slot-selected]="slot.utcTime === selected()"
              [class.slot-full]="slot.capacity <= 0"
            >
              <td>
                <label class="check-row">
                  <input
                    type="radio"
                    name="byo-slot"
                    [checked]="slot.utcTime === selected()"
                    [disabled]="slot.capacity <= 0"
                    (change)="choose.emit(slot)"
                  />
                  <span>{{ slot.utcTime | date: 'EEE d MMM, h:mm a' }}</span>
                </label>
              </td>
              <td>
                <code>{{ slot.utcTime }}</code>
              </td>
              <td>
                {{ slot.capacity <= 0 ? 'full' : slot.capacity
                }}{{ slot.total === undefined ? '' : ' of ' + slot.total }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .table-scroll {
      overflow-x: auto;
      max-height: 22rem;
      overflow-y: auto;
      border: 1px solid var(--demo-border);
      border-radius: var(--demo-radius-sm);
    }
    .slot-table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9rem;
    }
    caption {
      text-align: start;
      padding: 0.5rem 0.75rem;
      font-weight: 600;
    }
    th,
    td {
      padding: 0.4rem 0.75rem;
      text-align: start;
      border-top: 1px solid var(--demo-border);
      white-space: nowrap;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--demo-surface);
    }
    .slot-selected {
      background: var(--demo-selected);
    }
    .slot-full {
      color: var(--demo-muted);
    }
  `,
})
export class SlotTable {
  /** The caption, e.g. "Next free times". */
  readonly caption = input.required<string>();
  /** The slots, in time order. */
  readonly slots = input.required<readonly CallbackSlot[]>();
  /** `utcTime` of the chosen slot. */
  readonly selected = input<string | null>(null);
  /** Emits the slot the user chose. */
  readonly choose = output<CallbackSlot>();
}
