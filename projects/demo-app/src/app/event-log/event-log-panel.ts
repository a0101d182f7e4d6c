import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { EventLog } from './event-log';

/** The live event log: every event of `CallbackService.events$`, newest first. */
@Component({
  selector: 'app-event-log-panel',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="event-log-title">
      <div class="panel-head">
        <h2 id="event-log-title">Events <code>events$</code></h2>
        <button
          type="button"
          class="button button-quiet"
          [disabled]="log.entries().length === 0"
          (click)="log.clear()"
        >
          Clear
        </button>
      </div>
      <div class="event-log" role="log" tabindex="0" aria-labelledby="event-log-title">
        @if (log.entries().length > 0) {
          <ol class="event-list">
            @for (entry of log.entries(); track entry.id) {
              <li class="event" [class.event-error]="entry.isError">
                <time class="event-time" [attr.datetime]="entry.time.toISOString()">
                  {{ entry.time | date: 'HH:mm:ss' }}
                </time>
                <code class="event-type">{{ entry.type }}</code>
                <span class="event-summary">{{ entry.summary }}</span>
              </li>
            }
          </ol>
        } @else {
          <p class="muted">No event yet.</p>
        }
      </div>
      <p class="muted log-note">
        <code>cancel()</code> and <code>retrieve()</code> emit no event, so they do not show here.
      </p>
    </section>
  `,
  styles: `
    .log-note {
      margin-top: 0.5rem;
      font-size: 0.8rem;
    }
    .event-log {
      max-height: 20rem;
      overflow-y: auto;
    }
    .event-list {
      list-style: none;
      margin: 0;
      padding: 0;
      font-size: 0.85rem;
    }
    .event {
      display: grid;
      grid-template-columns: auto auto 1fr;
      align-items: baseline;
      gap: 0 0.5rem;
      padding: 0.35rem 0;
      border-top: 1px solid var(--demo-border);
    }
    .event-time {
      color: var(--demo-muted);
      font-variant-numeric: tabular-nums;
    }
    .event-type {
      font-weight: 600;
    }
    .event-summary {
      overflow-wrap: anywhere;
    }
    .event-error .event-type,
    .event-error .event-summary {
      color: var(--demo-error);
    }
  `,
})
export class EventLogPanel {
  protected readonly log = inject(EventLog);
}
