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
  type WorkspaceDefinition,
} from '@schematics/angular/utility';
// The TypeScript copy that @schematics/angular itself parses with: always present next to the
// CLI, and the same version as the AST nodes addRootProvider() works on.
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';

/** Options of `ng add ngx-genesys-callback` (see schema.json). */
export interface NgAddOptions {
  /** The application to set up; default: the workspace's default project, else its first application. */
  project?: string;
  /** The callback service URL; default: a placeholder for the chosen API version. */
  dataURL?: string;
  /** The Genesys Callback API version; default `'v1'`. */
  apiVersion?: 'v1' | 'v3';
}

/** Placeholders written when `--data-url` is not given, one per API version. */
export const DATA_URL_PLACEHOLDERS = Object.freeze({
  v1: 'https://gms.example.com/genesys/1/service/callback/YOUR-SERVICE',
  v3: 'https://api.example.com/engagement/v3/callbacks',
});

const LIBRARY = 'ngx-genesys-callback';

/**
 * Adds `provideHttpClient()` (unless a `provideHttpClient(...)` call is already there) and
 * `provideCallback({...})` with placeholders to the root providers of a standalone application,
 * usually `app.config.ts`. A second run changes nothing. When the application has no
 * `bootstrapApplication()` config it can edit (NgModule apps), it logs the snippet to add by hand.
 *
 * @example
 * ```bash
 * ng add ngx-genesys-callback --project portal --api-version v3
 * ```
 */
export function ngAdd(options: NgAddOptions = {}): Rule {
  return async (tree: Tree, context: SchematicContext) => {
    const apiVersion = options.apiVersion ?? 'v1';
    if (apiVersion !== 'v1' && apiVersion !== 'v3') {
      throw new SchematicsException(`--api-version must be 'v1' or 'v3', got '${apiVersion}'.`);
    }
    const settings: CallbackSettings = {
      dataURL: checkDataUrl(options.dataURL ?? DATA_URL_PLACEHOLDERS[apiVersion]),
      apiVersion,
      placeholders: [
        ...(options.dataURL === undefined ? ['dataURL'] : []),
        ...(apiVersion === 'v3' ? ['apikey', 'serviceName'] : []),
      ],
    };
    const workspace = await readWorkspace(tree);
    const projectName = resolveProjectName(workspace, options.project);
    const project = workspace.projects.get(projectName) as ProjectDefinition;
    const { logger } = context;

    const mainFile = findMainFile(project);
    const root = mainFile && tree.exists(mainFile) ? findStandaloneRoot(tree, mainFile) : null;
    if (!root) {
      logger.warn(
        `ngx-genesys-callback: no standalone application config (bootstrapApplication() in ` +
          `${mainFile ?? `the build target of "${projectName}"`}) was found, so nothing was changed. ` +
          `Add these to your root providers by hand:\n\n` +
          manualSnippet(settings),
      );
      return undefined;
    }

    const rules: Rule[] = [];
    // Each new provider on its own line when the existing ones are, else on the same line.
    const lead = root.elementIndent === null ? '' : `\n${root.elementIndent}`;
    if (root.calls.has('provideHttpClient')) {
      logger.info(`Kept the existing provideHttpClient(...) in ${root.filePath}.`);
    } else {
      rules.push(
        addRootProvider(
          projectName,
          ({ code, external }) =>
            code`${lead}${external('provideHttpClient', '@angular/common/http')}()`,
        ),
      );
      logger.info(`Added provideHttpClient() to ${root.filePath}.`);
    }
    if (root.calls.has('provideCallback')) {
      logger.info(`provideCallback(...) is already in ${root.filePath}: left unchanged.`);
    } else {
      const config = configLiteral(settings, root.elementIndent ?? '');
      rules.push(
        addRootProvider(
          projectName,
          ({ code, external }) => code`${lead}${external('provideCallback', LIBRARY)}(${config})`,
        ),
      );
      logger.info(
        `Added provideCallback({ apiVersion: '${apiVersion}', ... }) to ${root.filePath}` +
          (settings.placeholders.length
            ? `: replace the TODO placeholder${settings.placeholders.length > 1 ? 's' : ''} ` +
              `(${settings.placeholders.join(', ')}).`
            : '.'),
      );
    }
    if (rules.length === 0) return undefined;
    return chain([...rules, tidyInsertions(root.filePath)]);
  };
}

/** The project asked for, else the workspace's default project, else its first application. */
function resolveProjectName(workspace: WorkspaceDefinition, requested: string | undefined): string {
  const applications = [...workspace.projects.entries()]
    .filter(([, project]) => project.extensions['projectType'] === 'application')
    .map(([name]) => name);
  const available = applications.length
    ? `Applications in this workspace: ${applications.join(', ')}.`
    : 'This workspace has no application; create one with `ng generate application`.';
  if (requested !== undefined) {
    const project = workspace.projects.get(requested);
    if (!project) {
      throw new SchematicsException(
        `Project "${requested}" does not exist in this workspace. ${available}`,
      );
    }
    if (project.extensions['projectType'] !== 'application') {
      throw new SchematicsException(
        `Project "${requested}" is not an application; ng add ${LIBRARY} sets up an application. ` +
          `Pick one with --project. ${available}`,
      );
    }
    return requested;
  }
  const defaultProject = workspace.extensions['defaultProject'];
  if (typeof defaultProject === 'string' && applications.includes(defaultProject)) {
    return defaultProject;
  }
  if (!applications[0]) throw new SchematicsException(`Nothing to set up. ${available}`);
  return applications[0];
}

/** The entry file of the build target: `browser` (application builder) or `main` (older builders). */
function findMainFile(project: ProjectDefinition): string | null {
  const options = project.targets.get('build')?.options ?? {};
  const entry = options['browser'] ?? options['main'];
  if (typeof entry === 'string') return posix.normalize(entry);
  return project.targets.has('build')
    ? posix.join(project.sourceRoot ?? posix.join(project.root, 'src'), 'main.ts')
    : null;
}

/** What addRootProvider() will edit, and what is there already. */
interface StandaloneRoot {
  /** The file that receives the providers: the app config's file, else the main file. */
  filePath: string;
  /** Names of the functions called in that file and in the main file. */
  calls: Set<string>;
  /** Indentation of the providers on their own lines, or null to insert on the same line. */
  elementIndent: string | null;
}

/**
 * Mirrors the cases addRootProvider() handles for a standalone app (config object inline,
 * imported from a relative file or declared in main.ts, or no config yet), so anything else
 * is reported instead of failing half-way.
 */
function findStandaloneRoot(tree: Tree, mainFile: string): StandaloneRoot | null {
  const main = parse(tree, mainFile);
  const bootstrap = findBootstrapCall(main);
  if (!bootstrap) return null;
  const configArg = bootstrap.arguments[1];
  let config: { filePath: string; node: ts.ObjectLiteralExpression } | null = null;
  if (configArg && ts.isObjectLiteralExpression(configArg)) {
    config = { filePath: mainFile, node: configArg };
  } else if (configArg && ts.isIdentifier(configArg)) {
    config = resolveConfigIdentifier(tree, main, mainFile, configArg.text);
    if (!config) return null;
  } else if (configArg && !isCallTo(configArg, 'mergeApplicationConfig')) {
    return null;
  }
  const calls = calledNames(main);
  const filePath = config?.filePath ?? mainFile;
  if (config && config.filePath !== mainFile) {
    calledNames(config.node.getSourceFile()).forEach((name) => calls.add(name));
  }
  return { filePath, calls, elementIndent: config ? elementIndent(config.node) : null };
}

function findBootstrapCall(source: ts.SourceFile): ts.CallExpression | null {
  let found: ts.CallExpression | null = null;
  source.forEachChild(function walk(node) {
    if (found) return;
    if (isCallTo(node, 'bootstrapApplication')) found = node;
    else node.forEachChild(walk);
  });
  return found;
}

function resolveConfigIdentifier(
  tree: Tree,
  main: ts.SourceFile,
  mainFile: string,
  name: string,
): { filePath: string; node: ts.ObjectLiteralExpression } | null {
  for (const statement of main.statements) {
    if (
      !ts.isImportDeclaration(statement) ||
      !ts.isStringLiteralLike(statement.moduleSpecifier) ||
      !statement.moduleSpecifier.text.startsWith('.') ||
      !statement.importClause?.namedBindings ||
      !ts.isNamedImports(statement.importClause.namedBindings)
    ) {
      continue;
    }
    for (const element of statement.importClause.namedBindings.elements) {
      if (element.name.text !== name) continue;
      // Same resolution as addRootProvider(): the relative specifier plus '.ts'.
      const filePath = posix.join(posix.dirname(mainFile), `${statement.moduleSpecifier.text}.ts`);
      if (!tree.exists(filePath)) return null;
      const node = findObjectVariable(
        parse(tree, filePath),
        (element.propertyName ?? element.name).text,
      );
      return node ? { filePath, node } : null;
    }
  }
  const node = findObjectVariable(main, name);
  return node ? { filePath: mainFile, node } : null;
}

function findObjectVariable(
  source: ts.SourceFile,
  name: string,
): ts.ObjectLiteralExpression | null {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === name &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(declaration.initializer)
      ) {
        return declaration.initializer;
      }
    }
  }
  return null;
}

/** Indentation of the first provider when each provider sits on its own line, else null. */
function elementIndent(config: ts.ObjectLiteralExpression): string | null {
  const source = config.getSourceFile();
  for (const property of config.properties) {
    if (
      !ts.isPropertyAssignment(property) ||
      !ts.isIdentifier(property.name) ||
      property.name.text !== 'providers' ||
      !ts.isArrayLiteralExpression(property.initializer)
    ) {
      continue;
    }
    const first = property.initializer.elements[0];
    if (!first) return null;
    const { line } = source.getLineAndCharacterOfPosition(first.getStart());
    const arrayLine = source.getLineAndCharacterOfPosition(property.initializer.getStart()).line;
    if (line === arrayLine) return null;
    const lineText = source.text.slice(source.getPositionOfLineAndCharacter(line, 0));
    return /^[ \t]*/.exec(lineText)?.[0] ?? null;
  }
  return null;
}

function calledNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  source.forEachChild(function walk(node) {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee)) names.add(callee.text);
      else if (ts.isPropertyAccessExpression(callee)) names.add(callee.name.text);
    }
    node.forEachChild(walk);
  });
  return names;
}

function isCallTo(node: ts.Node, name: string): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name
  );
}

function parse(tree: Tree, filePath: string): ts.SourceFile {
  return ts.createSourceFile(filePath, tree.readText(filePath), ts.ScriptTarget.Latest, true);
}

/**
 * addRootProvider() joins a new element with ', ', which leaves a trailing space when the
 * element starts on a new line; remove it only in front of the providers added here.
 */
function tidyInsertions(filePath: string): Rule {
  return (tree: Tree) => {
    const text = tree.readText(filePath);
    const tidy = text.replace(/, (\r?\n[ \t]*(?:provideHttpClient|provideCallback)\w*\()/g, ',$1');
    if (tidy !== text) tree.overwrite(filePath, tidy);
  };
}

/** What goes into provideCallback({...}). */
interface CallbackSettings {
  dataURL: string;
  apiVersion: 'v1' | 'v3';
  /** Options left as placeholders, named in the TODO comment. */
  placeholders: string[];
}

/** The object literal given to provideCallback(), indented one level below `base`. */
function configLiteral(
  { dataURL, apiVersion, placeholders }: CallbackSettings,
  base: string,
): string {
  const lines = [`dataURL: ${quote(dataURL)},`, `apiVersion: '${apiVersion}',`];
  if (apiVersion === 'v3') lines.push(`apikey: 'YOUR-API-KEY',`, `serviceName: 'YOUR-SERVICE',`);
  if (placeholders.length) {
    const noun = placeholders.length > 1 ? 'placeholders' : 'placeholder';
    lines.unshift(
      `// TODO: replace ${noun} ${placeholders.join(', ')} with your own Genesys settings.`,
    );
  }
  return `{\n${lines.map((line) => `${base}  ${line}`).join('\n')}\n${base}}`;
}

function manualSnippet(settings: CallbackSettings): string {
  return [
    `import { provideHttpClient } from '@angular/common/http';`,
    `import { provideCallback } from '${LIBRARY}';`,
    ``,
    `providers: [`,
    `  provideHttpClient(),`,
    `  provideCallback(${configLiteral(settings, '  ')}),`,
    `]`,
  ].join('\n');
}

function checkDataUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new SchematicsException(
      `--data-url must be an absolute http: or https: URL, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
