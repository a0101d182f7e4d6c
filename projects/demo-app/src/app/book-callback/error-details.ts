import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CallbackError, CallbackSlot } from 'ngx-genesys-callback';

interface ErrorField {
  readonly name: string;
  readonly value: string;
}

/** Every field of a `CallbackError`, and the times the server proposed instead, to choose. */
@Component({
  selector: 'app-error-details',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-box stack-sm" role="alert">
      <p class="error-title">
        <code class="error-code">{{ error().code }}</code> {{ error().message }}
      </p>
      <dl class="error-fields">
        @for (field of fields(); track field.name) {
          <dt>
            <code>{{ field.name }}</code>
          </dt>
          <dd>{{ field.value }}</dd>
        }
      </dl>
      @if (proposals().length > 0) {
        <p>The server proposes these times instead:</p>
        <div class="inline-row">
          @for (slot of proposals(); track slot.utcTime) {
            <button type="button" class="button button-quiet" (click)="choose.emit(slot)">
              {{ slot.utcTime | date: 'EEE h:mm a' }}
            </button>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .error-box {
      padding: 0.75rem 1rem;
      border: 1px solid var(--demo-error);
      border-radius: var(--demo-radius-sm);
    }
    .error-title {
      margin: 0;
      color: var(--demo-error);
      font-weight: 600;
    }
    .error-fields {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2rem 1rem;
      margin: 0;
      font-size: 0.9rem;
    }
    .error-fields dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class ErrorDetails {
  /** The error to show. */
  readonly error = input.required<CallbackError>();
  /** Emits a proposed slot the user chose. */
  readonly choose = output<CallbackSlot>();

  protected readonly proposals = computed(() =>
    (this.error().proposedSlots ?? []).filter((slot) => slot.capacity > 0),
  );

  protected readonly fields = computed<readonly ErrorField[]>(() => {
    const e = this.error();
    const fields: [string, unknown][] = [
      ['status', e.status],
      ['serverCode', e.serverCode],
      ['serverMessage', e.serverMessage],
      ['field', e.field],
      ['correlationId', e.correlationId],
      ['retryAfterMs', e.retryAfterMs],
      ['retryable', e.retryable],
    ];
    return fields
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ({ name, value: String(value) }));
  });
}
