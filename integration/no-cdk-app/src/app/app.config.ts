import { provideHttpClient } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideCallback } from 'ngx-genesys-callback';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(),
    provideCallback({ dataURL: 'https://gms.example.com/genesys/1/service/callback/care' }),
  ],
};
