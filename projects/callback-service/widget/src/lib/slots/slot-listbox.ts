import { ActiveDescendantKeyManager, FocusMonitor, type FocusOrigin } from '@angular/cdk/a11y';
import { Directionality } from '@angular/cdk/bidi';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
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
 * Up/Down and Left/Right (mirrored in right-to-left pages) move among free slots, as do Home,
 * End and type-ahead; Enter or Space chooses one, as the WAI-ARIA listbox pattern.
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
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly keyManager = new ActiveDescendantKeyManager(this.options, inject(Injector))
    .withWrap()
    .withVerticalOrientation()
    .withHorizontalOrientation(this.dir.value)
    .withHomeAndEnd()
    .withTypeAhead();

  constructor() {
    const changes = this.keyManager.change.subscribe(() =>
      this.activeId.set(this.keyManager.activeItem?.id ?? null),
    );
    const dirChanges = this.dir.change.subscribe((dir) =>
      this.keyManager.withHorizontalOrientation(dir),
    );
    // The focus origin tells a press of the mouse or a touch from Tab or a call of focus().
    const focusMonitor = inject(FocusMonitor);
    const focus = focusMonitor
      .monitor(this.host, true)
      .subscribe((origin) => origin && this.onFocus(origin));
    inject(DestroyRef).onDestroy(() => {
      changes.unsubscribe();
      dirChanges.unsubscribe();
      focus.unsubscribe();
      focusMonitor.stopMonitoring(this.host);
      this.keyManager.destroy();
    });
    // Another day's slots: nothing is active until the list is focused again.
    effect(() => {
      this.views();
      untracked(() => {
        this.keyManager.activeItem?.setInactiveStyles();
        this.keyManager.updateActiveItem(-1);
        this.activeId.set(null);
      });
    });
  }

  /** Moves focus to the list (after an error about the time). */
  focus(): void {
    this.list().nativeElement.focus();
  }

  /**
   * Activates the chosen slot, or the first free one, when the list gets focus from the
   * keyboard or a program. Not when it comes from a press of the mouse or a touch: activating
   * scrolls the slot into view, which would move the list under the pointer and lose the
   * click (the slot pressed is made active on `pointerdown`, before the list gets focus).
   */
  private onFocus(origin: Exclude<FocusOrigin, null>): void {
    if (this.keyManager.activeItem || origin === 'mouse' || origin === 'touch') return;
    const options = this.options();
    const chosen = options.findIndex((option) => option.selected() && !option.disabled);
    if (chosen >= 0) this.keyManager.setActiveItem(chosen);
    else this.keyManager.setFirstItemActive();
  }

  /** Makes the free slot pressed (main button, finger or pen) active, before focus moves. */
  protected onPointerdown(event: PointerEvent): void {
    if (event.button !== 0) return;
    const option = this.optionOf(event);
    if (option && !option.disabled) this.keyManager.setActiveItem(option);
  }

  /** Enter and Space choose; the key manager handles the other keys. */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const active = this.keyManager.activeItem;
      if (active && !active.disabled) this.choose.emit(active.view().slot);
      return;
    }
    this.keyManager.onKeydown(event);
  }

  /** Chooses the clicked slot, unless it is full. */
  protected onClick(event: MouseEvent): void {
    const option = this.optionOf(event);
    if (!option || option.disabled) return;
    this.keyManager.setActiveItem(option);
    this.choose.emit(option.view().slot);
  }

  /** The option an event of the pointer happened on, if any. */
  private optionOf(event: Event): SlotOption | undefined {
    const target = (event.target as Element | null)?.closest('[role="option"]');
    return target ? this.options().find((o) => o.id === target.id) : undefined;
  }
}
