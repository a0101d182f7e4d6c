import type { CallbackErrorCode } from '../errors/callback-error';
import { describeValue } from '../internal/describe-value';
import type { CallbackUserData, CallbackUserDataValue } from '../models/user-data';
import { invalidConfig, invalidRequest } from './request-errors';
import { wireTextProblem } from './wire-text';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
// The v1 wire keys of the booking itself: they come from validated fields, never from
// attached data (GMS reads top-level fields, so user data could otherwise replace them).
// `_call_direction` is not one: like the other GMS options, a call may set it.
const RESERVED_KEYS: ReadonlySet<string> = new Set(['_customer_number', '_desired_time']);
/** How many keys attached data may have (per call, and in the config). */
export const MAX_USER_DATA_KEYS = 100;

/**
 * Checks attached data and copies it into a frozen null-prototype object, so that neither a
 * `__proto__` key (as `JSON.parse` creates it) nor a later merge can reach `Object.prototype`.
 *
 * @param field name used in error messages (`userData`).
 * @param code `INVALID_CONFIG` for the config, `INVALID_REQUEST` for a call.
 */
export function sanitizeUserData(
  value: unknown,
  field: string,
  code: Extract<CallbackErrorCode, 'INVALID_CONFIG' | 'INVALID_REQUEST'>,
): CallbackUserData {
  const clean: Record<string, CallbackUserDataValue> = Object.create(null);
  if (value === undefined || value === null) return Object.freeze(clean);
  // Attached data is a bag of the caller's own keys: a config message names the key or value
  // (`shown`) even in production, as every config message names the bad value.
  const fail = (shown: string, detail: string | false | null) =>
    code === 'INVALID_CONFIG' ? invalidConfig(field, shown, detail) : invalidRequest(field, detail);
  // The caller's object is read once, guarded: a getter or Proxy trap that throws is refused.
  let keys: string[] | null;
  try {
    keys = isPlainObject(value) ? Object.keys(value) : null;
  } catch {
    throw fail(
      'unreadable',
      ngDevMode && `\`${field}\` could not be read: listing its keys threw.`,
    );
  }
  if (keys === null) {
    throw fail(
      describeValue(value),
      ngDevMode &&
        `\`${field}\` must be a plain object of string, number or boolean values, got ${describeValue(value)}.`,
    );
  }
  if (keys.length > MAX_USER_DATA_KEYS) {
    throw fail(
      `of ${keys.length} keys`,
      ngDevMode &&
        `\`${field}\` has ${keys.length} keys; at most ${MAX_USER_DATA_KEYS} are allowed.`,
    );
  }
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw fail(
        `key ${JSON.stringify(key)}`,
        ngDevMode &&
          `\`${field}\` must not contain the key ${JSON.stringify(key)} (prototype pollution guard).`,
      );
    }
    if (RESERVED_KEYS.has(key)) {
      throw fail(
        `key ${JSON.stringify(key)}`,
        ngDevMode &&
          `\`${field}\` must not contain ${JSON.stringify(key)}: set the booking's own field instead.`,
      );
    }
    if (!isUserDataKey(key)) {
      throw fail(
        `key ${describeValue(key)}`,
        ngDevMode &&
          `\`${field}\` keys must be identifiers (letters, digits, _ and $), got ${describeValue(key)}.`,
      );
    }
    let entry: unknown;
    try {
      entry = (value as Record<string, unknown>)[key];
    } catch {
      throw fail(
        `key ${JSON.stringify(key)} unreadable`,
        ngDevMode && `\`${field}.${key}\` could not be read: its getter threw.`,
      );
    }
    if (!isUserDataValue(entry)) {
      throw fail(
        `${key}: ${describeValue(entry)}`,
        ngDevMode &&
          `\`${field}.${key}\` must be a string, a boolean or a number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}, got ${describeValue(entry)}.`,
      );
    }
    const problem = typeof entry === 'string' ? wireTextProblem(`${field}.${key}`, entry) : null;
    if (problem !== null) throw fail(`${key}: ${describeValue(entry)}`, ngDevMode && problem);
    clean[key] = entry;
  }
  return Object.freeze(clean);
}

/**
 * Merges attached data layers into one frozen null-prototype object, later layers winning.
 * The layers must already be sanitised.
 */
export function mergeUserData(...layers: readonly CallbackUserData[]): CallbackUserData {
  const merged: Record<string, CallbackUserDataValue> = Object.create(null);
  for (const layer of layers) {
    for (const key of Object.keys(layer)) merged[key] = layer[key] as CallbackUserDataValue;
  }
  return Object.freeze(merged);
}

function isPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Returns whether `key` has the shape of an attached-data key: an identifier (letters, digits, `_`, `$`). */
export function isUserDataKey(key: string): boolean {
  return IDENTIFIER.test(key);
}

/**
 * Returns whether `value` may be an attached-data value: a string, a boolean, or a number within
 * ±(2^53 − 1). Larger numbers are not exact and print as `1e+21`, which no server reads as the
 * number the caller meant.
 */
export function isUserDataValue(value: unknown): value is CallbackUserDataValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Math.abs(value) <= Number.MAX_SAFE_INTEGER)
  );
}
