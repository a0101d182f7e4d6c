import { posix } from 'node:path';
import { SchematicsException, type Rule, type Tree } from '@angular-devkit/schematics';
import {
  addRootProvider,
  type ProjectDefinition,
  type WorkspaceDefinition,
} from '@schematics/angular/utility';
// The TypeScript copy that @schematics/angular itself parses with: always present next to the
// CLI, and the same version as the AST nodes addRootProvider() works on.
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';

/** The package name, as imported by the code the schematics write. */
export const LIBRARY = 'ngx-genesys-callback';

/**
 * The project asked for, else the workspace's default project, else its first application.
 * `command` names the command in the message for a library (`ng add ngx-genesys-callback`).
 */
export function resolveProjectName(
  workspace: WorkspaceDefinition,
  requested: string | undefined,
  command: string,
): string {
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
        `Project "${requested}" is not an application; ${command} sets up an application. ` +
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
export function findMainFile(project: ProjectDefinition): string | null {
  const options = project.targets.get('build')?.options ?? {};
  const entry = options['browser'] ?? options['main'];
  if (typeof entry === 'string') return posix.normalize(entry);
  return project.targets.has('build')
    ? posix.join(project.sourceRoot ?? posix.join(project.root, 'src'), 'main.ts')
    : null;
}

/** What addRootProvider() will edit, and what is there already. */
export interface StandaloneRoot {
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
 * is reported instead of failing half-way. Null when the main file is missing or has none.
 */
export function findStandaloneRoot(tree: Tree, mainFile: string | null): StandaloneRoot | null {
  if (!mainFile || !tree.exists(mainFile)) return null;
  const main = parseTypeScript(tree, mainFile);
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

/**
 * The rule adding `provideHttpClient()` to the root providers, or null when a
 * `provideHttpClient(...)` call is there already; `log` receives the sentence to print.
 */
export function addHttpClientProvider(
  projectName: string,
  root: StandaloneRoot,
  log: (message: string) => void,
): Rule | null {
  if (root.calls.has('provideHttpClient')) {
    log(`Kept the existing provideHttpClient(...) in ${root.filePath}.`);
    return null;
  }
  log(`Added provideHttpClient() to ${root.filePath}.`);
  const lead = providerLead(root);
  return addRootProvider(
    projectName,
    ({ code, external }) => code`${lead}${external('provideHttpClient', '@angular/common/http')}()`,
  );
}

/** What goes in front of a new provider: its own line when the existing ones are, else nothing. */
export function providerLead(root: StandaloneRoot): string {
  return root.elementIndent === null ? '' : `\n${root.elementIndent}`;
}

/**
 * addRootProvider() joins a new element with ', ', which leaves a trailing space when the
 * element starts on a new line; remove it only in front of the providers these schematics add.
 */
export function tidyInsertions(filePath: string): Rule {
  return (tree: Tree) => {
    const text = tree.readText(filePath);
    const tidy = text.replace(/, (\r?\n[ \t]*(?:provideHttpClient|provideCallback)\w*\()/g, ',$1');
    if (tidy !== text) tree.overwrite(filePath, tidy);
  };
}

/** A single-quoted TypeScript string literal of `value`. */
export function quote(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')}'`;
}

/** Parses a TypeScript (or, with `kind`, JavaScript) file of the tree, with parent links. */
export function parseTypeScript(
  tree: Tree,
  filePath: string,
  kind: ts.ScriptKind = ts.ScriptKind.TS,
): ts.SourceFile {
  return ts.createSourceFile(filePath, tree.readText(filePath), ts.ScriptTarget.Latest, true, kind);
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
        parseTypeScript(tree, filePath),
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
