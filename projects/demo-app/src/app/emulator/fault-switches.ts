import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CALLBACK_CONFIG_DEFAULTS } from 'ngx-genesys-callback';
import { Subject, catchError, concatMap, map, of } from 'rxjs';
import { DemoSettings } from '../config/demo-config';
import { EmulatorAdmin, type FaultMode } from './emulator-admin';

interface FaultOption {
  readonly value: FaultMode;
  readonly label: string;
  readonly armed: string;
}

type Outcome = { readonly mode: FaultMode } | { readonly failed: true };

/**
 * Turns emulator faults on and off for the next bookings: slower than `ajaxTimeout`, 429, 500
 * or a dropped connection. One at a time, until switched back to normal answers.
 */
@Component({
  selector: 'app-fault-switches',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choice-group stack-sm">
      <legend class="choice-legend">Bookings answer with</legend>
      @for (option of options(); track option.value) {
        <label class="check-row">
          <input
            type="radio"
            name="fault-mode"
            [value]="option.value"
            [checked]="mode() === option.value"
            (change)="choose(option.value)"
          />
          <span>{{ option.label }}</span>
        </label>
      }
    </fieldset>
    <p class="status-line" [class.error-text]="failed()" role="status">{{ status() }}</p>
  `,
})
export class FaultSwitches {
  private readonly admin = inject(EmulatorAdmin);
  private readonly settings = inject(DemoSettings);
  private readonly choices = new Subject<FaultMode>();

  protected readonly mode = signal<FaultMode>('none');
  protected readonly failed = signal(false);
  private readonly pending = signal(0);
  private readonly armed = signal<FaultMode | null>(null);

  protected readonly options = computed<readonly FaultOption[]>(() => {
    const timeout =
      this.settings.environment()?.ajaxTimeout ?? CALLBACK_CONFIG_DEFAULTS.ajaxTimeout;
    const slow = (timeout + 2000) / 1000;
    return [
      { value: 'none', label: 'Normal answers', armed: 'Faults off: bookings answer normally.' },
      {
        value: 'slow',
        label: `Slow: ${slow} s, beyond ajaxTimeout (${timeout} ms)`,
        armed: `Armed: every booking answers after ${slow} s.`,
      },
      {
        value: 'rate-limited',
        label: '429 Too many requests',
        armed: 'Armed: every booking answers 429.',
      },
      {
        value: 'server-error',
        label: '500 Server error',
        armed: 'Armed: every booking answers 500.',
      },
      {
        value: 'dropped',
        label: 'Dropped connection',
        armed: 'Armed: every booking loses its connection.',
      },
    ];
  });

  protected readonly status = computed(() => {
    if (this.failed()) return 'The emulator is not reachable: start it with npm start.';
    if (this.pending() > 0) return 'Updating the emulator…';
    const armed = this.armed();
    return this.options().find((option) => option.value === armed)?.armed ?? '';
  });

  constructor() {
    // One change at a time, in order: each one disarms every fault before arming its own.
    this.choices
      .pipe(
        concatMap((mode) =>
          this.admin.setFaultMode(mode).pipe(
            map((armed): Outcome => ({ mode: armed })),
            catchError(() => of<Outcome>({ failed: true })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => {
        this.pending.update((n) => n - 1);
        this.show(outcome);
      });
    this.admin
      .faultMode()
      .pipe(
        map((mode): Outcome => ({ mode })),
        catchError(() => of<Outcome>({ failed: true })),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));
  }

  protected choose(mode: FaultMode): void {
    this.mode.set(mode);
    this.pending.update((n) => n + 1);
    this.choices.next(mode);
  }

  private show(outcome: Outcome): void {
    this.failed.set('failed' in outcome);
    if ('mode' in outcome) {
      this.armed.set(outcome.mode);
      if (this.pending() === 0) this.mode.set(outcome.mode);
    }
  }
}
