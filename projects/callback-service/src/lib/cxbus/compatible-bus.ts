import { createCxBusDeferred } from './cxbus-deferred';
import type {
  CxBusBeforeHook,
  CxBusCommandEvent,
  CxBusEvent,
  CxBusHost,
  CxBusPlugin,
  CxBusPromise,
} from './cxbus-types';

/** The rejection texts of CXBus 1.0, kept verbatim for legacy handlers that compare them. */
export const CXBUS_CANCELLED_BY_BEFORE = "Command was cancelled by a 'before' function.";
const CXBUS_NO_PLUGIN =
  'Could not load plugin file in given location. Check your plugins path option.';

interface PluginState {
  readonly name: string;
  ready: boolean;
  readonly commands: Map<string, (event: CxBusCommandEvent) => void>;
  readonly buffered: (() => void)[];
}

interface Subscription {
  readonly subscriber: string;
  readonly callback: (event: CxBusEvent) => void;
}

/** The bus this library installs at `window._genesys.widgets.bus` when a page has none. */
export interface CompatibleCxBus extends CxBusHost, CxBusPlugin {
  unregisterPlugin(name: string): void;
}

/**
 * A small CXBus 1.0-compatible bus, so that legacy page scripts written against the Widgets
 * docs keep working on a page with no Genesys script at all: plugins, namespaced events with
 * async delivery, `republish` for late subscribers, commands with `before` hooks, buffering
 * until the target is ready, and the jQuery-like Deferred. Lazy plugin loading is not
 * emulated: a command to an unknown plugin is rejected as CXBus rejects a failed load.
 *
 * The returned object is itself the plugin interface of a plugin named `QuickBus` with
 * `registerPlugin` attached, like the Widgets' `_genesys.widgets.bus`.
 */
export function createCompatibleCxBus(
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): CompatibleCxBus {
  const plugins = new Map<string, PluginState>();
  const subscriptions = new Map<string, Subscription[]>();
  const republished = new Map<string, CxBusEvent>();
  const beforeHooks = new Map<string, CxBusBeforeHook[]>();

  const deliver = (subscription: Subscription, event: CxBusEvent) =>
    schedule(() => subscription.callback(event));

  const publish = (publisher: string, name: string, data: unknown, remember: boolean) => {
    const fullName = `${publisher}.${name}`;
    const event: CxBusEvent = { time: Date.now(), publisher, event: fullName, data: data ?? {} };
    if (remember) republished.set(fullName, event);
    for (const subscription of subscriptions.get(fullName) ?? []) deliver(subscription, event);
  };

  const command = (commander: string, name: string, data: unknown): CxBusPromise => {
    const deferred = createCxBusDeferred();
    const fullName = name.includes('.') ? name : `${commander}.${name}`;
    const [target = '', commandName = ''] = [
      fullName.slice(0, fullName.indexOf('.')),
      fullName.slice(fullName.indexOf('.') + 1),
    ];
    let payload: unknown = data ?? {};
    for (const hook of beforeHooks.get(fullName) ?? []) {
      payload = hook(payload);
      if (payload === null || typeof payload !== 'object')
        return deferred.reject(CXBUS_CANCELLED_BY_BEFORE).promise();
    }
    const plugin = plugins.get(target);
    if (plugin === undefined) return deferred.reject(CXBUS_NO_PLUGIN).promise();
    const execute = () => {
      const handler = plugin.commands.get(commandName);
      // CXBus 1.0 left such a promise pending forever; an answer is kinder to the caller.
      if (handler === undefined) deferred.reject(`Command does not exist: ${fullName}`);
      else handler({ time: Date.now(), commander, command: fullName, deferred, data: payload });
    };
    // A plugin's commands wait for its ready(); its own commands to itself do not.
    if (plugin.ready || commander === target) execute();
    else plugin.buffered.push(execute);
    return deferred.promise();
  };

  const pluginInterface = (state: PluginState): CxBusPlugin => ({
    namespace: () => state.name,
    publish: (event, data) => publish(state.name, event, data, false),
    republish: (event, data) => publish(state.name, event, data, true),
    subscribe: (fullEventName, callback) => {
      if (typeof callback !== 'function' || !plugins.has(state.name)) return false;
      const subscription = { subscriber: state.name, callback };
      subscriptions.set(fullEventName, [...(subscriptions.get(fullEventName) ?? []), subscription]);
      const remembered = republished.get(fullEventName);
      if (remembered) deliver(subscription, remembered);
      return fullEventName;
    },
    unsubscribe: (fullEventName) => {
      const remaining = (subscriptions.get(fullEventName) ?? []).filter(
        (s) => s.subscriber !== state.name,
      );
      subscriptions.set(fullEventName, remaining);
    },
    command: (name, data) => command(state.name, name, data),
    before: (fullCommandName, hook) => {
      if (typeof hook === 'function')
        beforeHooks.set(fullCommandName, [...(beforeHooks.get(fullCommandName) ?? []), hook]);
    },
    registerCommand: (name, handler) => {
      if (typeof handler === 'function') state.commands.set(name, handler);
    },
    registerEvents: () => undefined, // introspection only in CXBus; publishing needs no registration
    ready: () => {
      state.ready = true;
      for (const run of state.buffered.splice(0)) run();
    },
  });

  const registerPlugin = (name: string): CxBusPlugin | false => {
    if (typeof name !== 'string' || name === '' || plugins.has(name)) return false;
    const state: PluginState = { name, ready: false, commands: new Map(), buffered: [] };
    plugins.set(name, state);
    return pluginInterface(state);
  };

  const unregisterPlugin = (name: string) => {
    plugins.delete(name);
    for (const [event, list] of subscriptions)
      subscriptions.set(
        event,
        list.filter((s) => s.subscriber !== name),
      );
    for (const event of [...republished.keys()])
      if (event.startsWith(`${name}.`)) republished.delete(event);
  };

  const quickBus = registerPlugin('QuickBus') as CxBusPlugin;
  quickBus.ready();
  return { ...quickBus, registerPlugin, unregisterPlugin };
}
