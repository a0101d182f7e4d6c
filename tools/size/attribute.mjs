// Where the bytes of a bundle go, by source file: reads `file.js.map` and charges each
// generated segment to the source it maps to. Used by `scripts/size.mjs --by-source`.
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The text of `jsPath` split into runs, each with the source file it maps to (or null). */
export function segmentsBySource(jsPath) {
  const lines = readFileSync(jsPath, 'utf8').split('\n');
  const map = new TraceMap(readFileSync(`${jsPath}.map`, 'utf8'));
  const marks = [];
  eachMapping(map, (m) => marks.push(m));
  marks.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const runs = [];
  // Text before the first mark of a line (and unmapped lines) belongs to no source.
  let line = 0;
  let column = 0;
  const take = (toLine, toColumn, source) => {
    let text = '';
    while (line < toLine) {
      text += `${lines[line].slice(column)}\n`;
      line++;
      column = 0;
    }
    text += lines[line]?.slice(column, toColumn) ?? '';
    column = toColumn;
    if (text) runs.push({ source, text });
  };
  let source = null;
  for (const mark of marks) {
    take(mark.generatedLine - 1, mark.generatedColumn, source);
    source = mark.source ?? null;
  }
  take(lines.length - 1, Infinity, source);
  return runs;
}

/**
 * What each group of sources costs in `jsPath`: `raw` minified bytes, and `gzip`, the bytes
 * gzip -9 of the whole file saves when the group's text is left out (its marginal cost, so
 * the figures add up to about the file's gzip size). `groupOf(source)` names a source's
 * group, or returns null to leave it out of the table.
 */
export function costByGroup(jsPath, groupOf) {
  const runs = segmentsBySource(jsPath).map((run) => ({ ...run, group: groupOf(run.source) }));
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(runs.map((r) => r.text).join(''));
  const groups = [...new Set(runs.map((r) => r.group).filter((g) => g !== null))];
  return groups
    .map((group) => ({
      group,
      raw: runs.filter((r) => r.group === group).reduce((s, r) => s + r.text.length, 0),
      gzip:
        whole -
        gzip(
          runs
            .filter((r) => r.group !== group)
            .map((r) => r.text)
            .join(''),
        ),
    }))
    .sort((a, b) => b.gzip - a.gzip);
}
