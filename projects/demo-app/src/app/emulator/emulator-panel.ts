import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  LOCALE_ID,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CallbackService } from 'ngx-genesys-callback';
import { EmulatorAdmin, type EmulatorBooking } from './emulator-admin';
import { FaultSwitches } from './fault-switches';
import { SlotFiller } from './slot-filler';

const LATEST_SHOWN = 3;

/**
 * The emulator panel: faults on and off, filling a slot, and the bookings the emulator holds
 * (its admin listing), so that resilience can be seen rather than read about.
 */
@Component({
  selector: 'app-emulator-panel',
  imports: [FaultSwitches, SlotFiller],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel stack" aria-labelledby="emulator-title">
      <div class="panel-head">
        <h2 id="emulator-title">Emulator</h2>
      </div>
      <p class="muted">
        The local Callback API. Make bookings fail to see how the widget copes; nothing here is part
        of the library.
      </p>
      <app-fault-switches />
      <app-slot-filler (filled)="reload()" />
      <div class="stack-sm">
        <p class="bookings-count" role="status">{{ countText() }}</p>
        <div class="inline-row">
          <button #reloadButton type="button" class="button button-quiet" (click)="reload()">
            Reload bookings
          </button>
          <button
            #deleteButton
            type="button"
            class="button button-quiet"
            aria-controls="delete-all-confirm"
            [attr.aria-expanded]="confirming()"
            [disabled]="bookings().length === 0"
            (click)="confirming.set(true)"
          >
            Delete all
          </button>
        </div>
        <div id="delete-all-confirm" class="stack-sm confirm">
          @if (confirming() && bookings().length > 0) {
            <p class="confirm-text">Delete every booking on the emulator?</p>
            <div class="inline-row">
              <button type="button" class="button" (click)="deleteAll(reloadButton)">
                Yes, delete all
              </button>
              <button type="button" class="button button-quiet" (click)="keep(deleteButton)">
                Keep them
              </button>
            </div>
          }
        </div>
        @if (latest().length > 0) {
          <ul class="booking-list" aria-label="Latest bookings">
            @for (booking of latest(); track booking.id) {
              <li>
                <code>{{ booking.apiVersion }}</code>
                {{ booking.phoneNumber }} ·
                {{ booking.immediate ? 'as soon as possible' : time(booking.desiredTime) }} ·
                <span class="booking-state">{{ state(booking) }}</span>
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
  styles: `
    .bookings-count {
      margin: 0;
      font-weight: 600;
    }
    .confirm:empty {
      display: none;
    }
    .confirm-text {
      margin: 0;
      font-size: 0.9rem;
    }
    .booking-state {
      white-space: nowrap;
      font-size: 0.8rem;
      color: var(--demo-muted);
    }
    .booking-list {
      margin: 0;
      padding-left: 1.1rem;
      font-size: 0.85rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class EmulatorPanel {
  private readonly admin = inject(EmulatorAdmin);
  private readonly destroyRef = inject(DestroyRef);

  private readonly format = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

  protected readonly bookings = signal<readonly EmulatorBooking[]>([]);
  /** "Delete all" was clicked: the confirmation is shown. */
  protected readonly confirming = signal(false);
  protected readonly unreachable = signal(false);
  protected readonly latest = computed(() => this.bookings().slice(-LATEST_SHOWN).reverse());
  protected readonly countText = computed(() => {
    if (this.unreachable()) return 'Bookings: the emulator is not reachable.';
    const count = this.bookings().length;
    return count === 1 ? '1 booking on the emulator' : `${count} bookings on the emulator`;
  });

  constructor() {
    this.reload();
    // A booking made anywhere in the app (widget, own form, legacy bus) shows up here.
    inject(CallbackService)
      .scheduled$.pipe(takeUntilDestroyed())
      .subscribe(() => this.reload());
  }

  /** The booking's time in local time, e.g. "Fri, Nov 27, 1:00 PM" (en-US). */
  protected time(utcTime: string): string {
    const date = new Date(utcTime);
    return Number.isNaN(date.getTime()) ? utcTime : this.format.format(date);
  }

  /** The booking's state, with its reason if any, e.g. "COMPLETED (CANCELLED)". */
  protected state(booking: EmulatorBooking): string {
    return booking.reason ? `${booking.state} (${booking.reason})` : booking.state;
  }

  protected reload(): void {
    this.admin
      .bookings()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (bookings) => {
          this.unreachable.set(false);
          this.bookings.set(bookings);
        },
        error: () => this.unreachable.set(true),
      });
  }

  protected keep(focusAfter: HTMLElement): void {
    this.confirming.set(false);
    focusAfter.focus();
  }

  protected deleteAll(focusAfter: HTMLElement): void {
    // The confirmation (and the focused button with it) goes away.
    this.keep(focusAfter);
    this.admin
      .deleteBookings()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: () => this.reload(), error: () => this.unreachable.set(true) });
  }
}
