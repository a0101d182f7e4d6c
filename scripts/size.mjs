#!/usr/bin/env node
// Prints what the core entry point costs an app: the gzip size of the initial JavaScript of
// a small app doing schedule + availability with ngx-genesys-callback, minus the same app
// doing it with bare HttpClient calls. Then what the widget entry point adds to that app,
// separately: the inline <cb-callback-widget> alone, the inline widget with CallbackDialog
// (opened on a click) in the initial JavaScript, and the chunks fetched on first use: the
// dialog (the CDK dialog, overlay and portal, and the dialog content) on the first open(), and
// libphonenumber-js on the first focus of the phone field, the slot picker (with the listbox of
// the times the server proposes) and the confirmation when the browser is idle after the form
// shows (the confirmation at the latest when a booking is sent). Then what one extra locale costs
// (that app with the German texts registered), what each translation weighs on its own, and
// which translations each bundle holds: an app carries only those it registers. With
// --by-source, also where the core's bytes go, by area (source-map attribution of the core app
// built once more with source maps). Figures only; nothing is asserted.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { translationSizes, translationsIn } from '../tools/size/locale-sizes.mjs';

const ng = './node_modules/.bin/ng';
const run = (args) =>
  execFileSync(ng, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });

// esbuild splits an app into main.js, shared chunks that main.js imports statically (loaded
// with the page, and preloaded by index.html), and chunks reached only through import() (loaded
// on first use). The initial JavaScript is main.js and its static imports, transitively.
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']\.\/(chunk-[\w-]+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']\.\/(chunk-[\w-]+\.js)["']\s*\)/g;

function analyse(dir) {
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const raw = (file) => readFileSync(join(dir, file)).length;
  const closure = (roots, exclude = new Set()) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || exclude.has(file)) return;
      seen.add(file);
      for (const [, dep] of read(file).matchAll(STATIC_IMPORT)) visit(dep);
    };
    roots.forEach(visit);
    return seen;
  };
  const entries = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.startsWith('chunk-'));
  const initial = closure(entries);
  const lazyRoots = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    for (const [, dep] of read(file).matchAll(DYNAMIC_IMPORT)) {
      if (!initial.has(dep)) lazyRoots.add(dep);
    }
  }
  const lazy = [...lazyRoots].map((root) => {
    const files = [...closure([root], initial)];
    const text = files.map(read).join('\n');
    return { root, files, gzip: files.reduce((s, f) => s + gzip(f), 0), kind: kindOf(text) };
  });
  const sum = (files, size) => [...files].reduce((s, f) => s + size(f), 0);
  // A lazy file reached from several roots (the listbox, from the picker and the confirmation)
  // is fetched once: what everything lazy weighs counts each file once.
  const lazyFiles = new Set(lazy.flatMap((l) => l.files));
  return {
    files: [...initial],
    raw: sum(initial, raw),
    gzip: sum(initial, gzip),
    lazy,
    lazyGzip: (kinds) =>
      sum(
        [...lazyFiles].filter((f) => lazy.some((l) => kinds.has(l.kind) && l.files.includes(f))),
        gzip,
      ),
  };
}

function kindOf(text) {
  if (text.includes('cdk-dialog-container')) return 'dialog';
  if (text.includes('countryCallingCode') || text.includes('libphonenumber')) return 'phone';
  if (/\{AC:"\d+",AD:"\d+"/.test(text)) return 'phoneExamples';
  // The components' selectors, as the compiled code has them; the confirmation's chunk imports
  // the picker's, which imports the listbox's, so the order of the tests matters.
  if (text.includes('"cb-callback-confirmation"')) return 'confirmation';
  if (text.includes('"cb-slot-picker"')) return 'slotPicker';
  if (text.includes('"cb-slot-listbox"')) return 'proposedTimes';
  return 'other';
}

const LAZY_LABELS = {
  dialog:
    'the CDK dialog (overlay, portal, focus trap), fetched on the first CallbackDialog.open()',
  phone:
    'libphonenumber-js, fetched when the customer first focuses the phone field or the country picker (or submits)',
  phoneExamples: 'example mobile numbers (the phone placeholder), fetched with libphonenumber-js',
  slotPicker:
    'the day strip and slots, fetched when the browser is idle after the form shows (or on "pick date & time")',
  proposedTimes: 'the slot listbox, also the times the server proposes; comes with the slot picker',
  confirmation:
    'the confirmation (cancel, change time, queue wait), fetched when the browser is idle after the form shows, or at the latest when a booking is sent; with the slot picker if not loaded yet',
  other: 'other lazy chunk',
};

run(['build', 'callback-service']);
const apps = ['baseline', 'with-callback', 'with-inline', 'with-widget', 'with-locale'];
const sizes = {};
for (const app of apps) {
  run(['build', `size-${app}`]);
  sizes[app] = analyse(join('dist/size', app, 'browser'));
}
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log('\ninitial JavaScript     raw          gzip   files');
for (const app of apps)
  console.log(
    `${app.padEnd(20)} ${kb(sizes[app].raw).padStart(10)}  ${kb(sizes[app].gzip).padStart(10)}   ${sizes[app].files.join(' ')}`,
  );
const delta = sizes['with-callback'].gzip - sizes.baseline.gzip;
console.log(
  `\ncore entry point cost: ${delta} bytes gzip (${kb(delta)}), ${sizes['with-callback'].raw - sizes.baseline.raw} bytes raw  (goal: ≤ 6 KB)`,
);
console.log(
  '(Genesys Widgets for the same job, cxbus + widgets-core + callbackservice: about 126 KB gzip)',
);
if (process.argv.includes('--by-source')) await printCoreAreas();

// What an app pays over the core-only app, initial JavaScript first, then each lazy chunk.
const over = (app) => ({
  gzip: sizes[app].gzip - sizes['with-callback'].gzip,
  raw: sizes[app].raw - sizes['with-callback'].raw,
});
const coreLazy = new Set(sizes['with-callback'].lazy.map((l) => l.kind));
const lazyOf = (app, kind) => {
  const chunks = sizes[app].lazy.filter((l) => l.kind === kind && !coreLazy.has(l.kind));
  return { gzip: chunks.reduce((s, c) => s + c.gzip, 0), files: chunks.flatMap((c) => c.files) };
};
const inline = over('with-inline');
const withDialog = over('with-widget');
const dialog = lazyOf('with-widget', 'dialog');
const phone = lazyOf('with-widget', 'phone');
const phoneExamples = lazyOf('with-widget', 'phoneExamples');
const slotPicker = lazyOf('with-widget', 'slotPicker');
const proposedTimes = lazyOf('with-widget', 'proposedTimes');
const confirmation = lazyOf('with-widget', 'confirmation');
const other = lazyOf('with-widget', 'other');
const widgetLazy = new Set(
  sizes['with-widget'].lazy.map((l) => l.kind).filter((k) => !coreLazy.has(k)),
);
console.log('\nwidget entry point, over the core-only app (gzip):');
const line = (label, bytes, goal, files = []) =>
  console.log(
    `  ${label.padEnd(44)} ${kb(bytes).padStart(10)}${goal ? `  (goal: ≤ ${goal} KB)` : ''}${files.length ? `  ${files.join(' ')}` : ''}`,
  );
line('inline widget alone, initial', inline.gzip, 30);
line('inline widget + CallbackDialog, initial', withDialog.gzip, 35);
line('dialog chunk, fetched on the first open()', dialog.gzip, 0, dialog.files);
line('phone chunk (libphonenumber-js), on first use', phone.gzip, 0, phone.files);
line('  + example numbers, with it', phoneExamples.gzip, 0, phoneExamples.files);
line('slot picker chunk, when idle', slotPicker.gzip, 0, slotPicker.files);
line('proposed times (the slot listbox), on a refusal', proposedTimes.gzip, 0, proposedTimes.files);
line('confirmation chunk, when idle or on booking', confirmation.gzip, 0, confirmation.files);
if (other.gzip > 0) line('other lazy chunks', other.gzip, 0, other.files);
line('everything loaded', withDialog.gzip + sizes['with-widget'].lazyGzip(widgetLazy));
console.log(
  `  (raw, initial: inline ${kb(inline.raw)}, inline + dialog ${kb(withDialog.raw)}; each lazy line is what its first use fetches at most:`,
);
for (const kind of ['dialog', 'phone', 'slotPicker', 'confirmation']) {
  console.log(`   ${kind}: ${LAZY_LABELS[kind]}`);
}
console.log('  )');
console.log('(Genesys Callback form + Calendar + their core: about 176 KB gzip)');

const locale = sizes['with-locale'].gzip - sizes['with-widget'].gzip;
console.log(
  `\none extra locale (with-widget + provideCallbackWidgetLocales(CALLBACK_WIDGET_STRINGS_DE), LOCALE_ID de): ${locale} bytes gzip (${kb(locale)}), ${sizes['with-locale'].raw - sizes['with-widget'].raw} bytes raw, initial`,
);
for (const app of ['with-widget', 'with-locale']) {
  const held = translationsIn(join('dist/size', app, 'browser'));
  console.log(`  translations in the ${app} bundle: ${held.join(', ') || 'none'}`);
}
console.log(
  '\neach translation on its own (minified module, gzip; the plural helper is shared with English):',
);
for (const { tag, raw, gzip } of await translationSizes()) {
  console.log(
    `  ${tag.padEnd(6)} ${String(gzip).padStart(5)} bytes gzip ${String(raw).padStart(6)} bytes raw`,
  );
}

// The core's areas, by the folder of the library source a byte maps to.
function coreAreaOf(source) {
  if (source?.includes('rxjs/')) return 'rxjs';
  const path = /callback-service\/src\/lib\/(.+)$/.exec(source ?? '')?.[1];
  if (path === undefined) return null;
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : 'service';
  return folder === 'errors' ? 'transport' : folder;
}

async function printCoreAreas() {
  // Loaded only here: it reads source maps with @jridgewell/trace-mapping, which comes with
  // the Angular build tools rather than as a dependency of its own.
  const { costByGroup } = await import('../tools/size/attribute.mjs');
  const AREA_LABELS = {
    config: 'config resolver and loader',
    validation: 'validation',
    protocol: 'protocols (v1, v3, slots)',
    transport: 'transport and errors',
    internal: 'internal helpers (redaction, instants, replay)',
    service: 'CallbackService, provideCallback',
    rxjs: 'rxjs, over the baseline app',
  };
  const cost = {};
  for (const app of ['baseline', 'with-callback']) {
    const out = join('dist/size-by-source', app);
    run(['build', `size-${app}`, '--source-map=true', `--output-path=${out}`]);
    cost[app] = Object.fromEntries(
      costByGroup(join(out, 'browser', 'main.js'), coreAreaOf).map((c) => [c.group, c]),
    );
  }
  console.log('\ncore entry point by area (gzip: what leaving it out would save; raw: minified):');
  for (const [area, label] of Object.entries(AREA_LABELS)) {
    const mine = cost['with-callback'][area] ?? { raw: 0, gzip: 0 };
    const base = cost.baseline[area] ?? { raw: 0, gzip: 0 };
    console.log(
      `  ${label.padEnd(48)} ${kb(mine.gzip - base.gzip).padStart(10)} ${kb(mine.raw - base.raw).padStart(10)} raw`,
    );
  }
  for (const area of Object.keys(cost['with-callback'])) {
    if (!(area in AREA_LABELS)) console.log(`  (unexpected in the core app: ${area})`);
  }
}
