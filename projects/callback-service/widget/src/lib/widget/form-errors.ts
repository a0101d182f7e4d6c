import { Injector, afterNextRender, inject, signal } from '@angular/core';
import { CallbackAnnouncer } from '../a11y/callback-announcer';
import type { WidgetError, WidgetErrorTarget } from '../errors/widget-error';

/**
 * The errors the form shows, one per part of the form, and where focus goes when they appear
 * (internal). Create it in an injection context; `focus` moves focus to the control of a part.
 */
export class FormErrors {
  private readonly announcer = inject(CallbackAnnouncer);
  private readonly injector = inject(Injector);
  private readonly shown = signal<Partial<Record<WidgetErrorTarget, WidgetError>>>({});

  constructor(private readonly focus: (target: WidgetErrorTarget) => void) {}

  /** The error shown next to `target`, or `null`. */
  get(target: WidgetErrorTarget): WidgetError | null {
    return this.shown()[target] ?? null;
  }

  /**
   * Shows `errors` in place of the previous ones and moves focus to the control of the first,
   * whose `aria-describedby` reads it. Errors about the time or the whole form are announced
   * as well: their control may already have focus, and a focused control is not read again.
   * Without a time control ("as soon as possible" only), time errors concern the whole form.
   */
  show(list: readonly WidgetError[], timeControl = true): void {
    const errors = timeControl
      ? list
      : list.map((e) => (e.target === 'time' ? { ...e, target: 'form' as const } : e));
    this.shown.set(Object.fromEntries(errors.map((e) => [e.target, e])));
    const first = errors[0];
    if (!first) return;
    // After rendering: the control tied to the error (the proposed times) may come with it.
    afterNextRender({ write: () => this.focus(first.target) }, { injector: this.injector });
    if (first.target === 'form' || first.target === 'time') {
      this.announcer.announce(first.message, 'assertive');
    }
  }

  /** Removes the error of `target` (the customer changed it). */
  clear(target: WidgetErrorTarget): void {
    if (!this.shown()[target]) return;
    this.shown.update((errors) => {
      const rest = { ...errors };
      delete rest[target];
      return rest;
    });
  }

  /** Removes every error. */
  clearAll(): void {
    this.shown.set({});
  }
}
