import { SchematicsException } from '@angular-devkit/schematics';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';

/** A piece of page JavaScript: a script file, or the body of an inline `<script>` of a page. */
export interface ScriptSource {
  /** The file it is in (a page for an inline script), as the summary names it. */
  file: string;
  /** The JavaScript itself. */
  text: string;
  /** Where `text` starts in `file`, to report line numbers of the file. */
  offset: number;
  /** The whole text of `file`, to turn offsets into line numbers. */
  fileText: string;
}

/** One `_genesys.widgets.<name>` value found in a script. */
export interface WidgetsEntry {
  /** The plugin's configuration namespace: `callback`, `webchat`, `main`, … */
  name: string;
  /** The value assigned to it. */
  value: ts.Expression;
  /** Where it was found. */
  source: ScriptSource;
}

/** What a script holds of the Widgets set-up. */
export interface WidgetsScript {
  /** The `_genesys.widgets.*` entries it assigns, in source order. */
  entries: WidgetsEntry[];
  /** True when the script does nothing but set `_genesys` (so it can go once migrated). */
  configOnly: boolean;
}

/** A JSON-compatible value read from an object literal, never evaluated. */
export type LiteralValue =
  string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

/** Thrown by readLiteral() at the first part of an expression that is not a plain literal. */
export class NotALiteralError extends Error {
  constructor(
    readonly node: ts.Node,
    reason: string,
  ) {
    super(reason);
  }
}

// Globals a page script reaches `_genesys` through.
const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);

/**
 * Reads the `_genesys.widgets` entries a script sets, with TypeScript's parser (the script is
 * never run): `window._genesys = { widgets: { callback: {…}, main: {…} } }`,
 * `window._genesys.widgets = {…}`, `window._genesys.widgets.callback = {…}` and
 * `var _genesys = {…}`. Throws a SchematicsException naming the file and line on a syntax
 * error, and on a callback option set by a separate assignment (`….callback.dataURL = …`),
 * which the migration could not carry over faithfully.
 */
export function readWidgetsScript(source: ScriptSource): WidgetsScript {
  const fileName = source.file.endsWith('.js') ? source.file : `${source.file}.js`;
  const { diagnostics = [] } = ts.transpileModule(source.text, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true },
  });
  const syntaxError = diagnostics.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntaxError) {
    throw new SchematicsException(
      `Could not parse the script at ${where(source, syntaxError.start ?? 0)}: ` +
        `${ts.flattenDiagnosticMessageText(syntaxError.messageText, ' ')} Nothing was changed.`,
    );
  }
  const parsed = ts.createSourceFile(
    fileName,
    source.text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const entries: WidgetsEntry[] = [];
  parsed.forEachChild(function walk(node) {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      collect(genesysPath(node.left), node.right);
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === '_genesys' &&
      node.initializer
    ) {
      collect([], node.initializer);
    }
    node.forEachChild(walk);
  });
  return { entries, configOnly: parsed.statements.every(setsGenesysOnly) };

  function collect(path: string[] | null, value: ts.Expression): void {
    if (!path) return;
    const [widgets, name, ...rest] = path;
    if (widgets === undefined) {
      const widgetsValue = propertyValue(value, 'widgets');
      if (widgetsValue) collectAll(widgetsValue);
    } else if (widgets !== 'widgets') {
      return;
    } else if (name === undefined) {
      collectAll(value);
    } else if (rest.length === 0) {
      entries.push({ name, value, source });
    } else if (name === 'callback') {
      throw new SchematicsException(
        `${where(source, value.getStart())} sets _genesys.widgets.callback.${rest.join('.')} ` +
          `on its own; the migration reads the callback options from one object literal. ` +
          `Move that value into the object and run it again. Nothing was changed.`,
      );
    }
  }

  function collectAll(widgets: ts.Expression): void {
    const object = unwrap(widgets);
    if (!ts.isObjectLiteralExpression(object)) return;
    for (const property of object.properties) {
      const name = property.name && propertyName(property.name);
      if (name !== null && name !== undefined && ts.isPropertyAssignment(property)) {
        entries.push({ name, value: property.initializer, source });
      }
    }
  }
}

/**
 * The plain value of an object literal (strings, numbers, booleans, null, arrays, nested
 * objects), built without running any of it; throws NotALiteralError at anything computed
 * (a variable, a call, a condition, a spread, a function) and at a `__proto__` key.
 */
export function readLiteral(node: ts.Expression): LiteralValue {
  const expression = unwrap(node);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return expression.text;
  }
  if (ts.isNumericLiteral(expression)) return Number(expression.text);
  if (
    ts.isPrefixUnaryExpression(expression) &&
    expression.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(expression.operand)
  ) {
    return -Number(expression.operand.text);
  }
  if (expression.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expression.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (expression.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.map((element) => readLiteral(element));
  }
  if (ts.isObjectLiteralExpression(expression)) {
    // Null prototype: keys are data, whatever they are called.
    const object = Object.create(null) as Record<string, LiteralValue>;
    for (const property of expression.properties) {
      const name = property.name && propertyName(property.name);
      if (!ts.isPropertyAssignment(property) || name === null || name === undefined) {
        throw new NotALiteralError(
          property,
          'a computed or shorthand property, a method or a spread',
        );
      }
      if (name === '__proto__') {
        throw new NotALiteralError(property, 'a __proto__ key');
      }
      object[name] = readLiteral(property.initializer);
    }
    return object;
  }
  throw new NotALiteralError(expression, `\`${expression.getText()}\`, which is computed`);
}

/** "file line N", for messages. */
export function where(source: ScriptSource, position: number): string {
  const upTo = source.fileText.slice(0, source.offset + position);
  return `${source.file} line ${upTo.split('\n').length}`;
}

/** The key of a property as written, or null when it is computed. */
export function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  return null;
}

/** The path below `_genesys` of `window._genesys.widgets.x`, `_genesys['widgets']`, …, else null. */
function genesysPath(node: ts.Expression): string[] | null {
  const path: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (ts.isPropertyAccessExpression(current)) {
      path.unshift(current.name.text);
      current = unwrap(current.expression);
    } else if (
      ts.isElementAccessExpression(current) &&
      ts.isStringLiteralLike(current.argumentExpression)
    ) {
      path.unshift(current.argumentExpression.text);
      current = unwrap(current.expression);
    } else {
      break;
    }
  }
  if (!ts.isIdentifier(current)) return null;
  if (GLOBAL_OBJECTS.has(current.text) && path[0] === '_genesys') return path.slice(1);
  return current.text === '_genesys' ? path : null;
}

function propertyValue(node: ts.Expression, key: string): ts.Expression | null {
  const object = unwrap(node);
  if (!ts.isObjectLiteralExpression(object)) return null;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) {
      return property.initializer;
    }
  }
  return null;
}

/** True for `window._genesys… = …` (also chained or `||` defaults) and `var _genesys = …`. */
function setsGenesysOnly(statement: ts.Statement): boolean {
  if (ts.isEmptyStatement(statement)) return true;
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.every(
      (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === '_genesys',
    );
  }
  if (!ts.isExpressionStatement(statement)) return false;
  let expression = unwrap(statement.expression);
  while (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    if (!genesysPath(expression.left)) return false;
    expression = unwrap(expression.right);
  }
  return expression !== unwrap(statement.expression);
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}
