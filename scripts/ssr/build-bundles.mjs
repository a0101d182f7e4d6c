// Bundles the SSR check's page (scripts/ssr/) with esbuild: the server side for Node (the page
// and the library in one file; Angular, the CDK and RxJS stay in node_modules, so a stack frame
// in the bundle is a read by our code, not by Angular's server platform) and the browser side
// (everything, with the dial-code data as a lazy chunk). The library comes from dist/.
import { build } from 'esbuild';
import { join } from 'node:path';

const TS_OPTIONS = {
  compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
};

/** Builds both bundles into `outDir`; resolves with the server bundle's path and the client's folder. */
export async function buildSsrBundles(root, outDir) {
  const dist = join(root, 'dist/ngx-genesys-callback/fesm2022');
  const libraryFromDist = {
    name: 'library-from-dist',
    setup(b) {
      b.onResolve({ filter: /^ngx-genesys-callback(\/.*)?$/ }, ({ path }) => ({
        path: join(dist, `${path.replace('/', '-')}.mjs`),
      }));
    },
  };
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfigRaw: TS_OPTIONS,
    plugins: [libraryFromDist],
    logLevel: 'warning',
  };
  const serverBundle = join(outDir, 'server/ssr-server.mjs');
  const clientDir = join(outDir, 'client');
  await build({
    ...common,
    entryPoints: [join(root, 'scripts/ssr/ssr-server.ts')],
    outfile: serverBundle,
    platform: 'node',
    // Angular stays external, and a bundle's imports are evaluated in the order they are
    // printed, the library's first: the JIT compiler must be there before any of them
    // (@angular/common declares its injectables when it is evaluated).
    banner: { js: "import '@angular/compiler';" },
    external: ['@angular/*', 'rxjs', 'rxjs/*', 'tslib', 'libphonenumber-js', 'libphonenumber-js/*'],
  });
  await build({
    ...common,
    entryPoints: [join(root, 'scripts/ssr/ssr-client.ts')],
    outdir: clientDir,
    splitting: true,
    platform: 'browser',
  });
  return { serverBundle, clientDir };
}
