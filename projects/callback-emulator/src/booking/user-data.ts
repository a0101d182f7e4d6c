import { ApiError, quote } from '../http/api-error.js';
import { FORBIDDEN_KEYS } from '../http/body-parsing.js';
import type { UserData } from './booking-record.js';

const MAX_DEPTH = 4;
const MAX_KEYS = 200;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Rules for the keys of attached data. */
export interface UserDataRules {
  /**
   * Whether keys must be JavaScript identifiers. GES documents that other keys are ignored;
   * GMS keeps any key.
   */
  readonly identifierKeys: boolean;
}

/**
 * Copies attached data into a plain object: forbidden keys (`__proto__`, `constructor`,
 * `prototype`) are dropped, and so are non-identifier keys when the rules ask for it. Values
 * may be JSON values nested at most four levels; deeper or bigger data is `invalid-parameter`.
 *
 * ```ts
 * sanitizeUserData({ firstname: 'Ann', 'bad key': 1 }, 'userData', { identifierKeys: true });
 * // { firstname: 'Ann' }
 * ```
 */
export function sanitizeUserData(raw: unknown, field: string, rules: UserDataRules): UserData {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ApiError(
      'invalid-parameter',
      `${field} must be an object of named values, got ${quote(raw)}.`,
    );
  }
  const result: UserData = {};
  const entries = Object.entries(raw);
  if (entries.length > MAX_KEYS)
    throw new ApiError('invalid-parameter', `${field} has more than ${MAX_KEYS} keys.`);
  for (const [key, value] of entries) {
    if (FORBIDDEN_KEYS.has(key) || (rules.identifierKeys && !IDENTIFIER.test(key))) continue;
    result[key] = copyValue(value, `${field}.${key}`, 1);
  }
  return result;
}

function copyValue(value: unknown, path: string, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new ApiError('invalid-parameter', `${path} must be a finite number.`);
    return value;
  }
  if (typeof value !== 'object') {
    throw new ApiError('invalid-parameter', `${path} must be a JSON value.`);
  }
  if (depth >= MAX_DEPTH)
    throw new ApiError('invalid-parameter', `${path} nests deeper than ${MAX_DEPTH} levels.`);
  if (Array.isArray(value))
    return value.map((item, index) => copyValue(item, `${path}[${index}]`, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!FORBIDDEN_KEYS.has(key)) copy[key] = copyValue(item, `${path}.${key}`, depth + 1);
  }
  return copy;
}

/** Reads a scalar body field as text: strings trimmed of nothing, numbers stringified. */
export function textField(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new ApiError('invalid-parameter', `${field} must be a string, got ${quote(value)}.`);
}
