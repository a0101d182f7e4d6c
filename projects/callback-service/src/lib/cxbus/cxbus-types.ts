/**
 * The part of the Genesys CXBus API that legacy page scripts use, as the Widgets docs and
 * CXBus 1.0 define it: `registerPlugin`, `command` with a jQuery-style deferred, `publish`,
 * `subscribe` and `unsubscribe`. Both the page's own bus and the small
 * compatible bus this library installs implement it.
 */

/** What an event subscriber receives. */
export interface CxBusEvent<T = unknown> {
  /** When it was published (epoch ms). */
  readonly time: number;
  /** The publishing plugin, e.g. `CallbackService`. */
  readonly publisher: string;
  /** The full event name, e.g. `CallbackService.scheduled`. */
  readonly event: string;
  /** The payload; `{}` when none was given. */
  readonly data: T;
}

/** What a command handler receives; it must settle `deferred`. */
export interface CxBusCommandEvent<T = unknown> {
  /** When it was issued (epoch ms). */
  readonly time: number;
  /** The plugin that issued it. */
  readonly commander: string;
  /** The full command name, e.g. `CallbackService.schedule`. */
  readonly command: string;
  /** Settle it with `resolve(...)` or `reject(...)`. */
  readonly deferred: CxBusDeferred;
  /** The data, after every `before` hook ran. */
  readonly data: T;
}

/** The jQuery-like promise returned by `command()`; `then` registers and returns nothing. */
export interface CxBusPromise {
  /** Calls back with the resolve arguments (at once when already resolved). */
  done(callback: (...args: unknown[]) => void): CxBusPromise;
  /** Calls back with the reject arguments (at once when already rejected). */
  fail(callback: (...args: unknown[]) => void): CxBusPromise;
  /** Calls back either way. */
  always(callback: (...args: unknown[]) => void): CxBusPromise;
  /** Registers both callbacks; returns nothing (not chainable, unlike Promises/A+). */
  then(done?: (...args: unknown[]) => void, fail?: (...args: unknown[]) => void): void;
  /** Where it stands. */
  state(): 'pending' | 'resolved' | 'rejected';
  /** Whether it was resolved. */
  isResolved(): boolean;
  /** Whether it was rejected. */
  isRejected(): boolean;
  /** Accepted for jQuery-era callers; a CXBus command reports no progress, so it never fires. */
  progress(callback: (...args: unknown[]) => void): CxBusPromise;
  /** Itself: the read-only side, as jQuery's `promise()` gives it. */
  promise(): CxBusPromise;
  /**
   * A new promise settled by what the filters return (jQuery 1.x `pipe`): a filter's
   * promise-like result is followed, any other result becomes the one argument; without a
   * filter the arguments pass through unchanged.
   */
  pipe(
    doneFilter?: (...args: unknown[]) => unknown,
    failFilter?: (...args: unknown[]) => unknown,
  ): CxBusPromise;
}

/** The settling side of a {@link CxBusPromise}. */
export interface CxBusDeferred extends CxBusPromise {
  /** Settles as resolved, once. */
  resolve(...args: unknown[]): CxBusDeferred;
  /** Settles as rejected, once. */
  reject(...args: unknown[]): CxBusDeferred;
  /** The read-only side. */
  promise(): CxBusPromise;
}

/** A `before` hook: returns the (possibly changed) data, or a non-object to cancel. */
export type CxBusBeforeHook = (data: unknown) => unknown;

/** The interface `registerPlugin()` returns. */
export interface CxBusPlugin {
  /** The plugin's name. */
  namespace(): string;
  /** Emits `<name>.<event>` to its subscribers, asynchronously. */
  publish(event: string, data?: unknown): void;
  /** Publishes and remembers: later subscribers get it once too (how `.ready` works). */
  republish(event: string, data?: unknown): void;
  /** Subscribes to a full event name; returns it, or `false` without a callback. */
  subscribe(fullEventName: string, callback: (event: CxBusEvent) => void): string | false;
  /** Removes this plugin's subscriptions to the event. */
  unsubscribe(fullEventName: string): void;
  /** Runs `Plugin.command` (or one of this plugin's own commands when there is no dot). */
  command(name: string, data?: unknown): CxBusPromise;
  /** Adds a hook that sees (and may change or cancel) a command's data first. */
  before(fullCommandName: string, hook: CxBusBeforeHook): void;
  /** Offers a command to others. */
  registerCommand(name: string, handler: (event: CxBusCommandEvent) => void): void;
  /** Declares events (introspection only). */
  registerEvents(names: readonly string[]): void;
  /** Says the plugin is ready: its buffered commands run. */
  ready(): void;
}

/** A bus plugins can register on: `window._genesys.widgets.bus` or `window.CXBus`. */
export interface CxBusHost {
  /** Registers a plugin; `false` when the name is taken. */
  registerPlugin(name: string): CxBusPlugin | false;
  /** Not in Genesys' CXBus; the bus of this library has it, and the bridge uses it when present. */
  unregisterPlugin?(name: string): void;
}

/** The page globals the CXBus bridge reads and, when allowed, writes. */
export interface CxBusGlobals {
  /** Genesys Widgets' namespace; `_genesys.widgets.bus` is the bus. */
  _genesys?: {
    widgets?: { bus?: unknown; onReady?: unknown; [key: string]: unknown };
    [key: string]: unknown;
  };
  /** The CXBus global of pages that load cxbus.js without the Widgets app. */
  CXBus?: unknown;
}
