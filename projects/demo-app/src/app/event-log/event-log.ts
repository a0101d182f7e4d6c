import { Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CallbackService, type CallbackError, type CallbackEvent } from 'ngx-genesys-callback';

/** One line of the event log. */
export interface EventLogEntry {
  readonly id: number;
  readonly time: Date;
  readonly type: CallbackEvent['type'];
  readonly summary: string;
  readonly isError: boolean;
}

/** How many events the log keeps. */
export const EVENT_LOG_SIZE = 100;

/** One line of text for an event of `CallbackService.events$`. */
export function describeEvent(event: CallbackEvent): string {
  switch (event.type) {
    case 'ready':
      return `API ${event.apiVersion} ready` + (event.serviceName ? `, ${event.serviceName}` : '');
    case 'scheduled': {
      const { id, desiredTime } = event.result;
      return `Booked ${id}, ` + (desiredTime ? `at ${desiredTime}` : 'as soon as possible');
    }
    case 'availableSlots': {
      const { slots } = event.result;
      const free = slots.filter((slot) => slot.capacity > 0).length;
      return `${slots.length} slots, ${free} free`;
    }
    case 'scheduleError':
    case 'availabilityError':
      return describeError(event.error);
  }
}

function describeError(error: CallbackError): string {
  const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
  return `${error.code}${status}: ${error.message}`;
}

/**
 * Records what `CallbackService.events$` publishes, newest first, from the app's start (the
 * shell creates it), so the `ready` event is there too.
 */
@Injectable({ providedIn: 'root' })
export class EventLog {
  private readonly _entries = signal<readonly EventLogEntry[]>([]);
  private nextId = 1;

  /** The recorded events, newest first. */
  readonly entries = this._entries.asReadonly();

  constructor() {
    inject(CallbackService)
      .events$.pipe(takeUntilDestroyed())
      .subscribe((event) => this.record(event));
  }

  /** Forgets the recorded events. */
  clear(): void {
    this._entries.set([]);
  }

  private record(event: CallbackEvent): void {
    const entry: EventLogEntry = {
      id: this.nextId++,
      time: new Date(),
      type: event.type,
      summary: describeEvent(event),
      isError: event.type === 'scheduleError' || event.type === 'availabilityError',
    };
    this._entries.update((entries) => [entry, ...entries].slice(0, EVENT_LOG_SIZE));
  }
}
