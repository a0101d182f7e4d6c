const MAX_SHOWN_CHARS = 80;

/**
 * Renders a bad input for an error message: strings quoted and cut short, other values by
 * their JSON or type, so messages name the bad value without dumping large objects. Never
 * throws, whatever getters or Proxy traps the value has.
 */
export function describeValue(value: unknown): string {
  try {
    return describe(value);
  } catch {
    return 'a value that cannot be read';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  return `a value of type ${typeof value}`;
}

function truncate(text: string): string {
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
}
