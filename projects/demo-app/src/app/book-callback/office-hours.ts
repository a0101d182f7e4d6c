import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CallbackService, isCallbackError, type OpenForQuery } from 'ngx-genesys-callback';
import { ErrorDetails } from './error-details';

/**
 * Office hours of a service (Callback API v3): `CallbackService.openFor()` says how long the
 * office stays open from now, or from a local date and time the user enters; 0 is closed.
 */
@Component({
  selector: 'app-office-hours',
  imports: [ErrorDetails],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="inline-row" (submit)="ask($event)">
      <label for="byo-open-at">Is {{ serviceName() }} open at</label>
      <input
        id="byo-open-at"
        class="field"
        type="datetime-local"
        [value]="at()"
        (input)="setAt($event)"
      />
      <button type="submit" class="button">Ask (openFor())</button>
    </form>
    @if (error(); as e) {
      <app-error-details [error]="e" />
    } @else if (openFor.hasValue()) {
      <p class="status-line" role="status">{{ answer() }}</p>
    }
  `,
})
export class OfficeHours {
  private readonly callbacks = inject(CallbackService);

  /** The service whose office hours are asked. */
  readonly serviceName = input.required<string>();

  /** The `datetime-local` text; empty asks about now. */
  protected readonly at = signal('');
  private readonly query = signal<OpenForQuery | undefined>(undefined);
  protected readonly openFor = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.callbacks.openFor(params),
  });
  protected readonly error = computed(() => {
    const error = this.openFor.error();
    return isCallbackError(error) ? error : null;
  });
  protected readonly answer = computed(() => {
    const when = this.query()?.start ? 'then' : 'now';
    const seconds = this.openFor.value()?.openForSeconds ?? 0;
    if (seconds <= 0) return `${this.serviceName()} is closed ${when}.`;
    return `${this.serviceName()} is open ${when}, for another ${duration(seconds)}.`;
  });

  protected setAt(event: Event): void {
    this.at.set((event.target as HTMLInputElement).value);
  }

  protected ask(event: Event): void {
    event.preventDefault();
    // `datetime-local` is the user's wall-clock time: `new Date()` reads it as local.
    const start = this.at() ? new Date(this.at()) : undefined;
    this.query.set({ serviceName: this.serviceName(), ...(start ? { start } : {}) });
  }
}

/** `5400` → `1 h 30 min`; the office's answer is capped at a week. */
function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
