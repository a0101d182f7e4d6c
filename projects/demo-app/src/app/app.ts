import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ViewEncapsulation,
  inject,
  viewChild,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { EmulatorPanel } from './emulator/emulator-panel';
import { EventLog } from './event-log/event-log';
import { EventLogPanel } from './event-log/event-log-panel';
import { SiteHeader } from './shell/site-header';
import { ThemeChoice } from './shell/theme-choice';

/**
 * The demo shell: the header, the routed page, and a side column with the emulator panel and
 * the live event log.
 *
 * Its stylesheet is the demo's global one (no encapsulation). It lives here rather than in
 * `styles.css` because the build inlines global CSS with an `onload` handler, which a strict
 * Content-Security-Policy (`script-src 'self'`) blocks; component styles carry the CSP nonce.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SiteHeader, EmulatorPanel, EventLogPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // Created with the app, so the log holds every event from `ready` on.
    inject(EventLog);
    inject(ThemeChoice);
  }

  protected skipToContent(): void {
    this.main().nativeElement.focus();
  }
}
