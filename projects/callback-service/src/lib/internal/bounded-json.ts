/**
 * Deepest nesting of a server body that is kept. GMS and GES bodies are three or four levels
 * deep; anything deeper is either a bug or an attack.
 */
export const MAX_JSON_DEPTH = 64;

/** Most values (strings, numbers, objects…) of a server body that are kept. */
export const MAX_JSON_NODES = 100_000;

/** What stands in for the parts of a body beyond the bounds, or that could not be read. */
export const TRUNCATED_JSON = '[truncated]';

/** The result of {@link copyJsonBounded}. */
export interface BoundedJsonCopy {
  /** The copy, or the value itself when nothing had to change. */
  readonly value: unknown;
  /** Whether a string was rewritten or a part cut off (then `value` is a new copy). */
  readonly changed: boolean;
}

/**
 * Copies JSON-shaped data (plain objects, arrays, strings, numbers, booleans, `null`) within
 * bounds, so that no body can overflow the stack however deep it is (JSON.stringify
 * overflows somewhere past 10,000 levels, and inside an HttpClient callback that leaves the
 * call unsettled): the copy recurses at most {@link MAX_JSON_DEPTH} levels. Every string,
 * property names included, goes through `rewrite`. Nesting beyond {@link MAX_JSON_DEPTH} and
 * properties whose getters throw become {@link TRUNCATED_JSON}; after {@link MAX_JSON_NODES}
 * values one such marker ends the copy. Objects that are not plain (a `ProgressEvent`, a
 * `Date`) are kept as they are: the HTTP layer made them, not the server.
 *
 * The copy keeps `Object.prototype` but defines every key as an own data property, so a
 * `"__proto__"` key stays data (as `JSON.parse` leaves it) and never becomes a prototype.
 *
 * @example
 * ```ts
 * copyJsonBounded({ message: 'bad key k-123' }, (text) => text.replace('k-123', '…'));
 * // → { value: { message: 'bad key …' }, changed: true }
 * ```
 */
export function copyJsonBounded(
  value: unknown,
  rewrite: (text: string) => string = (text) => text,
): BoundedJsonCopy {
  let changed = false;
  let nodes = 0;
  let full = false;

  const copy = (entry: unknown, depth: number): unknown => {
    nodes++;
    if (typeof entry === 'string') {
      const text = rewrite(entry);
      if (text !== entry) changed = true;
      return text;
    }
    if (!isContainer(entry)) return entry;
    const keys = depth < MAX_JSON_DEPTH ? ownKeys(entry) : null;
    if (keys === null) {
      changed = true;
      return TRUNCATED_JSON;
    }
    const isArray = Array.isArray(entry);
    const target = (isArray ? [] : {}) as Record<string, unknown>;
    for (const key of keys) {
      // Once the size bound is reached, the copy ends at every level: the work stays
      // bounded, not just the depth.
      if (full) break;
      const name = isArray ? key : rewrite(key);
      if (name !== key) changed = true;
      if (nodes >= MAX_JSON_NODES) {
        defineOwn(target, name, TRUNCATED_JSON);
        changed = full = true;
        break;
      }
      let child: unknown;
      try {
        child = entry[key];
      } catch {
        changed = true;
        child = TRUNCATED_JSON;
      }
      defineOwn(target, name, copy(child, depth + 1));
    }
    return target;
  };

  const root = copy(value, 0);
  return { value: changed ? root : value, changed };
}

/**
 * Serialises JSON-shaped data like `JSON.stringify`, within the bounds of
 * {@link copyJsonBounded}: deeper parts are cut off, so the text is always produced.
 */
export function toBoundedJsonText(value: unknown): string {
  try {
    // The bounded copy is at most MAX_JSON_DEPTH levels deep: JSON.stringify is safe on it.
    return JSON.stringify(copyJsonBounded(value).value) ?? '';
  } catch {
    // Only an object kept as it is can still throw (a toJSON or a BigInt): no text then.
    return '';
  }
}

// An own data property even for "__proto__", which plain assignment would turn into a prototype.
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// Plain objects and arrays are walked; anything a getter or a Proxy trap throws on is cut.
function isContainer(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (Array.isArray(value)) return true;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return true; // walked like a plain object: whatever else throws on it is cut off
  }
}

function ownKeys(value: object): string[] | null {
  try {
    return Object.keys(value);
  } catch {
    return null;
  }
}
