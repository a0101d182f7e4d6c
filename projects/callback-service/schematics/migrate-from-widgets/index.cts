import { posix } from 'node:path';
import {
  chain,
  SchematicsException,
  type Rule,
  type SchematicContext,
  type Tree,
} from '@angular-devkit/schematics';
import {
  addRootProvider,
  readWorkspace,
  type ProjectDefinition,
} from '@schematics/angular/utility';
import {
  addHttpClientProvider,
  findMainFile,
  findStandaloneRoot,
  LIBRARY,
  providerLead,
  quote,
  resolveProjectName,
  tidyInsertions,
  type StandaloneRoot,
} from '../shared/standalone-app.cjs';
import {
  formatLiteral,
  readCallbackOptions,
  sameOptions,
  type CallbackOptions,
} from './callback-options.cjs';
import { findLegacyUsage, type LegacyUsage } from './legacy-usage.cjs';
import { MigrationSummary } from './migration-summary.cjs';
import { tagUrl } from './page-tags.cjs';
import { planScriptRemoval, reportKeptWidgets } from './script-removal.cjs';
import { configuredPlugins, type ConfiguredPlugins } from './widgets-plugins.cjs';
import { readWidgetsSetup, scannedAppFiles, type WidgetsSetup } from './widgets-setup.cjs';

/** Options of `ng generate ngx-genesys-callback:migrate-from-widgets` (see schema.json). */
export interface MigrateFromWidgetsOptions {
  /** The application to migrate; default: the workspace's default project, else its first application. */
  project?: string;
}

/** The file written, in the app's asset folder, when the config holds a key or differs per environment. */
export const CALLBACK_CONFIG_FILE = 'callback-config.json';

const COMMAND = `ng generate ${LIBRARY}:migrate-from-widgets`;

/**
 * Moves an application off the Genesys Widgets CallbackService: reads its
 * `window._genesys.widgets.callback` object (in `index.html`, a script the page loads or an
 * angular.json script) and writes the matching `provideCallback({...})` into the standalone
 * app config, or a `callback-config.json` loaded by a factory when the object holds the
 * `apikey` or the environments' pages set different values. Adds `withCxBus()` when the app's
 * code uses the bus, and removes the Genesys scripts when no other Widgets plugin needs them.
 * Prints what it changed and what it left; a second run changes nothing. Refuses, changing
 * nothing, on a set-up it cannot read faithfully.
 *
 * @example
 * ```bash
 * ng generate ngx-genesys-callback:migrate-from-widgets --project portal
 * ```
 */
export function migrateFromWidgets(options: MigrateFromWidgetsOptions = {}): Rule {
  return async (tree: Tree, context: SchematicContext) => {
    const workspace = await readWorkspace(tree);
    const projectName = resolveProjectName(workspace, options.project, COMMAND);
    const project = workspace.projects.get(projectName) as ProjectDefinition;
    const mainFile = findMainFile(project);
    const root = findStandaloneRoot(tree, mainFile);
    if (!root) {
      throw new SchematicsException(
        `${COMMAND} writes into a standalone application config, and "${projectName}" has none ` +
          `(no bootstrapApplication() in ${mainFile ?? 'its build target'}). Nothing was changed.`,
      );
    }
    // Everything is read and checked before any rule is returned: a refusal throws here, and
    // the schematics engine only commits a run that completes, so nothing is half-written.
    const setup = readWidgetsSetup(tree, project);
    const usage = findLegacyUsage(scannedAppFiles(tree, project, setup));
    const summary = new MigrationSummary();
    const callback = callbackOptionsPerPage(setup);

    if (root.calls.has('provideCallback')) {
      reportAlreadyMigrated(summary, root, setup, usage, callback);
      summary.print(context.logger, projectName);
      return undefined;
    }
    if (!callback) {
      throw new SchematicsException(
        `No window._genesys.widgets.callback was found in ${describePlaces(setup)}, so there is ` +
          `nothing to migrate; \`ng add ${LIBRARY}\` sets up a new app. Nothing was changed.`,
      );
    }

    const plugins = configuredPlugins(setup.entries);
    const busClients = bridgeClients(usage, plugins);
    const withCxBus = busClients.length > 0;
    const rules: Rule[] = [];
    const httpClient = addHttpClientProvider(projectName, root, (m) => summary.changed(m));
    if (httpClient) rules.push(httpClient);
    rules.push(
      ...provideCallbackRules(tree, projectName, root, setup, callback, withCxBus, summary),
    );
    if (withCxBus) {
      summary.changed(
        `Added withCxBus() to provideCallback(...), which answers the Widgets bus for: ` +
          `${busClients.join('; ')}.`,
      );
    }
    if (callback.base.leftOut.length) {
      summary.left(
        `not copied from _genesys.widgets.callback (${callback.base.location}): ` +
          `${callback.base.leftOut.join(', ')}, options of Genesys' Callback form rather than of ` +
          `the service; when you switch to <cb-callback-widget>, set the matching ones with ` +
          `provideCallbackWidget({...}).`,
      );
    }
    rules.push(...planScriptRemoval(projectName, setup, plugins, usage, withCxBus, summary));
    summary.print(context.logger, projectName);
    return chain([...rules, tidyInsertions(root.filePath)]);
  };
}

/** The callback options of the build's own page, and of each build configuration whose page differs. */
interface PagedCallbackOptions {
  base: CallbackOptions;
  /** Configurations whose index page sets other values: configuration → its options. */
  perConfiguration: Map<string, CallbackOptions>;
}

function callbackOptionsPerPage(setup: WidgetsSetup): PagedCallbackOptions | null {
  const shared = setup.configScripts.filter((script) => script.loadedBy.kind === 'build');
  const byPage = setup.pages.map((page) => {
    const scripts = [
      ...shared,
      ...setup.configScripts.filter(
        (script) => script.loadedBy.kind !== 'build' && script.loadedBy.page === page,
      ),
    ];
    const entries = scripts
      .flatMap((script) => script.entries)
      .filter((e) => e.name === 'callback');
    if (entries.length > 1) {
      throw new SchematicsException(
        `_genesys.widgets.callback is set ${entries.length} times for ${page.path} ` +
          `(${entries.map((e) => readCallbackOptions(e).location).join('; ')}); keep one object ` +
          `and run this again. Nothing was changed.`,
      );
    }
    return { page, options: entries[0] ? readCallbackOptions(entries[0]) : null };
  });
  const base = byPage.find(({ page }) => page.configuration === null)?.options ?? null;
  const others = byPage.filter(({ page, options }) => page.configuration !== null && options);
  if (!base) {
    if (others.length === 0) return null;
    throw new SchematicsException(
      `Only the page of the "${others[0]?.page.configuration}" build configuration sets ` +
        `_genesys.widgets.callback; the migration needs it on the build's own index page too. ` +
        `Nothing was changed.`,
    );
  }
  const perConfiguration = new Map<string, CallbackOptions>();
  for (const { page, options } of others) {
    if (options && page.configuration && !sameOptions(options, base)) {
      perConfiguration.set(page.configuration, options);
    }
  }
  return { base, perConfiguration };
}

/** The provideCallback(...) rule: the options inline, or a factory loading callback-config.json. */
function provideCallbackRules(
  tree: Tree,
  projectName: string,
  root: StandaloneRoot,
  setup: WidgetsSetup,
  callback: PagedCallbackOptions,
  withCxBus: boolean,
  summary: MigrationSummary,
): Rule[] {
  const lead = providerLead(root);
  const { values } = callback.base;
  const reason =
    'apikey' in values
      ? 'the options hold the apikey, which then stays out of the compiled code'
      : callback.perConfiguration.size
        ? `the pages of the ${[...callback.perConfiguration.keys()].join(', ')} build ` +
          `configuration${callback.perConfiguration.size > 1 ? 's' : ''} set other values`
        : null;
  if (!reason) {
    summary.changed(
      `Added provideCallback({...}) with the options of _genesys.widgets.callback ` +
        `(${callback.base.location}) to ${root.filePath}.`,
    );
    const literal = formatLiteral(values, root.elementIndent ?? '');
    return [
      addRootProvider(projectName, ({ code, external }) => {
        const features = withCxBus ? `, ${external('withCxBus', LIBRARY)}()` : '';
        return code`${lead}${external('provideCallback', LIBRARY)}(${literal}${features})`;
      }),
    ];
  }

  const folder = setup.assetFolders.find(({ output }) => output === '') ?? setup.assetFolders[0];
  if (!folder) {
    throw new SchematicsException(
      `The callback options go into ${CALLBACK_CONFIG_FILE} (${reason}), but the app has no ` +
        `asset folder in angular.json to serve it from; add one (e.g. ` +
        `{ "glob": "**/*", "input": "public" }) and run this again. Nothing was changed.`,
    );
  }
  const url = folder.output ? `${folder.output}/${CALLBACK_CONFIG_FILE}` : CALLBACK_CONFIG_FILE;
  const files = new Map([[posix.join(folder.input, CALLBACK_CONFIG_FILE), callback.base]]);
  for (const [configuration, options] of callback.perConfiguration) {
    files.set(posix.join(folder.input, `callback-config.${configuration}.json`), options);
  }
  const writes: Rule[] = [];
  for (const [path, options] of files) {
    const json = `${JSON.stringify(options.values, null, 2)}\n`;
    if (tree.exists(path)) {
      if (tree.readText(path) === json) continue;
      throw new SchematicsException(
        `${path} exists already with other content; move it away and run this again. ` +
          `Nothing was changed.`,
      );
    }
    writes.push((host: Tree) => host.create(path, json));
    summary.changed(
      `Wrote the options of _genesys.widgets.callback (${options.location}) to ${path}.`,
    );
  }
  summary.changed(
    `Added provideCallback(() => inject(HttpClient).get<CallbackConfig>('${url}')) to ` +
      `${root.filePath}, loading ${CALLBACK_CONFIG_FILE} at start-up because ${reason}.`,
  );
  for (const configuration of callback.perConfiguration.keys()) {
    summary.left(
      `serve callback-config.${configuration}.json as ${url} in the "${configuration}" ` +
        `deployment (the app loads one file; each environment ships its own).`,
    );
  }
  if ('apikey' in values) {
    summary.left(
      `${url} is public, as the apikey in the page was: limit the key to the callback API, ` +
        `and keep the file out of version control if your environments use different keys.`,
    );
  }
  return [
    ...writes,
    addRootProvider(projectName, ({ code, external }) => {
      const features = withCxBus ? `, ${external('withCxBus', LIBRARY)}()` : '';
      const load =
        `() => ${external('inject', '@angular/core')}(${external('HttpClient', '@angular/common/http')})` +
        `.get<${external('CallbackConfig', LIBRARY)}>(${quote(url)})`;
      return code`${lead}${external('provideCallback', LIBRARY)}(${load}${features})`;
    }),
  ];
}

/**
 * A second run, or an app set up by hand: provideCallback(...) is there, so nothing is written;
 * the summary says what of the Widgets set-up is still left.
 */
function reportAlreadyMigrated(
  summary: MigrationSummary,
  root: StandaloneRoot,
  setup: WidgetsSetup,
  usage: LegacyUsage,
  callback: PagedCallbackOptions | null,
): void {
  summary.left(`provideCallback(...) is already in ${root.filePath}: left unchanged.`);
  const plugins = configuredPlugins(setup.entries);
  const busClients = bridgeClients(usage, plugins);
  if (busClients.length && !root.calls.has('withCxBus')) {
    summary.left(
      `add withCxBus() to provideCallback(...), to answer the Widgets bus for: ` +
        `${busClients.join('; ')}.`,
    );
  }
  if (reportKeptWidgets(setup, plugins, usage, summary)) return;
  if (callback) {
    summary.left(
      `_genesys.widgets.callback (${callback.base.location}) is still there and nothing else ` +
        `needs it: check that provideCallback(...) has its options, then remove it.`,
    );
  }
  const files = [
    ...new Set([
      ...setup.genesysTags.map(
        ({ page, tag }) => `${tagUrl(tag) ?? 'the inline CXBus loader'} in ${page.path}`,
      ),
      ...setup.genesysBuildFiles.map((file) => `${file} in angular.json`),
    ]),
  ];
  if (files.length) {
    summary.left(`nothing needs the Genesys Widgets any more: remove ${files.join(', ')}.`);
  }
}

/** Who books through the Widgets bus and needs withCxBus(): the app's scripts, Genesys' Callback form. */
function bridgeClients(usage: LegacyUsage, plugins: ConfiguredPlugins): string[] {
  const formStays = plugins.callbackForm || usage.callbackFormUsers.length > 0;
  return [
    ...usage.busUsers,
    ...(formStays ? ["Genesys' Callback form, which stays on the page"] : []),
  ];
}

/** Where the migration looked, for the refusal when it found nothing. */
function describePlaces(setup: WidgetsSetup): string {
  const places = [...setup.pages.map((page) => page.path), ...setup.loadedScriptFiles];
  return places.length
    ? `${places.join(', ')} (nor in the scripts inline there)`
    : 'the app (it has no index page in angular.json)';
}
