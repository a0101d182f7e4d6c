import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { ApiSwitch } from './api-switch';
import { ThemeSwitch } from './theme-switch';

/**
 * The demo's header: a skip link, the name, the pages, the API switch and the theme. The page
 * links keep the query (`?api=v3`), so the URL goes on telling which API is in use.
 */
@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, ApiSwitch, ThemeSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="topbar">
      <button type="button" class="button skip-link" (click)="skipToContent.emit()">
        Skip to content
      </button>
      <div class="topbar-inner">
        <p class="brand">
          <span class="brand-mark" aria-hidden="true">☎</span>
          <span>ngx-genesys-callback <span class="brand-sub">demo</span></span>
        </p>
        <nav class="nav" aria-label="Demo pages">
          <a
            routerLink="/"
            routerLinkActive="is-active"
            ariaCurrentWhenActive="page"
            queryParamsHandling="preserve"
            [routerLinkActiveOptions]="{ exact: true }"
            >Widget</a
          >
          <a
            routerLink="/build-your-own"
            routerLinkActive="is-active"
            ariaCurrentWhenActive="page"
            queryParamsHandling="preserve"
            >Build your own</a
          >
          <a
            routerLink="/legacy"
            routerLinkActive="is-active"
            ariaCurrentWhenActive="page"
            queryParamsHandling="preserve"
            >Legacy bus</a
          >
        </nav>
        <div class="topbar-controls">
          <app-api-switch />
          <app-theme-switch />
        </div>
      </div>
    </header>
  `,
  styles: `
    :host {
      display: block;
    }
    .topbar {
      position: relative;
      background: var(--demo-surface);
      border-bottom: 1px solid var(--demo-border);
    }
    .topbar-inner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      max-width: 80rem;
      margin: 0 auto;
      padding: 0.75rem 1.25rem;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      font-weight: 700;
      font-size: 1.1rem;
    }
    .brand-mark {
      display: grid;
      place-items: center;
      width: 2rem;
      height: 2rem;
      border-radius: 50%;
      background: var(--demo-primary);
      color: var(--demo-on-primary);
    }
    .brand-sub {
      color: var(--demo-muted);
      font-weight: 400;
    }
    .nav {
      display: flex;
      gap: 0.25rem;
      overflow-x: auto;
    }
    .nav a {
      padding: 0.4rem 0.75rem;
      border-radius: 999px;
      color: var(--demo-text);
      text-decoration: none;
      white-space: nowrap;
    }
    .nav a:hover {
      background: var(--demo-code);
    }
    .nav a.is-active {
      background: var(--demo-soft);
      color: var(--demo-primary);
      font-weight: 600;
    }
    .topbar-controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-left: auto;
    }
    .skip-link {
      position: absolute;
      left: 0.5rem;
      top: -4rem;
      z-index: 10;
    }
    .skip-link:focus {
      top: 0.5rem;
    }
  `,
})
export class SiteHeader {
  /** Emits when the skip link is used: the page moves focus to its main content. */
  readonly skipToContent = output<void>();
}
