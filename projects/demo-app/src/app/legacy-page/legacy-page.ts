import { Component } from '@angular/core';

/**
 * Markup only: the behaviour of this page is the plain script public/legacy/callback-legacy.js,
 * which books through `window._genesys.widgets.bus` as pages using Genesys Widgets do.
 */
@Component({
  selector: 'app-legacy-page',
  template: `
    <section class="card">
      <h2>Legacy page script (CXBus)</h2>
      <p>
        This form is driven by a plain script, not Angular. It calls
        <code>CallbackService.schedule</code> on the global bus, answered by the Angular library.
      </p>
      <p id="legacy-status" role="status">Waiting for the bus…</p>
      <label for="legacy-name">First name</label>
      <input id="legacy-name" type="text" autocomplete="given-name" />
      <label for="legacy-phone">Phone number</label>
      <input id="legacy-phone" type="tel" autocomplete="tel" />
      <label><input id="legacy-asap" type="checkbox" checked /> As soon as possible</label>
      <label for="legacy-time">Or at (ISO time)</label>
      <input id="legacy-time" type="text" placeholder="2030-01-01T09:00:00.000Z" />
      <button id="legacy-book" type="button">Book through CXBus</button>
      <p id="legacy-result" aria-live="polite"></p>
      <pre id="legacy-events" aria-label="Bus events"></pre>
    </section>
  `,
})
export class LegacyPage {}
