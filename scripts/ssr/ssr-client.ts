// The browser side of the SSR check: hydrates the server-rendered SsrPage (just-in-time
// compiled, like the server side, so that both render the same templates).
import '@angular/compiler';

// A bundle evaluates its modules in the order it prints them, the library's first; loaded
// after the JIT compiler, the partially compiled packages find it when they are evaluated.
const [{ bootstrapApplication }, { SsrPage, ssrPageConfig }] = await Promise.all([
  import('@angular/platform-browser'),
  import('./ssr-page'),
]);
bootstrapApplication(SsrPage, ssrPageConfig()).catch((error: unknown) => console.error(error));
