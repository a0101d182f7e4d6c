import { posix } from 'node:path';
import type { Tree } from '@angular-devkit/schematics';
import type { ProjectDefinition } from '@schematics/angular/utility';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import { blankOut } from './legacy-usage.cjs';
import { findPageTags, isGenesysFile, isJavaScript, tagUrl, type PageTag } from './page-tags.cjs';
import {
  readWidgetsScript,
  type ScriptSource,
  type WidgetsEntry,
  type WidgetsScript,
} from './widgets-config-reader.cjs';

/** A page of the app (its `index.html`) and its `<script>`/`<link>` tags. */
export interface Page {
  path: string;
  /** The build configuration whose `index` this page is, or null for the build's own. */
  configuration: string | null;
  html: string;
  tags: PageTag[];
}

/** A script that sets part of `_genesys`, and how the app loads it. */
export interface ConfigScript extends WidgetsScript {
  source: ScriptSource;
  /** How it is loaded: inline in a page, a `<script src>` of a page, or angular.json `scripts`. */
  loadedBy:
    | { kind: 'inline'; page: Page; tag: PageTag }
    | { kind: 'page'; page: Page; tag: PageTag }
    | { kind: 'build'; entry: string };
}

/** Everything of the Widgets set-up the migration found in an application. */
export interface WidgetsSetup {
  pages: Page[];
  configScripts: ConfigScript[];
  /** All `_genesys.widgets.*` entries, in the order the pages load them. */
  entries: WidgetsEntry[];
  /** Genesys' own tags in the pages: its files (bundle, bus, plugins, CSS) and inline CXBus loaders. */
  genesysTags: { page: Page; tag: PageTag }[];
  /** The app's own script files that its pages and angular.json `scripts` load. */
  loadedScriptFiles: string[];
  /** Genesys files listed in angular.json `scripts`/`styles`. */
  genesysBuildFiles: string[];
  /** Where the app's asset folders are, and under which URL path each is served. */
  assetFolders: AssetFolder[];
}

/** A folder copied into the build (angular.json `assets`), and its URL path ('' for the root). */
export interface AssetFolder {
  input: string;
  output: string;
}

/**
 * Reads the Widgets set-up of an application: its index page(s) (the build target's `index`,
 * also `index` overrides of its configurations), their inline and local scripts, and the files
 * in angular.json `scripts`. A script that mentions `_genesys` but does not parse stops the
 * migration (readWidgetsScript throws).
 */
export function readWidgetsSetup(tree: Tree, project: ProjectDefinition): WidgetsSetup {
  const build = project.targets.get('build');
  const options = build?.options ?? {};
  const sourceRoot = project.sourceRoot ?? posix.join(project.root, 'src');
  const assetFolders = readAssetFolders(tree, options['assets'], sourceRoot);
  // The base index page, then those build configurations swap in (one per environment).
  const pagePaths = new Map<string, string | null>();
  const baseIndex = indexPath(options['index']) ?? posix.join(sourceRoot, 'index.html');
  pagePaths.set(posix.normalize(baseIndex), null);
  for (const [configuration, configOptions] of Object.entries(build?.configurations ?? {})) {
    const path = indexPath(configOptions?.['index']);
    if (path && !pagePaths.has(posix.normalize(path)))
      pagePaths.set(posix.normalize(path), configuration);
  }
  const setup: WidgetsSetup = {
    pages: [],
    configScripts: [],
    entries: [],
    genesysTags: [],
    genesysBuildFiles: [],
    loadedScriptFiles: [],
    assetFolders,
  };
  for (const [path, configuration] of pagePaths) {
    if (!tree.exists(path)) continue;
    const html = tree.readText(path);
    const page: Page = { path, configuration, html, tags: findPageTags(html) };
    setup.pages.push(page);
    for (const tag of page.tags) {
      const url = tagUrl(tag);
      if (url !== null && isGenesysFile(url)) {
        setup.genesysTags.push({ page, tag });
      } else if (isJavaScript(tag) && url === null && isInlineCxBusLoader(tag.body)) {
        setup.genesysTags.push({ page, tag });
      } else if (isJavaScript(tag) && url === null) {
        const source = { file: path, text: tag.body, offset: tag.bodyStart, fileText: html };
        addScript(setup, source, { kind: 'inline', page, tag });
      } else if (isJavaScript(tag) && url !== null) {
        const file = resolveLocalUrl(tree, url, path, assetFolders);
        if (file) {
          setup.loadedScriptFiles.push(file);
          addScript(setup, fileSource(tree, file), { kind: 'page', page, tag });
        }
      }
    }
  }
  for (const key of ['scripts', 'styles']) {
    for (const entry of buildFileEntries(options[key])) {
      if (isGenesysFile(entry)) setup.genesysBuildFiles.push(entry);
      else if (key === 'scripts' && tree.exists(entry)) {
        setup.loadedScriptFiles.push(entry);
        addScript(setup, fileSource(tree, entry), { kind: 'build', entry });
      }
    }
  }
  return setup;
}

/**
 * The app's files to look through for uses of the bus (path → text): TypeScript, JavaScript
 * and HTML under the source root, the scripts its pages and angular.json load, and the pages
 * themselves with Genesys' own tags blanked out (the lazy-mode loader calls `CXBus` too).
 */
export function scannedAppFiles(
  tree: Tree,
  project: ProjectDefinition,
  setup: WidgetsSetup,
): Map<string, string> {
  const files = new Map<string, string>();
  const root = project.sourceRoot ?? posix.join(project.root, 'src');
  tree.getDir(root || '/').visit((path) => {
    if (/\/(?:node_modules|dist|\.angular)\//.test(path)) return;
    if (/\.(?:[cm]?[jt]s|html)$/.test(path))
      files.set(path.replace(/^\//, ''), tree.readText(path));
  });
  for (const file of setup.loadedScriptFiles) files.set(file, tree.readText(file));
  for (const page of setup.pages) {
    const genesys = setup.genesysTags.filter((found) => found.page === page).map(({ tag }) => tag);
    files.set(page.path, blankOut(page.html, genesys));
  }
  return files;
}

function addScript(
  setup: WidgetsSetup,
  source: ScriptSource,
  loadedBy: ConfigScript['loadedBy'],
): void {
  if (!source.text.includes('_genesys')) return;
  const script = readWidgetsScript(source);
  if (script.entries.length === 0) return;
  setup.configScripts.push({ ...script, source, loadedBy });
  setup.entries.push(...script.entries);
}

function fileSource(tree: Tree, file: string): ScriptSource {
  const text = tree.readText(file);
  return { file, text, offset: 0, fileText: text };
}

/**
 * `CXBus.configure({…}); CXBus.loadPlugin('widgets-core');`: the inline loader of the Widgets
 * lazy mode, which goes with the Genesys files.
 */
function isInlineCxBusLoader(body: string): boolean {
  const source = ts.createSourceFile(
    'loader.js',
    body,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  return (
    source.statements.length > 0 &&
    source.statements.every(
      (statement) =>
        ts.isExpressionStatement(statement) &&
        ts.isCallExpression(statement.expression) &&
        /^(?:window\.)?CXBus\.(?:configure|loadPlugin|loadFile)$/.test(
          statement.expression.expression.getText(),
        ),
    )
  );
}

/** A page URL (`genesys-config.js`, `/assets/genesys.js`) as a file of the tree, else null. */
function resolveLocalUrl(
  tree: Tree,
  url: string,
  pagePath: string,
  folders: AssetFolder[],
): string | null {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return null;
  const path = decodeURI(url.split(/[?#]/)[0] ?? '');
  const candidates: string[] = [];
  if (!path.startsWith('/')) candidates.push(posix.join(posix.dirname(pagePath), path));
  const relative = path.replace(/^\/+/, '');
  for (const { input, output } of folders) {
    if (output === '') candidates.push(posix.join(input, relative));
    else if (relative.startsWith(`${output}/`)) {
      candidates.push(posix.join(input, relative.slice(output.length + 1)));
    }
  }
  return candidates.find((candidate) => tree.exists(candidate)) ?? null;
}

function indexPath(index: unknown): string | null {
  if (typeof index === 'string') return index;
  if (index && typeof index === 'object' && 'input' in index && typeof index.input === 'string') {
    return index.input;
  }
  return null;
}

function buildFileEntries(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((entry: unknown) =>
      typeof entry === 'string'
        ? entry
        : entry && typeof entry === 'object' && 'input' in entry && typeof entry.input === 'string'
          ? entry.input
          : null,
    )
    .filter((entry): entry is string => entry !== null);
}

function readAssetFolders(tree: Tree, assets: unknown, sourceRoot: string): AssetFolder[] {
  if (!Array.isArray(assets)) return [];
  const folders: AssetFolder[] = [];
  for (const asset of assets as unknown[]) {
    if (typeof asset === 'string') {
      // A string asset is copied under its path relative to the source root ('src/assets' → 'assets').
      if (tree.exists(asset)) continue; // a single file, e.g. favicon.ico
      folders.push({ input: asset, output: posix.relative(sourceRoot, asset) });
    } else if (
      asset &&
      typeof asset === 'object' &&
      'input' in asset &&
      typeof asset.input === 'string'
    ) {
      const output = 'output' in asset && typeof asset.output === 'string' ? asset.output : '';
      folders.push({ input: asset.input, output: output.replace(/^\/+|\/+$/g, '') });
    }
  }
  return folders;
}
