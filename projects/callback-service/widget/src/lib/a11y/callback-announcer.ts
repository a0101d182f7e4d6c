import { DOCUMENT, DestroyRef, Injectable, PLATFORM_ID, inject } from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import { UniqueIds } from './unique-ids';

/** How urgently an announcement interrupts the screen reader. */
export type AnnouncementPoliteness = 'polite' | 'assertive';

/** The class of the live region, for tests and for apps that want to find it. */
export const CALLBACK_LIVE_REGION_CLASS = 'cb-live-region';

// Long enough for screen readers to notice the emptied region before the new text, so that
// the same text twice is announced twice (the delay the CDK's announcer uses too).
const ANNOUNCE_DELAY_MS = 100;

/**
 * Speaks short messages to screen readers through one visually hidden live region per page
 * (internal): the loaded slots, the chosen time, the booking, errors. A few lines of our own
 * instead of the CDK `LiveAnnouncer`, which pulls Angular's HTML sanitizer into the bundle.
 * A region outside an open `aria-modal` dialog is ignored by screen readers, so the dialogs
 * open at the time are made to own it (`aria-owns`), as the CDK does. Nothing happens on the
 * server; the region is removed with the application.
 */
@Injectable({ providedIn: 'root' })
export class CallbackAnnouncer {
  private readonly document = inject(DOCUMENT);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly regionId = inject(UniqueIds).create('cb-live-region-');
  private region: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: (() => void) | undefined;

  constructor() {
    // The region goes with the application (or the test) that made it.
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.timer);
      this.settle?.();
      if (this.region) this.forgetInModals(this.region);
      this.region?.remove();
    });
  }

  /**
   * Announces `message`; resolves once it is in the live region. A newer announcement
   * replaces one not yet made (the older promise still resolves).
   */
  announce(message: string, politeness: AnnouncementPoliteness = 'polite'): Promise<void> {
    if (!this.browser) return Promise.resolve();
    const region = this.liveRegion();
    region.textContent = '';
    region.setAttribute('aria-live', politeness);
    this.exposeToModals(region);
    clearTimeout(this.timer);
    this.settle?.();
    return new Promise((resolve) => {
      this.settle = resolve;
      this.timer = setTimeout(() => {
        region.textContent = message;
        this.settle = undefined;
        resolve();
      }, ANNOUNCE_DELAY_MS);
    });
  }

  private liveRegion(): HTMLElement {
    if (this.region?.isConnected) return this.region;
    const region = this.document.createElement('div');
    region.id = this.regionId;
    region.className = CALLBACK_LIVE_REGION_CLASS;
    region.setAttribute('aria-atomic', 'true');
    // Visually hidden but read: set through the CSSOM, which a strict style-src allows.
    Object.assign(region.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      border: '0',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    });
    this.document.body.appendChild(region);
    this.region = region;
    return region;
  }

  // A modal of the page's own that outlives this app must not point at a removed region.
  private forgetInModals(region: HTMLElement): void {
    for (const modal of Array.from(this.document.querySelectorAll('[aria-owns]'))) {
      const owns = (modal.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
      const kept = owns.filter((id) => id !== region.id);
      if (kept.length === owns.length) continue;
      if (kept.length > 0) modal.setAttribute('aria-owns', kept.join(' '));
      else modal.removeAttribute('aria-owns');
    }
  }

  private exposeToModals(region: HTMLElement): void {
    for (const modal of Array.from(this.document.querySelectorAll('[aria-modal="true"]'))) {
      const owns = (modal.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
      if (!owns.includes(region.id))
        modal.setAttribute('aria-owns', [...owns, region.id].join(' '));
    }
  }
}
