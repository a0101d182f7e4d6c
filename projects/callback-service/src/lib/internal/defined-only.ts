/**
 * Drops the `undefined` entries of an object, so optional fields are absent rather than
 * present-but-undefined (clean `toEqual`, clean JSON, no `"key": undefined` on the wire).
 */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
