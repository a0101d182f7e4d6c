import { Directionality } from '@angular/cdk/bidi';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import type { CallbackSlot } from 'ngx-genesys-callback';
import type { SlotView } from './slot-days';
import { SlotOption } from './slot-option';

/**
 * A single-select listbox of time slots, laid out as a grid (internal): Tab reaches it once,
 * Up/Down and Left/Right (mirrored in right-to-left pages) move among free slots, wrapping, as
 * do Home, End and type-ahead; Enter or Space chooses one, as the WAI-ARIA listbox pattern. The
 * keys are handled here in a few lines rather than by the CDK's key manager and focus monitor,
 * which would bring the CDK's whole a11y module into the page's initial JavaScript.
 */
@Component({
  selector: 'cb-slot-listbox',
  imports: [SlotOption],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    #list
    class="cb-listbox"
    role="listbox"
    tabindex="0"
    [attr.aria-label]="label()"
    [attr.aria-describedby]="describedBy()"
    [attr.aria-activedescendant]="activeId()"
    (keydown)="onKeydown($event)"
    (focus)="onFocus()"
    (blur)="focused = false"
    (pointerdown)="onPointerdown($event)"
    (click)="onClick($event)"
  >
    @for (view of views(); track view.slot.utcTime) {
      <div [cbSlotOption]="view" [selected]="view.slot.utcTime === selected()">
        {{ view.label }}
      </div>
    }
  </div>`,
  styles: `
    /* The times the server proposed instead of a refused one: fewer, wider columns, since a
       proposal on another day reads "Sat 28, 9:00 AM". */
    :host(.cb-proposals) {
      --_cb-slot-min-width: min(9em, 40%);
      display: block;
      margin-top: 6px;
    }
    .cb-listbox {
      display: grid;
      /* A list may ask for wider options (the proposals, which can carry a day). */
      grid-template-columns: repeat(auto-fill, minmax(var(--_cb-slot-min-width, 6.5em), 1fr));
      gap: 6px;
      max-height: 14em;
      overflow-y: auto;
      padding: 4px;
      border-radius: var(--_cb-radius);
    }
    .cb-listbox:focus-visible {
      outline: 2px solid var(--_cb-focus);
      outline-offset: 2px;
    }
    .cb-slot {
      padding: 6px 8px;
      text-align: center;
      border: 1px solid var(--_cb-border);
      border-radius: var(--_cb-radius);
      background: var(--_cb-bg);
      color: var(--_cb-text);
      cursor: pointer;
      user-select: none;
    }
    .cb-slot[aria-disabled] {
      cursor: not-allowed;
      text-decoration: line-through;
      color: var(--_cb-muted);
      border-style: dashed;
    }
    .cb-slot-selected {
      background: var(--_cb-primary);
      border-color: var(--_cb-primary);
      color: var(--_cb-on-primary);
    }
    .cb-listbox:focus .cb-slot-active {
      outline: 2px solid var(--_cb-focus);
      outline-offset: 1px;
    }
  `,
})
export class SlotListbox {
  /** The slots, in order. */
  readonly views = input.required<readonly SlotView[]>();
  /** `utcTime` of the chosen slot. */
  readonly selected = input<string | null>(null);
  /** Accessible name of the list. */
  readonly label = input.required<string>();
  /** Id of an element describing the list (e.g. an error). */
  readonly describedBy = input<string | null>(null);
  /** Emits the slot the customer chose, by click or keyboard. */
  readonly choose = output<CallbackSlot>();

  /** Id of the `aria-activedescendant`. */
  protected readonly activeId = signal<string | null>(null);
  private readonly list = viewChild.required<ElementRef<HTMLElement>>('list');
  private readonly options = viewChildren(SlotOption);
  private readonly dir = inject(Directionality);
  private active: SlotOption | null = null;
  // Set by a press of the pointer until the focus it gives the list has been seen.
  private pressed = false;
  /** Whether the list has focus (a second focus event without a blur changes nothing). */
  protected focused = false;
  private typed = '';
  private typedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.typedTimer));
    // Another day's slots: nothing is active until the list is focused again.
    effect(() => {
      this.views();
      untracked(() => this.activate(null));
    });
  }

  /** Moves focus to the list (after an error about the time). */
  focus(): void {
    this.list().nativeElement.focus();
  }

  /**
   * Activates the chosen slot, or the first free one, when the list gets focus from the
   * keyboard or a program. Not when a press of the pointer gave it: activating scrolls the
   * slot into view, which would move the list under the pointer and lose the click (the slot
   * pressed is made active on `pointerdown`, before the list gets focus).
   */
  protected onFocus(): void {
    const pressed = this.pressed;
    const again = this.focused;
    this.pressed = false;
    this.focused = true;
    if (this.active || pressed || again) return;
    const free = this.options().filter((option) => !option.disabled);
    this.activate(free.find((option) => option.selected()) ?? free[0] ?? null);
  }

  /** Makes the free slot pressed (main button, finger or pen) active, before focus moves. */
  protected onPointerdown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.pressed = true;
    const option = this.optionOf(event);
    if (option && !option.disabled) this.activate(option);
  }

  /** Enter and Space choose; arrows, Home, End and letters move among the free slots. */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const active = this.active;
      if (active && !active.disabled) this.choose.emit(active.view().slot);
      return;
    }
    if (event.shiftKey) return;
    const target = this.optionForKey(event.key);
    if (target === undefined) return;
    event.preventDefault();
    if (target) this.activate(target);
  }

  /** Chooses the clicked slot, unless it is full. */
  protected onClick(event: MouseEvent): void {
    this.pressed = false;
    const option = this.optionOf(event);
    if (!option || option.disabled) return;
    this.activate(option);
    this.choose.emit(option.view().slot);
  }

  /** The option `key` moves to (`null`: none is free), or `undefined` for a key not handled. */
  private optionForKey(key: string): SlotOption | null | undefined {
    const options = this.options();
    const from = this.active ? options.indexOf(this.active) : -1;
    const rtl = this.dir.value === 'rtl';
    switch (key) {
      case 'ArrowDown':
        return this.nextFree(from, 1);
      case 'ArrowUp':
        return this.nextFree(from, -1);
      case 'ArrowRight':
        return this.nextFree(from, rtl ? -1 : 1);
      case 'ArrowLeft':
        return this.nextFree(from, rtl ? 1 : -1);
      case 'Home':
        return this.nextFree(-1, 1);
      case 'End':
        return this.nextFree(options.length, -1);
      default:
        return key.length === 1 && key.trim() !== '' ? this.typeAhead(key, from) : undefined;
    }
  }

  /** The first free option after index `from` going `step`, wrapping; `null` when none is. */
  private nextFree(from: number, step: 1 | -1): SlotOption | null {
    const options = this.options();
    const count = options.length;
    for (let i = 1; i <= count; i++) {
      const option = options[(((from + step * i) % count) + count) % count];
      if (option && !option.disabled) return option;
    }
    return null;
  }

  /**
   * The next free option whose label starts with what was typed within half a second; the
   * same first letter again moves on to the next match, as in a native select.
   */
  private typeAhead(key: string, from: number): SlotOption | null {
    clearTimeout(this.typedTimer);
    this.typed += key.toLocaleLowerCase();
    this.typedTimer = setTimeout(() => (this.typed = ''), 500);
    const options = this.options();
    const start = this.typed.length === 1 ? from + 1 : Math.max(from, 0);
    for (let i = 0; i < options.length; i++) {
      const option = options[(start + i) % options.length];
      const label = option?.getLabel().toLocaleLowerCase() ?? '';
      if (option && !option.disabled && label.startsWith(this.typed)) return option;
    }
    return null;
  }

  private activate(option: SlotOption | null): void {
    if (option === this.active) return;
    this.active?.setInactiveStyles();
    this.active = option;
    option?.setActiveStyles();
    this.activeId.set(option?.id ?? null);
  }

  /** The option an event of the pointer happened on, if any. */
  private optionOf(event: Event): SlotOption | undefined {
    const target = (event.target as Element | null)?.closest('[role="option"]');
    return target ? this.options().find((o) => o.id === target.id) : undefined;
  }
}
