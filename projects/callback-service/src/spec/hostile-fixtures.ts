// Shared pieces of the hardening specs (kept out of the package: tsconfig.lib.json excludes fixtures).

/** An API key long enough to be scrubbed wherever it shows up. */
export const HOSTILE_KEY = 'sk-live-7f3a9c21';

/** `{"0":{"0":…{"message": innermost}…}}`, built with a loop: deeper than any stack allows. */
export function nestedBody(levels: number, innermost: unknown = 'bottom'): object {
  let body: object = { message: innermost };
  for (let level = 0; level < levels; level++) body = { '0': body };
  return body;
}

/** How deep a value nests objects and arrays, measured with a loop (never overflows). */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item as object)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Whether `text` appears in any string (or property name) of a value, searched with a loop. */
export function containsText(value: unknown, text: string): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes(text)) return true;
      continue;
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (item instanceof Map) {
      for (const [key, entry] of item) stack.push(key, entry);
      continue;
    }
    for (const key of Object.getOwnPropertyNames(item)) {
      if (key.includes(text)) return true;
      const descriptor = Object.getOwnPropertyDescriptor(item, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
    }
    const cause: unknown = (item as { cause?: unknown }).cause;
    if (cause !== undefined) stack.push(cause);
  }
  return false;
}
