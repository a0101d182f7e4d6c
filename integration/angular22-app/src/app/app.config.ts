import { provideHttpClient } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideCallback } from 'ngx-genesys-callback';

export const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(),
    provideCallback({ dataURL: DATA_URL }),
  ],
};
