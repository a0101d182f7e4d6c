import { Directive, ElementRef, inject, input, signal } from '@angular/core';
import { UniqueIds } from '../a11y/unique-ids';
import type { SlotView } from './slot-days';

/**
 * One `role="option"` of a slot listbox (internal). The listbox keeps DOM focus and points at
 * the active option with `aria-activedescendant`, so this only paints the active state.
 */
@Directive({
  selector: '[cbSlotOption]',
  host: {
    role: 'option',
    class: 'cb-slot',
    '[id]': 'id',
    '[attr.aria-selected]': 'selected()',
    '[attr.aria-disabled]': 'disabled || null',
    '[class.cb-slot-active]': 'active()',
    '[class.cb-slot-selected]': 'selected()',
  },
})
export class SlotOption {
  private readonly element: ElementRef<HTMLElement> = inject(ElementRef);

  /** The slot shown. */
  readonly view = input.required<SlotView>({ alias: 'cbSlotOption' });
  /** Whether it is the chosen slot. */
  readonly selected = input(false);
  /** Whether the key manager points at it. */
  readonly active = signal(false);
  /** DOM id, for `aria-activedescendant`. */
  readonly id = inject(UniqueIds).create('cb-slot-');

  /** Full slots are skipped by the arrow keys and cannot be chosen. */
  get disabled(): boolean {
    return this.view().disabled;
  }

  /** Label for type-ahead. */
  getLabel(): string {
    return this.view().label;
  }

  /** Marks it active and keeps it in view in a scrolling list. */
  setActiveStyles(): void {
    this.active.set(true);
    this.element.nativeElement.scrollIntoView?.({ block: 'nearest' });
  }

  /** Marks it inactive. */
  setInactiveStyles(): void {
    this.active.set(false);
  }
}
