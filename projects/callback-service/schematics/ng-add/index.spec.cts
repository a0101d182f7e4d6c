import { beforeEach, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SchematicTestRunner, type UnitTestTree } from '@angular-devkit/schematics/testing';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import type { NgAddOptions } from './index.cjs';

// Runs from dist/ngx-genesys-callback/schematics/ng-add/, next to the collection.json that
// ng-packagr copied: the tests exercise the files that ship.
const COLLECTION = path.join(__dirname, '..', 'collection.json');
const APP_CONFIG = '/projects/portal/src/app/app.config.ts';
const MAIN = '/projects/portal/src/main.ts';

let runner: SchematicTestRunner;
let logs: string[];

async function createWorkspace(
  apps: { name: string; standalone?: boolean }[] = [{ name: 'portal' }],
  { library = false } = {},
): Promise<UnitTestTree> {
  let tree = await runner.runExternalSchematic('@schematics/angular', 'workspace', {
    name: 'workspace',
    newProjectRoot: 'projects',
    version: '21.2.0',
  });
  if (library) {
    tree = await runner.runExternalSchematic(
      '@schematics/angular',
      'library',
      { name: 'shared-lib', skipInstall: true },
      tree,
    );
  }
  for (const { name, standalone = true } of apps) {
    tree = await runner.runExternalSchematic(
      '@schematics/angular',
      'application',
      { name, standalone, skipTests: true, ssr: false, skipInstall: true, style: 'css' },
      tree,
    );
  }
  return tree;
}

function ngAdd(tree: UnitTestTree, options: NgAddOptions = {}): Promise<UnitTestTree> {
  return runner.runSchematic('ng-add', options, tree);
}

function snapshot(tree: UnitTestTree): Map<string, string> {
  return new Map(tree.files.map((file) => [file, tree.readContent(file)]));
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function assertValidTypeScript(text: string): void {
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true });
  assert.deepEqual(
    diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
  );
}

describe('ng add ngx-genesys-callback', () => {
  beforeEach(() => {
    runner = new SchematicTestRunner('ngx-genesys-callback', COLLECTION);
    logs = [];
    runner.logger.subscribe((entry) => logs.push(entry.message));
  });

  it('adds provideHttpClient() and provideCallback() with placeholders and imports to app.config.ts', async () => {
    const tree = await ngAdd(await createWorkspace());

    const config = tree.readContent(APP_CONFIG);
    assert.equal(count(config, "import { provideHttpClient } from '@angular/common/http';"), 1);
    assert.equal(count(config, "import { provideCallback } from 'ngx-genesys-callback';"), 1);
    assert.ok(
      config.includes(
        [
          '    provideRouter(routes),',
          '    provideHttpClient(),',
          '    provideCallback({',
          '      // TODO: replace placeholder dataURL with your own Genesys settings.',
          "      dataURL: 'https://gms.example.com/genesys/1/service/callback/YOUR-SERVICE',",
          "      apiVersion: 'v1',",
          '    })',
          '  ]',
        ].join('\n'),
      ),
      config,
    );
    assertValidTypeScript(config);
    assert.ok(!tree.readContent(MAIN).includes('provide'), 'main.ts is left alone');
    assert.deepEqual(logs, [
      'Added provideHttpClient() to projects/portal/src/app/app.config.ts.',
      "Added provideCallback({ apiVersion: 'v1', ... }) to projects/portal/src/app/app.config.ts: " +
        'replace the TODO placeholder (dataURL).',
    ]);
  });

  it('changes nothing on a second run', async () => {
    const once = await ngAdd(await createWorkspace());
    const before = snapshot(once);
    logs = [];

    const twice = await ngAdd(once);

    assert.deepEqual(snapshot(twice), before);
    assert.deepEqual(logs, [
      'Kept the existing provideHttpClient(...) in projects/portal/src/app/app.config.ts.',
      'provideCallback(...) is already in projects/portal/src/app/app.config.ts: left unchanged.',
    ]);
  });

  it('keeps an existing provideHttpClient(withFetch()) and does not add a second one', async () => {
    const tree = await createWorkspace();
    tree.overwrite(
      APP_CONFIG,
      tree
        .readContent(APP_CONFIG)
        .replace(
          "from '@angular/core';",
          "from '@angular/core';\nimport { provideHttpClient, withFetch } from '@angular/common/http';",
        )
        // With a trailing comma, which the new provider goes in front of.
        .replace(
          'provideRouter(routes)',
          'provideRouter(routes),\n    provideHttpClient(withFetch()),',
        ),
    );

    const config = (await ngAdd(tree)).readContent(APP_CONFIG);

    assert.equal(count(config, 'provideHttpClient('), 1);
    assert.equal(count(config, "from '@angular/common/http'"), 1);
    assert.ok(
      config.includes(
        [
          '    provideRouter(routes),',
          '    provideHttpClient(withFetch()),',
          '    provideCallback({',
          '      // TODO: replace placeholder dataURL with your own Genesys settings.',
          "      dataURL: 'https://gms.example.com/genesys/1/service/callback/YOUR-SERVICE',",
          "      apiVersion: 'v1',",
          '    }),',
          '  ]',
        ].join('\n'),
      ),
      config,
    );
    assert.deepEqual(logs, [
      'Kept the existing provideHttpClient(...) in projects/portal/src/app/app.config.ts.',
      "Added provideCallback({ apiVersion: 'v1', ... }) to projects/portal/src/app/app.config.ts: " +
        'replace the TODO placeholder (dataURL).',
    ]);
    assertValidTypeScript(config);
  });

  it('writes apikey and serviceName placeholders for --api-version v3', async () => {
    const config = (await ngAdd(await createWorkspace(), { apiVersion: 'v3' })).readContent(
      APP_CONFIG,
    );

    assert.ok(
      config.includes(
        [
          '    provideCallback({',
          '      // TODO: replace placeholders dataURL, apikey, serviceName with your own Genesys settings.',
          "      dataURL: 'https://api.example.com/engagement/v3/callbacks',",
          "      apiVersion: 'v3',",
          "      apikey: 'YOUR-API-KEY',",
          "      serviceName: 'YOUR-SERVICE',",
          '    })',
        ].join('\n'),
      ),
      config,
    );
    assertValidTypeScript(config);
  });

  it('writes the --data-url given, with no TODO when nothing is left to replace', async () => {
    const config = (
      await ngAdd(await createWorkspace(), {
        dataURL: "https://gms.acme.test/genesys/1/service/callback/it's-care",
      })
    ).readContent(APP_CONFIG);

    assert.ok(
      config.includes(
        [
          '    provideCallback({',
          "      dataURL: 'https://gms.acme.test/genesys/1/service/callback/it\\'s-care',",
          "      apiVersion: 'v1',",
          '    })',
        ].join('\n'),
      ),
      config,
    );
    assert.ok(!config.includes('TODO'));
    assertValidTypeScript(config);
    assert.equal(
      logs[1],
      "Added provideCallback({ apiVersion: 'v1', ... }) to projects/portal/src/app/app.config.ts.",
    );
  });

  it('names only the v3 placeholders left when --data-url is given', async () => {
    const config = (
      await ngAdd(await createWorkspace(), {
        apiVersion: 'v3',
        dataURL: 'https://api.acme.test/engagement/v3/callbacks',
      })
    ).readContent(APP_CONFIG);

    assert.ok(
      config.includes(
        '      // TODO: replace placeholders apikey, serviceName with your own Genesys settings.\n' +
          "      dataURL: 'https://api.acme.test/engagement/v3/callbacks',",
      ),
      config,
    );
  });

  it('refuses a --data-url that is not an absolute http(s) URL', async () => {
    await assert.rejects(ngAdd(await createWorkspace(), { dataURL: 'gms/callback' }), {
      message: '--data-url must be an absolute http: or https: URL, got "gms/callback".',
    });
  });

  it('fails with the list of applications when --project does not exist', async () => {
    await assert.rejects(ngAdd(await createWorkspace(), { project: 'nope' }), {
      message:
        'Project "nope" does not exist in this workspace. Applications in this workspace: portal.',
    });
  });

  it('fails naming the applications when --project is a library', async () => {
    await assert.rejects(
      ngAdd(await createWorkspace(undefined, { library: true }), { project: 'shared-lib' }),
      {
        message:
          'Project "shared-lib" is not an application; ng add ngx-genesys-callback sets up an application. ' +
          'Pick one with --project. Applications in this workspace: portal.',
      },
    );
  });

  it('sets up the first application when no --project is given, and only that one', async () => {
    const tree = await ngAdd(
      await createWorkspace([{ name: 'portal' }, { name: 'admin' }], { library: true }),
    );

    assert.ok(tree.readContent(APP_CONFIG).includes('provideCallback({'));
    assert.ok(
      !tree.readContent('/projects/admin/src/app/app.config.ts').includes('provideCallback'),
    );
  });

  it('sets up the application named by --project', async () => {
    const tree = await ngAdd(await createWorkspace([{ name: 'portal' }, { name: 'admin' }]), {
      project: 'admin',
    });

    assert.ok(
      tree.readContent('/projects/admin/src/app/app.config.ts').includes('provideCallback({'),
    );
    assert.ok(!tree.readContent(APP_CONFIG).includes('provideCallback'));
  });

  it('adds the providers to an inline bootstrapApplication() config in main.ts', async () => {
    const tree = await createWorkspace();
    tree.overwrite(
      MAIN,
      [
        "import { bootstrapApplication } from '@angular/platform-browser';",
        "import { App } from './app/app';",
        '',
        'bootstrapApplication(App, {',
        '  providers: [],',
        '}).catch((err) => console.error(err));',
        '',
      ].join('\n'),
    );

    const main = (await ngAdd(tree)).readContent(MAIN);

    assert.ok(main.includes("import { provideCallback } from 'ngx-genesys-callback';"));
    assert.ok(main.includes('providers: [provideHttpClient(), provideCallback({'), main);
    assertValidTypeScript(main);
  });

  it('leaves an NgModule application unchanged and logs the snippet to add by hand', async () => {
    const tree = await createWorkspace([{ name: 'portal', standalone: false }]);
    const before = snapshot(tree);

    const after = await ngAdd(tree);

    assert.deepEqual(snapshot(after), before);
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /no standalone application config \(bootstrapApplication\(\) in/);
    assert.match(logs[0] ?? '', /provideHttpClient\(\),\n {2}provideCallback\(\{\n/);
  });
});
