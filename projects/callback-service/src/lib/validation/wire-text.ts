/**
 * Describes why `text` cannot go on the wire as `field` (in production builds: `''`), or
 * returns `null` when it can: a lone
 * UTF-16 surrogate (half of a pair) has no UTF-8 form, so neither a form body nor a
 * percent-encoded URL can carry it (encodeURIComponent throws a URIError on it).
 */
export function wireTextProblem(field: string, text: string): string | null {
  const at = loneSurrogateIndex(text);
  if (at === -1) return null;
  return ngDevMode
    ? `\`${field}\` holds a lone UTF-16 surrogate at index ${at} (half of a character pair), which cannot be sent.`
    : '';
}

/**
 * Describes why `text` cannot be one segment of a request path (a callback id, a service
 * name), in production builds as `''`, or returns `null`. Everything is percent-encoded, `/` included, except the dot
 * segments `.` and `..`, which URL resolution collapses: `cancel('..')` would be sent to the
 * collection of all services instead of one callback.
 */
export function pathSegmentProblem(field: string, text: string): string | null {
  if (text === '.' || text === '..') {
    return ngDevMode
      ? `\`${field}\` must not be ${JSON.stringify(text)}: in a URL path that segment would change the path itself.`
      : '';
  }
  return wireTextProblem(field, text);
}

// In a `u` regular expression a well-formed pair is one code point, so only a surrogate
// without its other half matches the surrogate range.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

function loneSurrogateIndex(text: string): number {
  return text.search(LONE_SURROGATE);
}
