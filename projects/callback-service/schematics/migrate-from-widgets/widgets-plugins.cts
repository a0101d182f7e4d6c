import * as ts from '@schematics/angular/third_party/github.com/Microsoft/TypeScript/lib/typescript';
import {
  propertyName,
  readLiteral,
  type LiteralValue,
  type WidgetsEntry,
} from './widgets-config-reader.cjs';

/**
 * Configuration namespaces of the Genesys Widgets plugins (`_genesys.widgets.<name>`), which
 * are also the names of their files under plugins/ (with `service` for the service halves).
 */
export const GENESYS_PLUGINS = Object.freeze([
  'callback',
  'calendar',
  'webchat',
  'sendmessage',
  'channelselector',
  'knowledgecenter',
  'callus',
  'sidebar',
  'offers',
  'stats',
  'console',
  'cobrowse',
  'search',
  'clicktocall',
  'emojipicker',
]);

// Keys of `_genesys.widgets` that are not a plugin of their own. The Calendar is the Callback
// form's date picker: it goes (or stays) with that form.
const NOT_OTHER_PLUGINS = new Set(['main', 'bus', 'onReady', 'extensions', 'callback', 'calendar']);

/** What the Widgets set-up loads besides the callback service. */
export interface ConfiguredPlugins {
  /** Other Widgets plugins configured (`webchat`, `sendmessage`, …), sorted. */
  others: string[];
  /** Whether `main.plugins` / `main.preload` load Genesys' Callback form (`cx-callback`). */
  callbackForm: boolean;
  /** Whether `main.plugins` loads Genesys' own CallbackService (`cx-callback-service`). */
  callbackService: boolean;
  /** True when `main` is computed, so which plugins it loads cannot be told. */
  unreadableMain: boolean;
}

/**
 * The plugins a Widgets set-up configures, from its `_genesys.widgets.<name>` entries and the
 * `main.plugins` (lazy mode, e.g. `'cx-webchat-service'`) and `main.preload` lists.
 */
export function configuredPlugins(entries: readonly WidgetsEntry[]): ConfiguredPlugins {
  const others = new Set<string>();
  let callbackForm = false;
  let callbackService = false;
  let unreadableMain = false;
  for (const entry of entries) {
    if (!NOT_OTHER_PLUGINS.has(entry.name)) others.add(entry.name);
    if (entry.name !== 'main') continue;
    const lists = literalLists(entry);
    if (!lists) {
      unreadableMain = true;
      continue;
    }
    for (const [list, value] of Object.entries(lists)) {
      for (const item of value) {
        const name = item.toLowerCase();
        // 'cx-callback-service' is the service this library replaces; 'cx-callback' is the form.
        if (list === 'plugins' && name === 'cx-callback') callbackForm = true;
        if (list === 'plugins' && name === 'cx-callback-service') callbackService = true;
        if (list === 'preload' && name === 'callback') callbackForm = true;
        const family = pluginFamily(name);
        if (family && !NOT_OTHER_PLUGINS.has(family)) others.add(family);
      }
    }
  }
  return { others: [...others].sort(), callbackForm, callbackService, unreadableMain };
}

/** `cx-webchat-service` → `webchat`, `cx-send-message` → `sendmessage`; null for `widgets-core`. */
function pluginFamily(name: string): string | null {
  if (name === 'widgets-core') return null;
  return name
    .replace(/^cx-/, '')
    .replace(/-service$/, '')
    .replace(/-/g, '');
}

/**
 * The string arrays `plugins` and `preload` of `_genesys.widgets.main`; null when `main` or one
 * of those lists is computed (functions elsewhere in `main`, e.g. `onReady`, do not matter).
 */
function literalLists(main: WidgetsEntry): Record<'plugins' | 'preload', string[]> | null {
  if (!ts.isObjectLiteralExpression(main.value)) return null;
  const lists = { plugins: [] as string[], preload: [] as string[] };
  for (const property of main.value.properties) {
    const key = property.name ? propertyName(property.name) : null;
    if (key !== 'plugins' && key !== 'preload') continue;
    if (!ts.isPropertyAssignment(property)) return null;
    let list: LiteralValue;
    try {
      list = readLiteral(property.initializer);
    } catch {
      return null;
    }
    if (!Array.isArray(list)) return null;
    lists[key] = list.filter((item): item is string => typeof item === 'string');
  }
  return lists;
}
