import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  LOCALE_ID,
  inject,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EmulatorAdmin, type FreeSlot } from './emulator-admin';

const SLOTS_SHOWN = 12;

/**
 * Fills a slot as other customers would, by booking all its free seats: the widget, which
 * still shows it free, then gets a 429 with the nearest free times proposed instead.
 */
@Component({
  selector: 'app-slot-filler',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="stack-sm">
      <label for="fill-slot">Fill a slot, as other customers would</label>
      <select id="fill-slot" class="field" (change)="choose($event)">
        @for (slot of slots(); track slot.utcTime; let i = $index) {
          <option [value]="i" [selected]="i === chosen()">{{ label(slot) }}</option>
        } @empty {
          <option value="">No free slot loaded</option>
        }
      </select>
      <div class="inline-row">
        <button
          type="button"
          class="button"
          [disabled]="busy() || slots().length === 0"
          (click)="fill()"
        >
          Fill this slot
        </button>
        <button type="button" class="button button-quiet" [disabled]="busy()" (click)="reload()">
          Reload slots
        </button>
      </div>
      <p class="status-line" [class.error-text]="failed()" role="status">{{ message() }}</p>
    </div>
  `,
})
export class SlotFiller {
  private readonly admin = inject(EmulatorAdmin);
  private readonly destroyRef = inject(DestroyRef);
  private readonly format = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

  /** Emits the number of seats booked once a slot is filled. */
  readonly filled = output<number>();

  protected readonly slots = signal<readonly FreeSlot[]>([]);
  protected readonly chosen = signal(0);
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  protected readonly message = signal('');

  constructor() {
    this.reload();
  }

  protected label(slot: FreeSlot): string {
    return `${this.time(slot)} (${slot.free} free)`;
  }

  private time(slot: FreeSlot): string {
    return this.format.format(new Date(slot.utcTime));
  }

  protected choose(event: Event): void {
    this.chosen.set(Number((event.target as HTMLSelectElement).value));
  }

  protected reload(): void {
    this.busy.set(true);
    this.admin
      .freeSlots(SLOTS_SHOWN)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (slots) => {
          if (this.failed()) this.message.set('');
          this.failed.set(false);
          this.slots.set(slots);
          this.chosen.set(0);
          this.busy.set(false);
        },
        error: () => this.fail('Could not read the free slots (is a fault switched on?).'),
      });
  }

  protected fill(): void {
    const slot = this.slots()[this.chosen()];
    if (!slot) return;
    this.busy.set(true);
    this.admin
      .fillSlot(slot)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (booked) => {
          this.message.set(`${this.time(slot)} is now full.`);
          this.filled.emit(booked);
          this.reload();
        },
        error: () => this.fail('Could not fill the slot: switch faults off first.'),
      });
  }

  private fail(message: string): void {
    this.failed.set(true);
    this.message.set(message);
    this.busy.set(false);
  }
}
