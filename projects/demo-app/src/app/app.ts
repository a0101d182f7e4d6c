import { Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

/** The demo shell: a header and the routed page. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink],
  template: `
    <header class="shell-header">
      <h1>ngx-genesys-callback demo</h1>
      <p>Book a call back from customer service over Genesys Callback API v1 or v3.</p>
      <nav>
        <a routerLink="/">Build your own</a> · <a routerLink="/legacy">Legacy page script</a>
      </nav>
    </header>
    <main class="shell-main"><router-outlet /></main>
  `,
})
export class App {}
