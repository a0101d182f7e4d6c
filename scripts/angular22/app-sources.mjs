// The Angular 22 app's sources under src/: index.html, main.ts, the app config (HttpClient,
// provideCallback), a Booking component on CallbackService, and the root component with the
// widget when the tarball has ./widget.
import { PACKAGE } from './config.mjs';

/** src/ files but the specs, path → content, for the inspected tarball `s`. */
export function appSources(s) {
  return {
    'src/index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Angular 22 compatibility app</title>
    <base href="/" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
  </head>
  <body>
    <app-root></app-root>
  </body>
</html>
`,
    'src/main.ts': `import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
`,
    'src/app/app.config.ts': `import { provideHttpClient } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideCallback } from '${PACKAGE}';

export const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(),
    provideCallback({ dataURL: DATA_URL }),
  ],
};
`,
    'src/app/booking.ts': `import { Component, inject, input, signal } from '@angular/core';
import {
  CallbackService,
  isCallbackError,
  type CallbackErrorCode,
  type ScheduleResult,
} from '${PACKAGE}';

/** Books a callback through CallbackService and shows the outcome. */
@Component({
  selector: 'app-booking',
  template: \`
    <button type="button" id="book" (click)="book()">Call me back</button>
    @if (result(); as booked) {
      <p id="booked">Booked {{ booked.id }}</p>
    }
    @if (error(); as code) {
      <p id="error">Failed: {{ code }}</p>
    }
  \`,
})
export class Booking {
  private readonly callbacks = inject(CallbackService);
  readonly phone = input('+1 555 010 2030');
  protected readonly result = signal<ScheduleResult | null>(null);
  protected readonly error = signal<CallbackErrorCode | null>(null);

  book(): void {
    this.callbacks.schedule({ phonenumber: this.phone(), firstname: 'Ada' }).subscribe({
      next: (result) => this.result.set(result),
      error: (error: unknown) => this.error.set(isCallbackError(error) ? error.code : null),
    });
  }
}
`,
    'src/app/app.ts': `import { Component } from '@angular/core';
${s.widget ? `import { CallbackWidget } from '${PACKAGE}/widget';\n` : ''}import { Booking } from './booking';

@Component({
  selector: 'app-root',
  imports: [Booking${s.widget ? ', CallbackWidget' : ''}],
  template: \`
    <h1>Angular 22 + ${PACKAGE}</h1>
    <app-booking />${s.widget ? '\n    <cb-callback-widget />' : ''}
  \`,
})
export class App {}
`,
  };
}
