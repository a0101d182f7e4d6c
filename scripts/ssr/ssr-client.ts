// The browser side of the SSR check: hydrates the server-rendered SsrPage (just-in-time
// compiled, like the server side, so that both render the same templates).
import '@angular/compiler';
import { bootstrapApplication } from '@angular/platform-browser';
import { SsrPage, ssrPageConfig } from './ssr-page';

bootstrapApplication(SsrPage, ssrPageConfig()).catch((error: unknown) => console.error(error));
