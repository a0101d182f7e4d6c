import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter } from '@angular/router';
import { provideCallback, withCxBus, withRetry } from 'ngx-genesys-callback';
import { provideCallbackWidget } from 'ngx-genesys-callback/widget';

import { routes } from './app.routes';
import { loadDemoCallbackConfig } from './config/demo-config';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    provideHttpClient(withFetch()),
    // The config is loaded at start-up from callback-config.json, as enterprise portals load
    // endpoints and keys; its v1 or v3 section is chosen by the API switch.
    provideCallback(loadDemoCallbackConfig, withRetry(), withCxBus()),
    provideCallbackWidget({ numberOfDays: 5 }),
  ],
};
