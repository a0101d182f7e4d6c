/** The ways app code reaches the Widgets bus, as the summary names them. */
const BUS_USES: readonly (readonly [string, RegExp])[] = [
  ['_genesys.widgets.bus', /\b_genesys\s*\.\s*widgets\s*\.\s*bus\b/],
  ['CXBus', /\bCXBus\b/],
  ['CallbackService.* commands or events', /['"`]CallbackService\.[A-Za-z]+['"`]/],
];

// `'Callback.open'` and the like: commands of Genesys' Callback form, not of the service.
const CALLBACK_FORM_COMMAND = /['"`]Callback\.[A-Za-z]+['"`]/;

/** What the app's own code does with the Widgets bus. */
export interface LegacyUsage {
  /** Files that use the bus, each with what they use: "src/legacy.js (CXBus)". */
  busUsers: string[];
  /** Files that command Genesys' Callback form (`Callback.open`, …). */
  callbackFormUsers: string[];
}

/**
 * Looks through the app's files (path → text, Genesys' own tags and the `_genesys` config
 * already blanked out by the caller) for uses of the bus, which `withCxBus()` keeps answering.
 */
export function findLegacyUsage(files: ReadonlyMap<string, string>): LegacyUsage {
  const usage: LegacyUsage = { busUsers: [], callbackFormUsers: [] };
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const uses = BUS_USES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    if (uses.length) usage.busUsers.push(`${file} (${uses.join(', ')})`);
    if (CALLBACK_FORM_COMMAND.test(text)) usage.callbackFormUsers.push(file);
  }
  return usage;
}

/** `text` with the given ranges replaced by spaces (offsets and line numbers stay). */
export function blankOut(text: string, ranges: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const { start, end } of ranges) {
    result =
      result.slice(0, start) + result.slice(start, end).replace(/[^\n]/g, ' ') + result.slice(end);
  }
  return result;
}
