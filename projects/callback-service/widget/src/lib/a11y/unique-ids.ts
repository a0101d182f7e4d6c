import { APP_ID, Injectable, inject } from '@angular/core';

/**
 * Hands out DOM ids unique in the page (internal): a prefix, the application id when it is not
 * Angular's default (two apps on one page then never collide), and a counter. Server and
 * browser count alike, so hydrated ids match. Replaces the CDK's private `_IdGenerator`.
 */
@Injectable({ providedIn: 'root' })
export class UniqueIds {
  private readonly appId = inject(APP_ID);
  private next = 0;

  /** A new id starting with `prefix`, e.g. `cb-slot-3`. */
  create(prefix: string): string {
    const app = this.appId === 'ng' ? '' : `${this.appId}-`;
    return `${prefix}${app}${this.next++}`;
  }
}
