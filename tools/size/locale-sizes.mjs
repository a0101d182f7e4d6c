// What each translation of the widget weighs on its own, and which translations an app's
// bundle holds. Used by scripts/size.mjs.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LOCALES_DIR = 'projects/callback-service/widget/src/lib/strings/locales';

/** The translation modules: tag (from the `locale` they declare) and source path. */
export function translationModules() {
  return readdirSync(LOCALES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => {
      const path = join(LOCALES_DIR, file);
      const source = readFileSync(path, 'utf8');
      const tag = /\blocale: '([^']+)'/.exec(source)?.[1] ?? basename(file, '.ts');
      const title = /\btitle: '([^']+)'/.exec(source)?.[1];
      return { tag, path, title };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Each translation minified as a module of its own, gzip level 9. The plural helper is left
 * out: the English texts use it, so every app with the widget has it already.
 */
export async function translationSizes() {
  const sizes = [];
  for (const { tag, path } of translationModules()) {
    const result = await build({
      entryPoints: [path],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      target: 'es2022',
      external: ['../plural'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    sizes.push({ tag, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return sizes;
}

/** The tags of the translations whose title appears in the JavaScript files of `dir`. */
export function translationsIn(dir) {
  // The build writes ASCII only: "ü" becomes \xFC, "日" \u65E5; read them back first.
  const text = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, a, b, c) =>
      String.fromCodePoint(parseInt(a ?? b ?? c, 16)),
    );
  return translationModules()
    .filter(({ title }) => title && text.includes(title))
    .map(({ tag }) => tag);
}
