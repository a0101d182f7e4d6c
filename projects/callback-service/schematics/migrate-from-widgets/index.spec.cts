import { beforeEach, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SchematicTestRunner, type UnitTestTree } from '@angular-devkit/schematics/testing';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import type { MigrateFromWidgetsOptions } from './index.cjs';

// Runs from dist/ngx-genesys-callback/schematics/migrate-from-widgets/, next to the shipped
// collection.json.
const COLLECTION = path.join(__dirname, '..', 'collection.json');
const APP_CONFIG = '/projects/portal/src/app/app.config.ts';
const INDEX = '/projects/portal/src/index.html';
const PUBLIC = '/projects/portal/public';
const WIDGETS = 'https://apps.example.com/widgets/9.0';

const CALLBACK_V1 = `{
      dataURL: 'https://gms.acme.test/genesys/1/service/callback/care',
      ajaxTimeout: 5000,
      userData: { portal: 'self-service', 'page-id': 7 },
      countryCodes: false,
      form: { autoSubmit: false },
    }`;

let runner: SchematicTestRunner;
let logs: string[];

async function createApp(): Promise<UnitTestTree> {
  const tree = await runner.runExternalSchematic('@schematics/angular', 'workspace', {
    name: 'workspace',
    newProjectRoot: 'projects',
    version: '21.2.0',
  });
  return runner.runExternalSchematic(
    '@schematics/angular',
    'application',
    {
      name: 'portal',
      standalone: true,
      skipTests: true,
      ssr: false,
      skipInstall: true,
      style: 'css',
    },
    tree,
  );
}

/** The app with `head` inserted at the end of its index.html `<head>`. */
async function appWithHead(head: string[]): Promise<UnitTestTree> {
  const tree = await createApp();
  const html = tree.readContent(INDEX);
  tree.overwrite(
    INDEX,
    html.replace('</head>', `${head.map((line) => `  ${line}\n`).join('')}</head>`),
  );
  return tree;
}

function migrate(
  tree: UnitTestTree,
  options: MigrateFromWidgetsOptions = {},
): Promise<UnitTestTree> {
  return runner.runSchematic('migrate-from-widgets', options, tree);
}

function snapshot(tree: UnitTestTree): Map<string, string> {
  return new Map(tree.files.map((file) => [file, tree.readContent(file)]));
}

function buildOptions(tree: UnitTestTree): Record<string, unknown> {
  return JSON.parse(tree.readContent('/angular.json')).projects.portal.architect.build.options;
}

/** The names a file imports from `module`, sorted. */
function importedNames(text: string, module: string): string[] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest);
  return source.statements
    .filter(ts.isImportDeclaration)
    .filter((d) => ts.isStringLiteral(d.moduleSpecifier) && d.moduleSpecifier.text === module)
    .flatMap((d) => {
      const bindings = d.importClause?.namedBindings;
      return bindings && ts.isNamedImports(bindings)
        ? bindings.elements.map((e) => e.name.text)
        : [];
    })
    .sort();
}

function assertValidTypeScript(text: string): void {
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true });
  assert.deepEqual(
    diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
  );
}

describe('ng generate ngx-genesys-callback:migrate-from-widgets', () => {
  beforeEach(() => {
    runner = new SchematicTestRunner('ngx-genesys-callback', COLLECTION);
    logs = [];
    runner.logger.subscribe((entry) => logs.push(entry.message));
  });

  it('turns an inline _genesys object into provideCallback({...}) and removes the Genesys tags (plain app)', async () => {
    const original = (await createApp()).readContent(INDEX);
    const tree = await appWithHead([
      `<link rel="stylesheet" href="${WIDGETS}/widgets.min.css">`,
      `<script>`,
      `  window._genesys = { widgets: { callback: ${CALLBACK_V1} } };`,
      `</script>`,
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
    ]);

    const after = await migrate(tree);

    const config = after.readContent(APP_CONFIG);
    assert.ok(
      config.includes(
        [
          '    provideRouter(routes),',
          '    provideHttpClient(),',
          '    provideCallback({',
          "      dataURL: 'https://gms.acme.test/genesys/1/service/callback/care',",
          '      ajaxTimeout: 5000,',
          '      userData: {',
          "        portal: 'self-service',",
          "        'page-id': 7,",
          '      },',
          '      countryCodes: false,',
          '    })',
          '  ]',
        ].join('\n'),
      ),
      config,
    );
    assert.ok(config.includes("import { provideCallback } from 'ngx-genesys-callback';"));
    assert.ok(!config.includes('withCxBus'), 'no bus in use, no withCxBus()');
    assertValidTypeScript(config);
    assert.equal(after.readContent(INDEX), original, 'every Genesys tag and the set-up are gone');
    assert.deepEqual(logs, [
      'Migrating "portal" from Genesys Widgets:',
      '  Changed: Added provideHttpClient() to projects/portal/src/app/app.config.ts.',
      '  Changed: Added provideCallback({...}) with the options of _genesys.widgets.callback ' +
        '(projects/portal/src/index.html line 11) to projects/portal/src/app/app.config.ts.',
      `  Changed: Removed from projects/portal/src/index.html: ${WIDGETS}/widgets.min.css, ` +
        `${WIDGETS}/widgets.min.js, the inline _genesys set-up.`,
      '  Left for you: not copied from _genesys.widgets.callback (projects/portal/src/index.html line 11): ' +
        "form, options of Genesys' Callback form rather than of the service; when you switch to " +
        '<cb-callback-widget>, set the matching ones with provideCallbackWidget({...}).',
    ]);
  });

  it('changes nothing on a second run and says so', async () => {
    const once = await migrate(
      await appWithHead([
        `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1} } };</script>`,
        `<script src="${WIDGETS}/widgets.min.js"></script>`,
      ]),
    );
    const before = snapshot(once);
    logs = [];

    const twice = await migrate(once);

    assert.deepEqual(snapshot(twice), before);
    assert.deepEqual(logs, [
      'Migrating "portal" from Genesys Widgets:',
      '  Changed: nothing.',
      '  Left for you: provideCallback(...) is already in projects/portal/src/app/app.config.ts: left unchanged.',
    ]);
  });

  it('reads a script file the page loads and deletes it once it is migrated', async () => {
    const tree = await appWithHead([
      `<script src="genesys-config.js"></script>`,
      `<script src="${WIDGETS}/cxbus.min.js" onload="CXBus.configure({pluginsPath: '${WIDGETS}/plugins/'}); CXBus.loadPlugin('widgets-core');"></script>`,
    ]);
    tree.create(
      `${PUBLIC}/genesys-config.js`,
      [
        'window._genesys = window._genesys || {};',
        'window._genesys.widgets = window._genesys.widgets || {};',
        "window._genesys.widgets.callback = { dataURL: 'https://gms.acme.test/genesys/1/service/callback/care' };",
        '',
      ].join('\n'),
    );

    const after = await migrate(tree);

    assert.ok(!after.exists(`${PUBLIC}/genesys-config.js`));
    assert.ok(!after.readContent(INDEX).includes('<script'), after.readContent(INDEX));
    assert.ok(
      after
        .readContent(APP_CONFIG)
        .includes(
          "provideCallback({\n      dataURL: 'https://gms.acme.test/genesys/1/service/callback/care',\n    })",
        ),
    );
    assert.ok(
      logs.includes(
        '  Changed: Deleted projects/portal/public/genesys-config.js: it only set window._genesys.',
      ),
      logs.join('\n'),
    );
  });

  it('writes callback-config.json and a factory that loads it when the object holds the apikey', async () => {
    const tree = await appWithHead([
      '<script>',
      "  window._genesys = { widgets: { callback: { apiVersion: 'v3', dataURL: 'https://api.acme.test/engagement/v3/callbacks',",
      "    apikey: 'k-123', serviceName: 'care' } } };",
      '</script>',
    ]);

    const after = await migrate(tree);

    assert.deepEqual(JSON.parse(after.readContent(`${PUBLIC}/callback-config.json`)), {
      apiVersion: 'v3',
      dataURL: 'https://api.acme.test/engagement/v3/callbacks',
      apikey: 'k-123',
      serviceName: 'care',
    });
    const config = after.readContent(APP_CONFIG);
    assert.ok(!config.includes('k-123'), 'the key stays out of the code');
    assert.ok(
      config.includes(
        "    provideCallback(() => inject(HttpClient).get<CallbackConfig>('callback-config.json'))",
      ),
      config,
    );
    assert.deepEqual(importedNames(config, '@angular/common/http'), [
      'HttpClient',
      'provideHttpClient',
    ]);
    assert.deepEqual(importedNames(config, 'ngx-genesys-callback'), [
      'CallbackConfig',
      'provideCallback',
    ]);
    assert.ok(importedNames(config, '@angular/core').includes('inject'), config);
    assertValidTypeScript(config);
    assert.ok(
      logs.some((line) => line.startsWith('  Left for you: callback-config.json is public')),
    );
  });

  it('keeps the Genesys scripts when other Widgets plugins are configured, and says why', async () => {
    const tree = await appWithHead([
      '<script>',
      '  window._genesys = { widgets: {',
      "    main: { plugins: ['cx-webchat', 'cx-webchat-service', 'cx-callback-service'] },",
      `    webchat: { transport: { type: 'purecloud-v2-sockets' } },`,
      `    callback: ${CALLBACK_V1},`,
      '  } };',
      '</script>',
      `<script src="${WIDGETS}/cxbus.min.js"></script>`,
      `<script>CXBus.configure({ pluginsPath: '${WIDGETS}/plugins/' }); CXBus.loadPlugin('widgets-core');</script>`,
    ]);
    const index = tree.readContent(INDEX);

    const after = await migrate(tree);

    assert.equal(after.readContent(INDEX), index);
    assert.ok(after.readContent(APP_CONFIG).includes('provideCallback({'));
    assert.ok(
      logs.includes(
        '  Left for you: Kept the Genesys scripts (cxbus.min.js, CXBus loader) and the _genesys.widgets ' +
          'set-up: the page also configures other Widgets plugins (webchat). Remove them when those plugins go.',
      ),
      logs.join('\n'),
    );
  });

  it('on a second run, says again why the Genesys scripts stay, and changes nothing', async () => {
    const once = await migrate(
      await appWithHead([
        `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1}, sendmessage: {} } };</script>`,
        `<script src="${WIDGETS}/widgets.min.js"></script>`,
      ]),
    );
    const before = snapshot(once);
    logs = [];

    const twice = await migrate(once);

    assert.deepEqual(snapshot(twice), before);
    assert.deepEqual(logs, [
      'Migrating "portal" from Genesys Widgets:',
      '  Changed: nothing.',
      '  Left for you: provideCallback(...) is already in projects/portal/src/app/app.config.ts: left unchanged.',
      '  Left for you: Kept the Genesys scripts (widgets.min.js) and the _genesys.widgets set-up: ' +
        'the page also configures other Widgets plugins (sendmessage). Remove them when those plugins go.',
    ]);
  });

  it('lists what to remove by hand when provideCallback() was added by hand before', async () => {
    const tree = await appWithHead([
      `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1} } };</script>`,
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
    ]);
    tree.overwrite(
      APP_CONFIG,
      tree
        .readContent(APP_CONFIG)
        .replace(
          'provideRouter(routes)',
          "provideRouter(routes),\n    provideCallback({ dataURL: 'https://gms.acme.test/x' })",
        ),
    );
    const before = snapshot(tree);

    const after = await migrate(tree);

    assert.deepEqual(snapshot(after), before);
    assert.deepEqual(logs.slice(3), [
      '  Left for you: _genesys.widgets.callback (projects/portal/src/index.html line 9) is still there and ' +
        'nothing else needs it: check that provideCallback(...) has its options, then remove it.',
      `  Left for you: nothing needs the Genesys Widgets any more: remove ${WIDGETS}/widgets.min.js in projects/portal/src/index.html.`,
    ]);
  });

  it('keeps Genesys’ Callback form in lazy mode and answers it with withCxBus() (step by step)', async () => {
    const tree = await appWithHead([
      '<script>',
      "  window._genesys = { widgets: { main: { plugins: ['cx-callback', 'cx-calendar'] },",
      "    callback: { dataURL: 'https://gms.acme.test/genesys/1/service/callback/care' } } };",
      '</script>',
      `<script src="${WIDGETS}/cxbus.min.js" onload="CXBus.configure({ pluginsPath: '${WIDGETS}/plugins/' }); CXBus.loadPlugin('widgets-core');"></script>`,
    ]);
    const index = tree.readContent(INDEX);

    const after = await migrate(tree);

    assert.equal(after.readContent(INDEX), index);
    assert.ok(
      after
        .readContent(APP_CONFIG)
        .includes(
          "dataURL: 'https://gms.acme.test/genesys/1/service/callback/care',\n    }, withCxBus())",
        ),
    );
    assert.deepEqual(logs.slice(3), [
      "  Changed: Added withCxBus() to provideCallback(...), which answers the Widgets bus for: Genesys' " +
        'Callback form, which stays on the page.',
      "  Left for you: Kept the Genesys scripts (cxbus.min.js) and the _genesys.widgets set-up: _genesys.widgets.main loads Genesys' " +
        'Callback form (cx-callback). Remove them when those plugins go.',
    ]);
  });

  it('keeps the Genesys scripts while the app still commands Genesys’ Callback form', async () => {
    const tree = await appWithHead([
      `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1} } };</script>`,
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
    ]);
    tree.create(
      '/projects/portal/src/app/help.ts',
      "export const openCallbackForm = () => (window as any).CXBus.command('Callback.open');\n",
    );
    const index = tree.readContent(INDEX);

    const after = await migrate(tree);

    assert.equal(after.readContent(INDEX), index);
    assert.ok(after.readContent(APP_CONFIG).includes('withCxBus()'), 'CXBus is used');
    assert.ok(
      logs.some((line) =>
        line.includes(
          "projects/portal/src/app/help.ts command Genesys' Callback form (Callback.*)",
        ),
      ),
      logs.join('\n'),
    );
    assert.ok(logs.some((line) => line.includes('withCxBus() refuses to start while')));
  });

  it('adds withCxBus() for page scripts on the bus and keeps those scripts (bus scripts)', async () => {
    const tree = await appWithHead([
      `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1} } };</script>`,
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
      '<script src="legacy-booking.js"></script>',
    ]);
    tree.create(
      `${PUBLIC}/legacy-booking.js`,
      "window._genesys.widgets.bus.command('CallbackService.schedule', { phonenumber: '5550102030' });\n",
    );

    const after = await migrate(tree);

    const config = after.readContent(APP_CONFIG);
    assert.ok(config.includes('      countryCodes: false,\n    }, withCxBus())'), config);
    assert.deepEqual(importedNames(config, 'ngx-genesys-callback'), [
      'provideCallback',
      'withCxBus',
    ]);
    assertValidTypeScript(config);
    assert.ok(after.exists(`${PUBLIC}/legacy-booking.js`));
    const index = after.readContent(INDEX);
    assert.ok(index.includes('<script src="legacy-booking.js"></script>'));
    assert.ok(!index.includes('widgets.min.js') && !index.includes('_genesys'), index);
    assert.ok(
      logs.includes(
        '  Changed: Added withCxBus() to provideCallback(...), which answers the Widgets bus for: ' +
          'projects/portal/public/legacy-booking.js (_genesys.widgets.bus, CallbackService.* commands or events).',
      ),
      logs.join('\n'),
    );
  });

  it('removes Genesys files and the config script listed in angular.json', async () => {
    const tree = await createApp();
    tree.create(
      '/projects/portal/src/genesys.js',
      `var _genesys = { widgets: { callback: ${CALLBACK_V1} } };\n`,
    );
    const workspace = JSON.parse(tree.readContent('/angular.json'));
    workspace.projects.portal.architect.build.options.scripts = [
      'projects/portal/src/genesys.js',
      { input: 'node_modules/genesys-widgets/widgets.min.js', inject: true },
    ];
    tree.overwrite('/angular.json', JSON.stringify(workspace, null, 2));

    const after = await migrate(tree);

    assert.deepEqual(buildOptions(after)['scripts'], []);
    assert.ok(!after.exists('/projects/portal/src/genesys.js'));
    assert.deepEqual(logs.slice(-3, -1), [
      '  Changed: Deleted projects/portal/src/genesys.js: it only set window._genesys.',
      '  Changed: Removed from angular.json scripts/styles: node_modules/genesys-widgets/widgets.min.js, ' +
        'projects/portal/src/genesys.js.',
    ]);
    assert.ok(after.readContent(APP_CONFIG).includes('provideCallback({'));
  });

  it('writes one callback-config file per environment when the pages of the builds differ', async () => {
    const tree = await appWithHead([
      `<script>window._genesys = { widgets: { callback: { dataURL: 'https://gms.test.acme/genesys/1/service/callback/care' } } };</script>`,
    ]);
    tree.create(
      '/projects/portal/src/index.prod.html',
      tree.readContent(INDEX).replace('gms.test.acme', 'gms.acme.com'),
    );
    const workspace = JSON.parse(tree.readContent('/angular.json'));
    workspace.projects.portal.architect.build.configurations.production.index =
      'projects/portal/src/index.prod.html';
    tree.overwrite('/angular.json', JSON.stringify(workspace, null, 2));

    const after = await migrate(tree);

    assert.deepEqual(JSON.parse(after.readContent(`${PUBLIC}/callback-config.json`)), {
      dataURL: 'https://gms.test.acme/genesys/1/service/callback/care',
    });
    assert.deepEqual(JSON.parse(after.readContent(`${PUBLIC}/callback-config.production.json`)), {
      dataURL: 'https://gms.acme.com/genesys/1/service/callback/care',
    });
    assert.ok(
      after.readContent(APP_CONFIG).includes("get<CallbackConfig>('callback-config.json')"),
    );
    assert.ok(!after.readContent('/projects/portal/src/index.prod.html').includes('_genesys'));
    assert.ok(
      logs.includes(
        '  Left for you: serve callback-config.production.json as callback-config.json in the "production" ' +
          'deployment (the app loads one file; each environment ships its own).',
      ),
      logs.join('\n'),
    );
  });

  it('leaves an app that is already migrated unchanged', async () => {
    const tree = await createApp();
    tree.overwrite(
      APP_CONFIG,
      tree
        .readContent(APP_CONFIG)
        .replace(
          'provideRouter(routes)',
          "provideRouter(routes),\n    provideCallback({ dataURL: 'https://gms.acme.test/x' })",
        ),
    );
    const before = snapshot(tree);

    const after = await migrate(tree);

    assert.deepEqual(snapshot(after), before);
    assert.deepEqual(logs, [
      'Migrating "portal" from Genesys Widgets:',
      '  Changed: nothing.',
      '  Left for you: provideCallback(...) is already in projects/portal/src/app/app.config.ts: left unchanged.',
    ]);
  });

  it('refuses, changing nothing, a set-up script it cannot parse', async () => {
    const tree = await appWithHead([
      '<script>',
      "  window._genesys = { widgets: { callback: { dataURL: 'https://gms.acme.test/x', } };",
      '</script>',
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
    ]);
    const before = snapshot(tree);

    await assert.rejects(migrate(tree), {
      message:
        /^Could not parse the script at projects\/portal\/src\/index\.html line 10: .+ Nothing was changed\.$/,
    });
    assert.deepEqual(snapshot(tree), before);
  });

  it('refuses a computed option, naming it, instead of copying what it might mean', async () => {
    const tree = await appWithHead([
      '<script>',
      '  window._genesys = { widgets: { callback: {',
      "    dataURL: location.hostname === 'www.acme.com' ? 'https://gms.acme.com/x' : 'https://gms.test.acme/x',",
      '  } } };',
      '</script>',
    ]);
    const before = snapshot(tree);

    await assert.rejects(migrate(tree), {
      message:
        /^In _genesys\.widgets\.callback at projects\/portal\/src\/index\.html line 11, option dataURL holds `location\.hostname/,
    });
    assert.deepEqual(snapshot(tree), before);
  });

  it('never shows the source of a computed apikey in its refusal', async () => {
    const tree = await appWithHead([
      '<script>',
      "  window._genesys = { widgets: { callback: { dataURL: 'https://api.acme.test/engagement/v3/callbacks',",
      "    apikey: 'k-' + 'secret-123' } } };",
      '</script>',
    ]);

    await assert.rejects(migrate(tree), (error: Error) => {
      assert.match(error.message, /line 11, option apikey holds a computed value\./);
      assert.ok(!error.message.includes('secret-123'), error.message);
      return true;
    });
    assert.ok(logs.every((line) => !line.includes('secret-123')));
  });

  it('counts an inline CXBus.subscribe as use of the bus, not as the Genesys loader', async () => {
    const tree = await appWithHead([
      `<script>window._genesys = { widgets: { callback: ${CALLBACK_V1} } };</script>`,
      `<script src="${WIDGETS}/widgets.min.js"></script>`,
      "<script>CXBus.subscribe('CallbackService.scheduled', function (e) { console.log(e.data); });</script>",
    ]);

    const after = await migrate(tree);

    assert.ok(after.readContent(APP_CONFIG).includes('withCxBus()'));
    assert.ok(after.readContent(INDEX).includes("CXBus.subscribe('CallbackService.scheduled'"));
    assert.ok(!after.readContent(INDEX).includes('widgets.min.js'));
  });

  it('refuses an app without any Widgets set-up, pointing to ng add', async () => {
    await assert.rejects(migrate(await createApp()), {
      message:
        'No window._genesys.widgets.callback was found in projects/portal/src/index.html (nor in the ' +
        'scripts inline there), so there is nothing to migrate; `ng add ngx-genesys-callback` sets ' +
        'up a new app. Nothing was changed.',
    });
  });
});
