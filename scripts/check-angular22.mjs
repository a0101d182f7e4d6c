#!/usr/bin/env node
// Angular 22 compatibility check: builds a small standalone Angular 22 app against the packed
// library (the npm tarball, exactly what a portal installs, not the sources) and runs its specs
// in headless Chromium. Runs on the workspace's Node 20; Angular 22 needs Node ^22.22.3, so
// Node 22 is fetched from the npm registry (the `node` package) into a cache folder.
//
//   node scripts/check-angular22.mjs [dist/ngx-genesys-callback-x.y.z.tgz] [--build] [--fresh]
//
//   <tarball>   the packed library. Default: dist/ngx-genesys-callback-<version>.tgz, packed
//               again when dist/ngx-genesys-callback is newer; built and packed when missing.
//   --build     build (ng build callback-service) and pack the library first in any case.
//   --fresh     delete the cached app (node_modules, lockfile, build cache) first.
//   --skip      or SKIP_ANGULAR22=1: print that the check was skipped, "0 passed, 0 failed", exit 0.
//   ANGULAR22_CACHE_DIR   where Node 22 and the app live; default <tmpdir>/ngx-genesys-callback-angular22.
//                         Keep it outside the repository: inside it, the app would resolve any
//                         package it lacks from the workspace's Angular 21 node_modules.
//
// The app is kept between runs, so a second run only reinstalls the tarball (a few seconds
// instead of ~45 s). Prints a heading and a time per step and ends with "N passed, N failed".
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '22.23.3'; // Angular 22.2 needs ^22.22.3 || ^24.15.0 || >=26
// Framework packages pinned exactly: on this registry @angular/platform-server (a peer of
// @angular/build) stops at 22.2.0 while core goes further, so a range fails with ERESOLVE.
const ANGULAR = '22.2.0';
const CDK = '^22.2.0';
const APP_DEPENDENCIES = {
  '@angular/common': ANGULAR,
  '@angular/compiler': ANGULAR,
  '@angular/core': ANGULAR,
  '@angular/forms': ANGULAR, // a peer of @angular/cdk 22: unpinned, npm picks a newer one (ERESOLVE)
  '@angular/platform-browser': ANGULAR,
  '@angular/router': ANGULAR,
  rxjs: '~7.8.0',
  tslib: '^2.3.0',
};
const APP_DEV_DEPENDENCIES = {
  '@angular/build': '^22.2.0',
  '@angular/cli': '^22.2.0',
  '@angular/compiler-cli': ANGULAR,
  '@types/jasmine': '~6.0.0',
  'jasmine-core': '~6.0.0',
  karma: '~6.4.0',
  'karma-chrome-launcher': '~3.2.0',
  'karma-jasmine': '~5.1.0',
  typescript: '~6.0.0',
};
const PACKAGE = 'ngx-genesys-callback';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));

if (flags.has('--skip') || process.env.SKIP_ANGULAR22 === '1') {
  console.log('Angular 22 check skipped (SKIP_ANGULAR22=1)');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const unknown = [...flags].filter((flag) => !['--build', '--fresh'].includes(flag));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}; see the header of this script.`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { findChrome, MISSING_CHROME_HINT, CHROME_FLAGS } = require('./find-chrome.cjs');
const chrome = findChrome();
if (!chrome) {
  console.error(MISSING_CHROME_HINT);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const cacheRoot = path.resolve(
  process.env.ANGULAR22_CACHE_DIR || path.join(os.tmpdir(), `${PACKAGE}-angular22`),
);
const nodeDir = path.join(cacheRoot, 'node22');
const node22 = path.join(nodeDir, 'node_modules', 'node', 'bin', 'node');
const appDir = path.join(cacheRoot, 'app');
const env22 = {
  ...process.env,
  PATH: `${path.dirname(node22)}${path.delimiter}${process.env.PATH ?? ''}`, // npm, scripts: Node 22
  CHROME_BIN: chrome,
  NG_CLI_ANALYTICS: 'false',
  NG_FORCE_TTY: 'false',
  npm_config_update_notifier: 'false',
};

const timings = [];
const counts = { passed: 0, failed: 0 };
const started = performance.now();
const steps = [
  ['library tarball', stepTarball],
  ['inspect the tarball', stepInspect],
  [`Node ${NODE_VERSION} from the npm registry`, stepNode],
  ['write the Angular 22 app', stepWriteApp],
  ['npm install (Node 22)', stepInstall],
  ['ng build, production (Angular 22)', stepBuild],
  ['ng test, headless Chromium (Angular 22)', stepTest],
];
const state = {};

for (const [index, [name, step]] of steps.entries()) {
  console.log(`\n=== Angular 22 check [${index + 1}/${steps.length}] ${name} ===`);
  const t0 = performance.now();
  try {
    await step(state);
  } catch (error) {
    timings.push([name, performance.now() - t0]);
    console.error(`\n${name} failed: ${error instanceof Error ? error.message : error}`);
    finish(1);
  }
  const ms = performance.now() - t0;
  timings.push([name, ms]);
  console.log(`--- ${name}: ${seconds(ms)}`);
}
finish(counts.failed === 0 ? 0 : 1);

// ---------------------------------------------------------------------------------------------

async function stepTarball(s) {
  const given = args.find((arg) => !arg.startsWith('--'));
  if (given) {
    s.tarball = path.resolve(given);
    if (!fs.existsSync(s.tarball)) throw new Error(`No such tarball: ${s.tarball}`);
  } else {
    const dist = path.join(root, 'dist');
    const built = path.join(dist, PACKAGE, 'package.json');
    if (flags.has('--build') || !fs.existsSync(built)) {
      await run(path.join(root, 'node_modules', '.bin', 'ng'), ['build', 'callback-service'], {
        cwd: root,
        env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      });
    }
    const { version } = readJson(built);
    const expected = path.join(dist, `${PACKAGE}-${version}.tgz`);
    if (!fs.existsSync(expected) || fs.statSync(expected).mtimeMs < fs.statSync(built).mtimeMs) {
      const output = await run('npm', ['pack', '--json', '--pack-destination', dist], {
        cwd: path.dirname(built),
        quiet: true,
      });
      const packed = JSON.parse(output.slice(output.indexOf('[')))[0];
      console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${kb(packed.size)}`);
    }
    s.tarball = expected;
  }
  const stat = fs.statSync(s.tarball);
  const shown = s.tarball.startsWith(root + path.sep) ? path.relative(root, s.tarball) : s.tarball;
  console.log(`tarball: ${shown} (${kb(stat.size)})`);
}

// Reads the tarball's package.json (entry points, peers) and its bare imports, so that the app
// gets every package the library needs, with Angular ones mapped to Angular 22.
async function stepInspect(s) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${PACKAGE}-tgz-`));
  try {
    await run('tar', ['-xzf', s.tarball, '-C', dir], { quiet: true });
    const pkgDir = path.join(dir, 'package');
    const pkg = readJson(path.join(pkgDir, 'package.json'));
    if (pkg.name !== PACKAGE) throw new Error(`The tarball holds ${pkg.name}, not ${PACKAGE}.`);
    s.version = pkg.version;
    s.tarballSha = createHash('sha256').update(fs.readFileSync(s.tarball)).digest('hex');
    const exportsMap = pkg.exports ?? {};
    s.entries = Object.keys(exportsMap).filter((key) => key !== './package.json');
    s.widget = './widget' in exportsMap;
    s.testing = './testing' in exportsMap;
    const testingTypes = s.testing && exportsMap['./testing'].types;
    s.harness =
      s.widget &&
      Boolean(testingTypes) &&
      fs.readFileSync(path.join(pkgDir, testingTypes), 'utf8').includes('CallbackWidgetHarness');
    if (!s.testing) throw new Error('The tarball has no ./testing entry point.');

    const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
    const imported = new Set();
    for (const file of listFiles(pkgDir).filter((f) => f.endsWith('.mjs'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"./][^'"]*)['"]/g,
      )) {
        const parts = match[1].split('/');
        imported.add(parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
    imported.delete(PACKAGE);
    const workspace = readJson(path.join(root, 'package.json'));
    const workspaceRanges = { ...workspace.devDependencies, ...workspace.dependencies };
    s.extraDependencies = {};
    for (const [name, range] of Object.entries(pkg.peerDependencies ?? {})) {
      s.extraDependencies[name] = angularRange(name) ?? range;
    }
    s.undeclared = [...imported].filter((name) => !(name in declared)).sort();
    for (const name of s.undeclared) {
      s.extraDependencies[name] = angularRange(name) ?? workspaceRanges[name] ?? '*';
    }
    console.log(`${PACKAGE}@${pkg.version}, entry points: ${s.entries.join(', ')}`);
    console.log(`peerDependencies: ${JSON.stringify(pkg.peerDependencies ?? {})}`);
    console.log(`imports: ${[...imported].sort().join(', ')}`);
    if (s.undeclared.length > 0) {
      console.warn(
        `WARNING: the tarball imports ${s.undeclared.join(', ')} but declares ${s.undeclared.length === 1 ? 'it' : 'them'} ` +
          'in neither dependencies nor peerDependencies; a portal installing it gets a build error. ' +
          'Added to the test app so the check can go on.',
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function stepNode() {
  const have = fs.existsSync(node22)
    ? (await run(node22, ['--version'], { quiet: true })).trim()
    : '';
  if (have === `v${NODE_VERSION}`) {
    console.log(`cached: ${node22}`);
    return;
  }
  fs.mkdirSync(nodeDir, { recursive: true });
  // Its own package.json, so npm installs here and not into an enclosing project.
  fs.writeFileSync(path.join(nodeDir, 'package.json'), '{ "private": true }\n');
  await run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `node@${NODE_VERSION}`,
    ],
    { cwd: nodeDir },
  );
  const version = (await run(node22, ['--version'], { quiet: true })).trim();
  if (version !== `v${NODE_VERSION}`)
    throw new Error(`Expected Node v${NODE_VERSION}, got ${version}`);
  console.log(`installed ${version}: ${node22}`);
}

async function stepWriteApp(s) {
  if (flags.has('--fresh')) fs.rmSync(appDir, { recursive: true, force: true });
  fs.mkdirSync(appDir, { recursive: true });
  for (const name of ['src', 'dist'])
    fs.rmSync(path.join(appDir, name), { recursive: true, force: true });
  // The tarball is copied under a name that changes with its content, so that npm install
  // replaces the installed library exactly when the tarball changed.
  const tgzName = `${PACKAGE}-${s.version}-${s.tarballSha.slice(0, 12)}.tgz`;
  for (const file of fs.readdirSync(appDir)) {
    if (file.startsWith(`${PACKAGE}-`) && file.endsWith('.tgz') && file !== tgzName) {
      fs.rmSync(path.join(appDir, file));
    }
  }
  fs.copyFileSync(s.tarball, path.join(appDir, tgzName));
  const files = appFiles(s, tgzName);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), content);
  }
  const specs = Object.keys(files).filter((file) => file.endsWith('.spec.ts'));
  console.log(`${appDir}: ${Object.keys(files).length} files; specs: ${specs.join(', ')}`);
}

async function stepInstall(s) {
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: appDir, env: env22 });
  const version = (name) =>
    readJson(path.join(appDir, 'node_modules', name, 'package.json')).version;
  s.versions = {
    '@angular/core': version('@angular/core'),
    '@angular/build': version('@angular/build'),
    '@angular/cdk': fs.existsSync(path.join(appDir, 'node_modules', '@angular/cdk'))
      ? version('@angular/cdk')
      : '-',
    typescript: version('typescript'),
    [PACKAGE]: version(PACKAGE),
  };
  console.log(
    Object.entries(s.versions)
      .map(([name, v]) => `${name} ${v}`)
      .join(', '),
  );
  if (!s.versions['@angular/core'].startsWith('22.')) {
    throw new Error(`Installed @angular/core ${s.versions['@angular/core']}, expected 22.x`);
  }
}

async function stepBuild() {
  await run(node22, [path.join('node_modules', '.bin', 'ng'), 'build'], {
    cwd: appDir,
    env: env22,
  });
}

async function stepTest() {
  const { output, code } = await run(node22, [path.join('node_modules', '.bin', 'ng'), 'test'], {
    cwd: appDir,
    env: env22,
    allowFailure: true,
  });
  const last = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  if (last) {
    counts.passed = Number(last[1]);
    counts.failed = Number(last[2]);
  }
  if (code !== 0) {
    if (counts.failed === 0) counts.failed = 1;
    throw new Error(`ng test exited with ${code}`);
  }
  if (!last) throw new Error('ng test printed no "N passed, N failed" line');
}

function finish(code) {
  const total = performance.now() - started;
  console.log('\nAngular 22 check timings:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(44)} ${seconds(ms).padStart(8)}`);
  console.log(`  ${'total'.padEnd(44)} ${seconds(total).padStart(8)}`);
  if (state.versions) {
    console.log(
      `Angular ${state.versions['@angular/core']}, TypeScript ${state.versions.typescript}, ` +
        `Node v${NODE_VERSION}, ${PACKAGE} ${state.versions[PACKAGE]}`,
    );
  }
  if (state.undeclared?.length) {
    console.log(`Warning: undeclared imports in the tarball: ${state.undeclared.join(', ')}`);
  }
  if (code !== 0) counts.failed = Math.max(counts.failed, 1);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// The app: a standalone, zoneless Angular 22 app written file by file (no CLI generators).

function angularRange(name) {
  if (name === '@angular/cdk' || name === '@angular/material') return CDK;
  if (name.startsWith('@angular/')) return ANGULAR;
  return undefined;
}

function appFiles(s, tgzName) {
  const json = (value) => JSON.stringify(value, null, 2) + '\n';
  const dependencies = { ...APP_DEPENDENCIES, ...s.extraDependencies };
  if (s.harness) dependencies['@angular/cdk'] ??= CDK; // the harness needs @angular/cdk/testing
  dependencies[PACKAGE] = `file:./${tgzName}`;
  const files = {
    'package.json': json({
      name: 'angular22-compat-app',
      version: '0.0.0',
      private: true,
      description: `Generated by ${PACKAGE}/scripts/check-angular22.mjs; rewritten on every run.`,
      dependencies: sortKeys(dependencies),
      devDependencies: APP_DEV_DEPENDENCIES,
    }),
    'angular.json': json({
      $schema: './node_modules/@angular/cli/lib/config/schema.json',
      version: 1,
      cli: { packageManager: 'npm', analytics: false },
      newProjectRoot: 'projects',
      projects: {
        app: {
          projectType: 'application',
          root: '',
          sourceRoot: 'src',
          prefix: 'app',
          architect: {
            build: {
              builder: '@angular/build:application',
              options: {
                browser: 'src/main.ts',
                index: 'src/index.html',
                tsConfig: 'tsconfig.app.json',
                outputPath: 'dist/app',
              },
              configurations: {
                production: {
                  budgets: [
                    { type: 'initial', maximumWarning: '500kB', maximumError: '1MB' },
                    { type: 'anyComponentStyle', maximumWarning: '8kB', maximumError: '16kB' },
                  ],
                  outputHashing: 'all',
                },
                development: { optimization: false, extractLicenses: false, sourceMap: true },
              },
              defaultConfiguration: 'production',
            },
            test: {
              builder: '@angular/build:unit-test',
              options: {
                runner: 'karma',
                runnerConfig: 'karma.conf.js',
                tsConfig: 'tsconfig.spec.json',
                watch: false,
              },
            },
          },
        },
      },
    }),
    'tsconfig.json': json({
      compileOnSave: false,
      compilerOptions: {
        strict: true,
        noImplicitOverride: true,
        noPropertyAccessFromIndexSignature: true,
        noImplicitReturns: true,
        noFallthroughCasesInSwitch: true,
        skipLibCheck: true,
        isolatedModules: true,
        experimentalDecorators: true,
        importHelpers: true,
        target: 'ES2022',
        module: 'preserve',
      },
      angularCompilerOptions: {
        enableI18nLegacyMessageIdFormat: false,
        strictInjectionParameters: true,
        strictInputAccessModifiers: true,
        strictTemplates: true,
      },
      files: [],
      references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.spec.json' }],
    }),
    'tsconfig.app.json': json({
      extends: './tsconfig.json',
      compilerOptions: { outDir: './out-tsc/app', types: [] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts'],
    }),
    'tsconfig.spec.json': json({
      extends: './tsconfig.json',
      compilerOptions: { outDir: './out-tsc/spec', types: ['jasmine'] },
      include: ['src/**/*.ts'],
    }),
    'karma.conf.js': karmaConfig(),
    'src/index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Angular 22 compatibility app</title>
    <base href="/" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
  </head>
  <body>
    <app-root></app-root>
  </body>
</html>
`,
    'src/main.ts': `import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
`,
    'src/app/app.config.ts': `import { provideHttpClient } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideCallback } from '${PACKAGE}';

export const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(),
    provideCallback({ dataURL: DATA_URL }),
  ],
};
`,
    'src/app/booking.ts': `import { Component, inject, input, signal } from '@angular/core';
import {
  CallbackService,
  isCallbackError,
  type CallbackErrorCode,
  type ScheduleResult,
} from '${PACKAGE}';

/** Books a callback through CallbackService and shows the outcome. */
@Component({
  selector: 'app-booking',
  template: \`
    <button type="button" id="book" (click)="book()">Call me back</button>
    @if (result(); as booked) {
      <p id="booked">Booked {{ booked.id }}</p>
    }
    @if (error(); as code) {
      <p id="error">Failed: {{ code }}</p>
    }
  \`,
})
export class Booking {
  private readonly callbacks = inject(CallbackService);
  readonly phone = input('+1 555 010 2030');
  protected readonly result = signal<ScheduleResult | null>(null);
  protected readonly error = signal<CallbackErrorCode | null>(null);

  book(): void {
    this.callbacks.schedule({ phonenumber: this.phone(), firstname: 'Ada' }).subscribe({
      next: (result) => this.result.set(result),
      error: (error: unknown) => this.error.set(isCallbackError(error) ? error.code : null),
    });
  }
}
`,
    'src/app/app.ts': `import { Component } from '@angular/core';
${s.widget ? `import { CallbackWidget } from '${PACKAGE}/widget';\n` : ''}import { Booking } from './booking';

@Component({
  selector: 'app-root',
  imports: [Booking${s.widget ? ', CallbackWidget' : ''}],
  template: \`
    <h1>Angular 22 + ${PACKAGE}</h1>
    <app-booking />${s.widget ? '\n    <cb-callback-widget />' : ''}
  \`,
})
export class App {}
`,
    'src/app/booking.spec.ts': `import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CallbackService, type ScheduleResult } from '${PACKAGE}';
import { CallbackTestingController, provideCallbackTesting } from '${PACKAGE}/testing';
import { Booking } from './booking';

describe('Booking with provideCallbackTesting() (Angular 22)', () => {
  let fixture: ComponentFixture<Booking>;
  let controller: CallbackTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Booking], providers: [provideCallbackTesting()] });
    controller = TestBed.inject(CallbackTestingController);
    fixture = TestBed.createComponent(Booking);
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const text = (selector: string): string | undefined =>
    (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();

  it('books a callback and answers it through CallbackTestingController', async () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('#book')!.click();
    controller
      .expectSchedule({ phonenumber: '+15550102030', firstname: 'Ada' })
      .succeed({ id: 'cb-22' });
    await fixture.whenStable();
    expect(text('#booked')).toBe('Booked cb-22');
  });

  it('shows a booking the server refused', async () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('#book')!.click();
    controller.expectSchedule().fail('SERVER_ERROR');
    await fixture.whenStable();
    expect(text('#error')).toBe('Failed: SERVER_ERROR');
  });

  it('emits scheduled$ from CallbackService', () => {
    const seen: ScheduleResult[] = [];
    const callbacks = TestBed.inject(CallbackService);
    const subscription = callbacks.scheduled$.subscribe((result) => seen.push(result));
    callbacks.schedule({ phonenumber: '+44 20 7946 0000' }).subscribe();
    controller.expectSchedule({ phonenumber: '+442079460000' }).succeed({ id: 'cb-ev' });
    subscription.unsubscribe();
    expect(seen.map((result) => result.id)).toEqual(['cb-ev']);
  });
});
`,
    'src/app/app.spec.ts': `import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { App } from './app';
import { appConfig, DATA_URL } from './app.config';

describe('App with provideHttpClient() + provideCallback() (Angular 22)', () => {
  it('books over HttpClient with the app config', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Angular 22');

    element.querySelector<HTMLButtonElement>('#book')!.click();
    const request = TestBed.inject(HttpTestingController).expectOne(
      (req) => req.method === 'POST' && req.url === DATA_URL,
    );
    request.flush({ _id: 'cb-http' });
    await fixture.whenStable();
    expect(element.querySelector('#booked')?.textContent?.trim()).toBe('Booked cb-http');
  });
});
`,
  };
  if (s.widget) files['src/app/widget.spec.ts'] = widgetSpec(s.harness);
  return files;
}

function widgetSpec(harness) {
  return `${harness ? "import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';\n" : ''}import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackTestingController,${harness ? '\n  CallbackWidgetHarness,' : ''}
  provideCallbackTesting,
} from '${PACKAGE}/testing';
import { CallbackWidget } from '${PACKAGE}/widget';

@Component({
  selector: 'app-widget-host',
  imports: [CallbackWidget],
  template: '<cb-callback-widget (booked)="booked.set($event.id)" />',
})
class WidgetHost {
  readonly booked = signal<string | null>(null);
}

describe('<cb-callback-widget> from ${PACKAGE}/widget (Angular 22)', () => {
  let controller: CallbackTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    controller = TestBed.inject(CallbackTestingController);
  });

  it('renders the callback form', async () => {
    const fixture = TestBed.createComponent(WidgetHost);
    await fixture.whenStable();
    const widget = (fixture.nativeElement as HTMLElement).querySelector('cb-callback-widget');
    expect(widget).not.toBeNull();
    expect(widget!.querySelector('input[name="phonenumber"]')).not.toBeNull();
    controller.verify();
  });
${
  harness
    ? `
  it('books "as soon as possible" through CallbackWidgetHarness', async () => {
    const fixture = TestBed.createComponent(WidgetHost);
    const widget = await TestbedHarnessEnvironment.harnessForFixture(fixture, CallbackWidgetHarness);
    await widget.setPhoneNumber('+33 6 12 34 56 78');
    await widget.chooseAsSoonAsPossible();
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-w22' });
    expect((await widget.getConfirmation()).id).toBe('cb-w22');
    expect(fixture.componentInstance.booked()).toBe('cb-w22');
    controller.verify();
  });
`
    : ''
}});
`;
}

function karmaConfig() {
  return `// Generated by ${PACKAGE}/scripts/check-angular22.mjs.
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

// Prints one closing line "N passed, N failed, N skipped".
function SummaryLineReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let skipped = 0;
  const baseRunStart = this.onRunStart; // keep it: it initialises the browser list
  this.onRunStart = function (...args) {
    skipped = 0;
    return baseRunStart.apply(this, args);
  };
  this.specSkipped = () => skipped++;
  this.onRunComplete = (_browsers, result) => {
    const failed = result.failed + (result.error ? 1 : 0);
    process.stdout.write(\`\\n\${result.success} passed, \${failed} failed, \${skipped} skipped\\n\`);
  };
  this.adapters = [];
}
SummaryLineReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary-line': ['type', SummaryLineReporter] },
    ],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots', 'summary-line'],
    colors: false,
    customLaunchers: {
      ChromeHeadlessNoSandbox: { base: 'ChromeHeadless', flags: ${JSON.stringify(CHROME_FLAGS)} },
    },
    browsers: ['ChromeHeadlessNoSandbox'],
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
    browserNoActivityTimeout: 60000,
    captureTimeout: 120000,
  });
};
`;
}

// ---------------------------------------------------------------------------------------------

/**
 * Runs a command, echoing its output unless `quiet`; resolves with the output (stdout and
 * stderr; `{ output, code }` when `allowFailure`), rejects on a non-zero exit otherwise.
 */
function run(cmd, cmdArgs, { cwd = root, env = process.env, quiet = false, allowFailure } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        if (!quiet) target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      const exitCode = code ?? 1;
      if (allowFailure) resolve({ output, code: exitCode });
      else if (exitCode === 0) resolve(output);
      else {
        if (quiet) process.stderr.write(output);
        reject(new Error(`${path.basename(cmd)} ${cmdArgs.join(' ')} exited with ${exitCode}`));
      }
    });
  });
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
