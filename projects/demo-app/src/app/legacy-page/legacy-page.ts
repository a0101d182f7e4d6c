import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Markup only: the behaviour of this page is the plain script public/legacy/callback-legacy.js,
 * which books through `window._genesys.widgets.bus` as pages using Genesys Widgets do.
 */
@Component({
  selector: 'app-legacy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-intro">
      <h1 class="page-title">Legacy page script (CXBus)</h1>
      <p class="lead">
        This form is driven by a plain script, not Angular, written as Genesys Widgets pages are. It
        sends <code>CallbackService.schedule</code> on the global bus, and
        <code>withCxBus()</code> answers it with the Angular library.
      </p>
    </div>
    <section class="panel stack legacy-form" aria-labelledby="legacy-title">
      <h2 id="legacy-title">Book through the bus</h2>
      <p id="legacy-status" class="status-line" role="status">Waiting for the bus…</p>
      <div class="stack-sm">
        <label for="legacy-name">First name</label>
        <input id="legacy-name" class="field" type="text" autocomplete="given-name" />
      </div>
      <div class="stack-sm">
        <label for="legacy-phone">Phone number</label>
        <input id="legacy-phone" class="field" type="tel" autocomplete="tel" />
      </div>
      <label class="check-row">
        <input id="legacy-asap" type="checkbox" checked />
        <span>As soon as possible</span>
      </label>
      <div class="stack-sm">
        <label for="legacy-time">Or at (ISO time, with the box unchecked)</label>
        <input id="legacy-time" class="field" type="text" placeholder="2030-01-01T09:00:00.000Z" />
      </div>
      <div>
        <button id="legacy-book" type="button" class="button button-primary">
          Book through CXBus
        </button>
      </div>
      <p id="legacy-result" aria-live="polite"></p>
      <h3 id="legacy-events-title">Bus events</h3>
      <pre
        id="legacy-events"
        class="bus-events"
        role="log"
        tabindex="0"
        aria-labelledby="legacy-events-title"
      ></pre>
    </section>
  `,
  styles: `
    .legacy-form {
      max-width: 36rem;
    }
    #legacy-result:empty {
      display: none;
    }
    .bus-events {
      margin: 0;
      min-height: 3rem;
      max-height: 12rem;
      overflow: auto;
      padding: 0.5rem 0.75rem;
      font-size: 0.8rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--demo-bg);
      border: 1px solid var(--demo-border);
      border-radius: var(--demo-radius-sm);
    }
  `,
})
export class LegacyPage {}
