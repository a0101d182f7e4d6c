/**
 * Path patterns for fault injection, matched without backtracking blow-ups: a pattern is a
 * list of `/`-separated segments where `*` inside a segment stands for any run of characters
 * but `/`, and a segment that is exactly `**` stands for any number of whole segments (none
 * included). The whole path must match.
 *
 * A regular expression was used before; `^/(a+)+$` then took seconds per request on the
 * event loop, which also blocked the admin call meant to disarm it. Both levels here use
 * the two-pointer wildcard algorithm, whose cost is at most the product of the lengths.
 *
 * ```ts
 * const glob = PathGlob.parse('/genesys/1/service/callback/*');
 * glob.matches('/genesys/1/service/callback/customer-care'); // true
 * glob.matches('/genesys/1/service/callback/customer-care/availability'); // false
 * ```
 */
export class PathGlob {
  private constructor(
    /** The pattern as given. */
    readonly source: string,
    private readonly segments: readonly string[],
  ) {}

  /** Parses a pattern; returns `null` when it does not start with `/`. */
  static parse(source: string): PathGlob | null {
    if (!source.startsWith('/')) return null;
    return new PathGlob(source, source.slice(1).split('/'));
  }

  /** Whether `pathname` (starting with `/`) matches the whole pattern. */
  matches(pathname: string): boolean {
    if (!pathname.startsWith('/')) return false;
    return wildcardMatch(
      pathname.slice(1).split('/'),
      this.segments,
      (segment) => segment === '**',
      (segment, pattern) => segmentMatches(segment, pattern),
    );
  }
}

// One segment against a segment pattern, character by character; `*` is the wildcard.
function segmentMatches(segment: string, pattern: string): boolean {
  if (!pattern.includes('*')) return segment === pattern;
  return wildcardMatch(
    segment,
    pattern,
    (char) => char === '*',
    (char, expected) => char === expected,
  );
}

/**
 * Classic wildcard matching over any indexable sequence: on a mismatch it returns to the
 * last wildcard only, letting it absorb one more item. Each wildcard supersedes the one
 * before it, so the work stays within `items.length × pattern.length` steps.
 */
function wildcardMatch<T>(
  items: ArrayLike<T>,
  pattern: ArrayLike<T>,
  isWildcard: (item: T) => boolean,
  itemMatches: (item: T, expected: T) => boolean,
): boolean {
  let item = 0;
  let next = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (item < items.length) {
    const expected = next < pattern.length ? pattern[next] : undefined;
    if (expected !== undefined && isWildcard(expected)) {
      starAt = next++;
      resumeAt = item;
    } else if (expected !== undefined && itemMatches(items[item] as T, expected)) {
      item++;
      next++;
    } else if (starAt >= 0) {
      next = starAt + 1;
      item = ++resumeAt;
    } else {
      return false;
    }
  }
  while (next < pattern.length && isWildcard(pattern[next] as T)) next++;
  return next === pattern.length;
}
