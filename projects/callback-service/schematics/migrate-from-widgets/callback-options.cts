import { SchematicsException } from '@angular-devkit/schematics';
import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import { quote } from '../shared/standalone-app.cjs';
import {
  NotALiteralError,
  propertyName,
  readLiteral,
  where,
  type LiteralValue,
  type WidgetsEntry,
} from './widgets-config-reader.cjs';

/**
 * The `_genesys.widgets.callback` options `provideCallback()` takes (the `CallbackConfig`
 * names). The others there (`form`, custom templates, …) belong to Genesys' Callback form.
 */
export const PROVIDE_CALLBACK_OPTIONS: readonly string[] = Object.freeze([
  'dataURL',
  'apiVersion',
  'apikey',
  'serviceName',
  'userData',
  'ajaxTimeout',
  'callDirection',
  'timezone',
  'countryCodes',
  'immediateCallback',
  'scheduledCallback',
]);

/** What the migration copies from `_genesys.widgets.callback`, and what it leaves. */
export interface CallbackOptions {
  /** The options for `provideCallback()`, in source order, read as plain values. */
  values: Record<string, LiteralValue>;
  /** Keys of the object that `provideCallback()` has no use for. */
  leftOut: string[];
  /** Where the object is, for the summary ("src/index.html line 12"). */
  location: string;
}

/**
 * Reads the `provideCallback()` options of a `_genesys.widgets.callback` entry. Refuses, naming
 * the option and its place, when the entry is not an object literal, when an option it copies
 * is computed (a variable, a call, a condition: copying it would change what it means), and
 * when `dataURL` is missing.
 */
export function readCallbackOptions(entry: WidgetsEntry): CallbackOptions {
  const location = where(entry.source, entry.value.getStart());
  const object = entry.value;
  if (!ts.isObjectLiteralExpression(object)) {
    throw new SchematicsException(
      `_genesys.widgets.callback at ${location} is computed, not an object literal, so the ` +
        `migration cannot read its options. Nothing was changed.`,
    );
  }
  const values = Object.create(null) as Record<string, LiteralValue>;
  const leftOut: string[] = [];
  for (const property of object.properties) {
    const name = property.name ? propertyName(property.name) : null;
    if (name === null || !PROVIDE_CALLBACK_OPTIONS.includes(name)) {
      if (name !== null) leftOut.push(name);
      else if (!ts.isMethodDeclaration(property) && !ts.isAccessor(property)) {
        throw refuse(property, `a spread or computed key hides which options it sets`);
      }
      continue;
    }
    if (!ts.isPropertyAssignment(property)) {
      throw refuse(property, `option ${name} is not a plain \`${name}: value\``);
    }
    try {
      values[name] = readLiteral(property.initializer);
    } catch (error) {
      if (!(error instanceof NotALiteralError)) throw error;
      // The source of a computed key is not shown: it may well hold the key itself.
      const what = name === 'apikey' ? 'a computed value' : error.message;
      throw refuse(error.node, `option ${name} holds ${what}`);
    }
  }
  if (typeof values['dataURL'] !== 'string') {
    throw new SchematicsException(
      `_genesys.widgets.callback at ${location} has no dataURL string; provideCallback() needs ` +
        `the callback service URL. Add it there and run this again. Nothing was changed.`,
    );
  }
  return { values, leftOut, location };

  function refuse(node: ts.Node, what: string): SchematicsException {
    return new SchematicsException(
      `In _genesys.widgets.callback at ${where(entry.source, node.getStart())}, ${what}. ` +
        `The migration copies only plain values (strings, numbers, booleans, arrays and ` +
        `objects of them); write it as one, or move this option to provideCallback() by hand. ` +
        `Nothing was changed.`,
    );
  }
}

/** True when two option sets hold the same values (the key order aside). */
export function sameOptions(a: CallbackOptions, b: CallbackOptions): boolean {
  return canonicalJson(a.values) === canonicalJson(b.values);
}

/** `value` as TypeScript source: an object literal one option per line, indented below `base`. */
export function formatLiteral(value: LiteralValue, base: string): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${base}  `;
  if (Array.isArray(value)) {
    return `[${value.map((item) => formatLiteral(item, base)).join(', ')}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const lines = keys.map((key) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
    return `${inner}${name}: ${formatLiteral(value[key] ?? null, inner)},`;
  });
  return `{\n${lines.join('\n')}\n${base}}`;
}

function canonicalJson(value: LiteralValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
}
