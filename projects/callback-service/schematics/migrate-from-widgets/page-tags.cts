import { posix } from 'node:path';
import { GENESYS_PLUGINS } from './widgets-plugins.cjs';

/** A `<script>` or `<link>` tag of a page, found by a small scanner (pages are not run). */
export interface PageTag {
  /** `script` or `link`. */
  kind: 'script' | 'link';
  /** Where the tag starts and ends in the page (the closing `</script>` included). */
  start: number;
  end: number;
  /** The attributes as written (names lower-cased; values without quotes). */
  attributes: ReadonlyMap<string, string>;
  /** A script's inline code ('' for `<script src>` and links). */
  body: string;
  /** Where `body` starts in the page. */
  bodyStart: number;
}

// A script type the browser runs as JavaScript (JSON-LD, templates and the like are not).
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

// What Genesys ships: the bundle, the bus, the stylesheet, and per-plugin files under plugins/
// (`webchat.min.js`, `webchatservice.min.js`, `widgets-core.min.js`, …).
const GENESYS_FILES = new Set(['widgets.min.js', 'cxbus.min.js', 'widgets.min.css']);
const GENESYS_PLUGIN_FILE = new RegExp(
  `(?:^|/)plugins/(?:widgets-core|(?:${GENESYS_PLUGINS.join('|')})(?:service)?)\\.min\\.js$`,
);

/** The `<script>` and `<link>` tags of a page, skipping those inside comments. */
export function findPageTags(html: string): PageTag[] {
  const comments = [...html.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const inComment = (position: number) =>
    comments.some(({ start, end }) => position >= start && position < end);
  const tags: PageTag[] = [];
  const pattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<link\b([^>]*)>/gi;
  for (const match of html.matchAll(pattern)) {
    if (inComment(match.index)) continue;
    const isScript = match[0][1]?.toLowerCase() === 's';
    const openTagLength = isScript ? match[0].indexOf('>') + 1 : match[0].length;
    tags.push({
      kind: isScript ? 'script' : 'link',
      start: match.index,
      end: match.index + match[0].length,
      attributes: parseAttributes((isScript ? match[1] : match[3]) ?? ''),
      body: isScript ? (match[2] ?? '') : '',
      bodyStart: match.index + openTagLength,
    });
  }
  return tags;
}

/** True for a script the browser runs as JavaScript. */
export function isJavaScript(tag: PageTag): boolean {
  return (
    tag.kind === 'script' &&
    JAVASCRIPT_TYPES.has((tag.attributes.get('type') ?? '').trim().toLowerCase())
  );
}

/** True for a URL of one of Genesys' Widgets files: widgets.min.js/.css, cxbus.min.js, plugins/*.min.js. */
export function isGenesysFile(url: string): boolean {
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  return GENESYS_FILES.has(posix.basename(path)) || GENESYS_PLUGIN_FILE.test(path);
}

/** The URL a tag loads: a script's `src`, a stylesheet link's `href`; else null. */
export function tagUrl(tag: PageTag): string | null {
  if (tag.kind === 'script') return tag.attributes.get('src') ?? null;
  const rel = tag.attributes.get('rel')?.toLowerCase() ?? '';
  return rel.split(/\s+/).includes('stylesheet') ? (tag.attributes.get('href') ?? null) : null;
}

/**
 * `html` without the given tags; a tag alone on its line takes its line with it, so no blank
 * lines are left behind.
 */
export function removeTags(html: string, tags: readonly PageTag[]): string {
  let result = html;
  for (const tag of [...tags].sort((a, b) => b.start - a.start)) {
    let { start, end } = tag;
    const lineStart = result.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = /^[ \t]*(?:\r?\n|$)/.exec(result.slice(end));
    if (/^[ \t]*$/.test(result.slice(lineStart, start)) && lineEnd) {
      start = lineStart;
      end += lineEnd[0].length;
    }
    result = result.slice(0, start) + result.slice(end);
  }
  return result;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (const match of text.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}
