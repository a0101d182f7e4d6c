#!/usr/bin/env node
// Prints what the core entry point costs an app: the gzip size of the initial JavaScript of
// a small app doing schedule + availability with ngx-genesys-callback, minus the same app
// doing it with bare HttpClient calls. Then what the widget entry point adds to that app when
// it renders <cb-callback-widget> (the CDK parts included), and the lazy chunk it loads on
// first use (libphonenumber-js). Figures only; nothing is asserted.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ng = './node_modules/.bin/ng';
const run = (args) =>
  execFileSync(ng, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });

run(['build', 'callback-service']);
const apps = ['baseline', 'with-callback', 'with-widget'];
const sizes = {};
for (const app of apps) {
  run(['build', `size-${app}`]);
  const dir = join('dist/size', app, 'browser');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('chunk-'));
  const raw = files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
  const gzip = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
    0,
  );
  const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && f.startsWith('chunk-'));
  const lazyGzip = lazy.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length,
    0,
  );
  sizes[app] = { files: files.join(' '), raw, gzip, lazyGzip };
}
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log('\ninitial JavaScript     raw          gzip');
for (const app of apps)
  console.log(
    `${app.padEnd(20)} ${kb(sizes[app].raw).padStart(10)}  ${kb(sizes[app].gzip).padStart(10)}`,
  );
const delta = sizes['with-callback'].gzip - sizes.baseline.gzip;
console.log(
  `\ncore entry point cost: ${delta} bytes gzip (${kb(delta)}), ${sizes['with-callback'].raw - sizes.baseline.raw} bytes raw`,
);
console.log(
  '(Genesys Widgets for the same job, cxbus + widgets-core + callbackservice: about 126 KB gzip)',
);
const widget = sizes['with-widget'].gzip - sizes['with-callback'].gzip;
console.log(
  `widget entry point cost: ${widget} bytes gzip (${kb(widget)}), ${sizes['with-widget'].raw - sizes['with-callback'].raw} bytes raw, over the core-only app (goal: 30 KB)`,
);
console.log(
  `  + loaded on first use, outside the initial bundle: ${kb(sizes['with-widget'].lazyGzip - sizes['with-callback'].lazyGzip)} gzip (libphonenumber-js)`,
);
console.log('(Genesys Callback form + Calendar + their core: about 176 KB gzip)');
