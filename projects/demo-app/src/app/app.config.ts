import { HttpClient, provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, inject, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter } from '@angular/router';
import { CallbackConfig, provideCallback, withCxBus, withRetry } from 'ngx-genesys-callback';

import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    provideHttpClient(withFetch()),
    // Loaded at start-up, as enterprise portals load endpoints and keys; `npm start` points
    // it at the local Callback API emulator.
    provideCallback(
      () => inject(HttpClient).get<CallbackConfig>('callback-config.json'),
      withRetry(),
      withCxBus(),
    ),
  ],
};
