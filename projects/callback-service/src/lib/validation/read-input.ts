import { describeValue } from '../internal/describe-value';
import { invalidRequest } from './request-errors';

/**
 * Reads the caller's request or query object once, field by field, into a null-prototype
 * record: validation then works on plain values, and a getter or a Proxy trap that throws is
 * refused naming the field it belongs to, instead of escaping as a raw error.
 *
 * @param what `request` or `query`: the field named when the object as a whole is unusable.
 * @param needs how the calling method describes what it needs, for the message; pass it as
 * `ngDevMode && '…'` (production messages name only the field).
 * @throws {CallbackError} `INVALID_REQUEST` for a value that is not a non-array object, or
 * whose keys or fields cannot be read.
 */
export function readOwnFields(
  value: unknown,
  what: string,
  needs: string | false | null,
): Record<string, unknown> {
  let keys: string[] | null = null;
  try {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      keys = Object.keys(value);
    }
  } catch {
    throw invalidRequest(
      what,
      ngDevMode && `The ${what} could not be read: listing its fields threw.`,
    );
  }
  if (keys === null) {
    throw invalidRequest(what, ngDevMode && `${needs}, got ${describeValue(value)}.`);
  }
  const fields: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    try {
      fields[key] = (value as Record<string, unknown>)[key];
    } catch {
      throw invalidRequest(key, ngDevMode && `\`${key}\` could not be read: its getter threw.`);
    }
  }
  return fields;
}
