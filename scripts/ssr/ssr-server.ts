// The server side of the SSR check: renders SsrPage with @angular/platform-server, compiled
// just in time (no CLI build), with the library taken from dist/ as published.
import '@angular/compiler';
import { bootstrapApplication, type BootstrapContext } from '@angular/platform-browser';
import { provideServerRendering, renderApplication } from '@angular/platform-server';
import { DIRECT_QUERY, SsrPage, ssrPageConfig } from './ssr-page';

/** The HTML document the page is rendered into, for the callback API at `dataURL`. */
export function pageDocument(dataURL: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta name="callback-data-url" content="${dataURL}"><title>SSR check</title></head>` +
    '<body><app-ssr-page></app-ssr-page></body></html>'
  );
}

/** Renders the page to HTML on the server against the callback API at `dataURL`. */
export function render(dataURL: string, options: { directQuery?: boolean } = {}): Promise<string> {
  const config = ssrPageConfig();
  config.providers.push(
    // Writes the hydration data (and any transfer state) into the page.
    provideServerRendering(),
    { provide: DIRECT_QUERY, useValue: options.directQuery ?? false },
  );
  return renderApplication(
    (context: BootstrapContext) => bootstrapApplication(SsrPage, config, context),
    {
      document: pageDocument(dataURL),
      url: 'http://localhost/callback',
      allowedHosts: ['localhost'],
    },
  );
}

/** Reads a browser global from this bundle: the check's proof that its trap sees such reads. */
export function readWindowForTrapCheck(): unknown {
  return (globalThis as { window?: unknown }).window;
}
