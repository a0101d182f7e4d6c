/**
 * The part of the Genesys CXBus API that legacy page scripts use, as the Widgets docs and
 * CXBus 1.0 define it (genesys-reference.md §5). Both the page's own bus and the small
 * compatible bus this library installs implement it.
 */

/** What an event subscriber receives. */
export interface CxBusEvent<T = unknown> {
  readonly time: number;
  readonly publisher: string;
  readonly event: string;
  readonly data: T;
}

/** What a command handler receives; it must settle `deferred`. */
export interface CxBusCommandEvent<T = unknown> {
  readonly time: number;
  readonly commander: string;
  readonly command: string;
  readonly deferred: CxBusDeferred;
  readonly data: T;
}

/** The jQuery-like promise returned by `command()`; `then` registers and returns nothing. */
export interface CxBusPromise {
  done(callback: (...args: unknown[]) => void): CxBusPromise;
  fail(callback: (...args: unknown[]) => void): CxBusPromise;
  always(callback: (...args: unknown[]) => void): CxBusPromise;
  then(done?: (...args: unknown[]) => void, fail?: (...args: unknown[]) => void): void;
  state(): 'pending' | 'resolved' | 'rejected';
}

/** The settling side of a {@link CxBusPromise}. */
export interface CxBusDeferred extends CxBusPromise {
  resolve(...args: unknown[]): CxBusDeferred;
  reject(...args: unknown[]): CxBusDeferred;
  promise(): CxBusPromise;
}

/** A `before` hook: returns the (possibly changed) data, or a non-object to cancel. */
export type CxBusBeforeHook = (data: unknown) => unknown;

/** The interface `registerPlugin()` returns. */
export interface CxBusPlugin {
  namespace(): string;
  publish(event: string, data?: unknown): void;
  republish(event: string, data?: unknown): void;
  subscribe(fullEventName: string, callback: (event: CxBusEvent) => void): string | false;
  unsubscribe(fullEventName: string): void;
  command(name: string, data?: unknown): CxBusPromise;
  before(fullCommandName: string, hook: CxBusBeforeHook): void;
  registerCommand(name: string, handler: (event: CxBusCommandEvent) => void): void;
  registerEvents(names: readonly string[]): void;
  ready(): void;
}

/** A bus plugins can register on: `window._genesys.widgets.bus` or `window.CXBus`. */
export interface CxBusHost {
  registerPlugin(name: string): CxBusPlugin | false;
  /** Not in Genesys' CXBus; the bus of this library has it, and the bridge uses it when present. */
  unregisterPlugin?(name: string): void;
}

/** The page globals the CXBus bridge reads and, when allowed, writes. */
export interface CxBusGlobals {
  _genesys?: {
    widgets?: { bus?: unknown; onReady?: unknown; [key: string]: unknown };
    [key: string]: unknown;
  };
  CXBus?: unknown;
}
