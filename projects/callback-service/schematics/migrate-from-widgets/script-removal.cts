import { posix } from 'node:path';
import type { Rule, Tree } from '@angular-devkit/schematics';
import { updateWorkspace } from '@schematics/angular/utility';
import { findLegacyUsage, type LegacyUsage } from './legacy-usage.cjs';
import type { MigrationSummary } from './migration-summary.cjs';
import { removeTags, tagUrl, type PageTag } from './page-tags.cjs';
import type { ConfiguredPlugins } from './widgets-plugins.cjs';
import type { ConfigScript, WidgetsSetup } from './widgets-setup.cjs';

/**
 * The rules that take the Genesys Widgets off the app's pages: its files (bundle, bus,
 * plugins, stylesheet, also in angular.json), the inline CXBus loader and the scripts that only
 * set `_genesys`. Only when nothing else needs them: another Widgets plugin configured, or
 * Genesys' Callback form still in use, keeps them all, and the summary says which and why.
 */
export function planScriptRemoval(
  projectName: string,
  setup: WidgetsSetup,
  plugins: ConfiguredPlugins,
  usage: LegacyUsage,
  withCxBus: boolean,
  summary: MigrationSummary,
): Rule[] {
  if (reportKeptWidgets(setup, plugins, usage, summary)) {
    const bundle = genesysFileNames(setup).includes('widgets.min.js');
    if (withCxBus && (bundle || plugins.callbackService)) {
      summary.left(
        `withCxBus() refuses to start while Genesys' own CallbackService plugin is registered, ` +
          `and ${bundle ? 'the widgets.min.js bundle carries it' : "main.plugins lists 'cx-callback-service'"}: ` +
          `load the Widgets in lazy mode (cxbus.min.js) without 'cx-callback-service' in ` +
          `_genesys.widgets.main.plugins (migration guide: "Step by step").`,
      );
    }
    return [];
  }

  const rules: Rule[] = [];
  const removable = setup.configScripts.filter((script) => removableConfig(script));
  for (const script of setup.configScripts.filter((script) => !removable.includes(script))) {
    summary.left(
      `${script.source.file} does more than set window._genesys, so it was kept: remove its ` +
        `_genesys.widgets part (the page no longer loads the Widgets).`,
    );
  }
  for (const page of setup.pages) {
    const tags: { tag: PageTag; name: string }[] = [
      ...setup.genesysTags
        .filter((found) => found.page === page)
        .map(({ tag }) => ({ tag, name: tagUrl(tag) ?? 'the inline CXBus loader' })),
      ...removable.flatMap(({ loadedBy, source }) =>
        loadedBy.kind !== 'build' && loadedBy.page === page
          ? [
              {
                tag: loadedBy.tag,
                name: loadedBy.kind === 'inline' ? 'the inline _genesys set-up' : source.file,
              },
            ]
          : [],
      ),
    ];
    if (tags.length === 0) continue;
    const html = removeTags(
      page.html,
      tags.map(({ tag }) => tag),
    );
    rules.push((tree: Tree) => tree.overwrite(page.path, html));
    summary.changed(`Removed from ${page.path}: ${tags.map(({ name }) => name).join(', ')}.`);
  }
  const deleted = new Set(
    removable.filter(({ loadedBy }) => loadedBy.kind !== 'inline').map(({ source }) => source.file),
  );
  for (const file of deleted) {
    rules.push((tree: Tree) => tree.delete(file));
    summary.changed(`Deleted ${file}: it only set window._genesys.`);
  }
  const buildEntries = [
    ...setup.genesysBuildFiles,
    ...removable.flatMap(({ loadedBy }) => (loadedBy.kind === 'build' ? [loadedBy.entry] : [])),
  ];
  if (buildEntries.length) {
    rules.push(removeBuildEntries(projectName, new Set(buildEntries)));
    summary.changed(`Removed from angular.json scripts/styles: ${buildEntries.join(', ')}.`);
  }
  return rules;
}

/**
 * When something still needs the Genesys Widgets on the page, records in the summary that
 * they stay and why, and returns true.
 */
export function reportKeptWidgets(
  setup: WidgetsSetup,
  plugins: ConfiguredPlugins,
  usage: LegacyUsage,
  summary: MigrationSummary,
): boolean {
  const reasons = keepReasons(plugins, usage);
  if (reasons.length === 0) return false;
  const files = genesysFileNames(setup);
  summary.left(
    `Kept ${files.length ? `the Genesys scripts (${files.join(', ')}) and ` : ''}the ` +
      `_genesys.widgets set-up: ${reasons.join('; ')}. Remove them when those plugins go.`,
  );
  return true;
}

/** Why the Genesys scripts must stay, if they must. */
function keepReasons(plugins: ConfiguredPlugins, usage: LegacyUsage): string[] {
  const reasons: string[] = [];
  if (plugins.others.length) {
    reasons.push(`the page also configures other Widgets plugins (${plugins.others.join(', ')})`);
  }
  if (plugins.callbackForm) {
    reasons.push(`_genesys.widgets.main loads Genesys' Callback form (cx-callback)`);
  }
  if (usage.callbackFormUsers.length) {
    reasons.push(
      `${usage.callbackFormUsers.join(', ')} command Genesys' Callback form (Callback.*)`,
    );
  }
  if (plugins.unreadableMain) {
    reasons.push(`_genesys.widgets.main is computed, so which plugins it loads cannot be told`);
  }
  return reasons;
}

/** A script that only sets `_genesys` and runs nothing that talks to the bus. */
function removableConfig(script: ConfigScript): boolean {
  const usage = findLegacyUsage(new Map([[script.source.file, script.source.text]]));
  return script.configOnly && usage.busUsers.length === 0 && usage.callbackFormUsers.length === 0;
}

function genesysFileNames(setup: WidgetsSetup): string[] {
  const names = setup.genesysTags.map(({ tag }) => posix.basename(tagUrl(tag) ?? 'CXBus loader'));
  return [...new Set([...names, ...setup.genesysBuildFiles.map((file) => posix.basename(file))])];
}

/** Drops the given files from the build target's `scripts` and `styles` (and its configurations'). */
function removeBuildEntries(projectName: string, entries: ReadonlySet<string>): Rule {
  const keep = (entry: unknown) => {
    const path =
      typeof entry === 'string'
        ? entry
        : entry && typeof entry === 'object' && 'input' in entry
          ? entry.input
          : null;
    return typeof path !== 'string' || !entries.has(path);
  };
  return updateWorkspace((workspace) => {
    const build = workspace.projects.get(projectName)?.targets.get('build');
    if (!build) return;
    for (const options of [build.options ?? {}, ...Object.values(build.configurations ?? {})]) {
      if (!options) continue;
      for (const key of ['scripts', 'styles']) {
        const list = options[key];
        if (Array.isArray(list) && !list.every(keep)) options[key] = list.filter(keep);
      }
    }
  });
}
