import { DestroyRef, Injectable, NgZone, inject } from '@angular/core';
import { Subscription, throwError, type Observable } from 'rxjs';
import { CallbackService } from '../callback.service';
import type { CallbackEvent } from '../callback-events';
import type { ScheduleRequest } from '../models/schedule';
import type { CallbackUserData } from '../models/user-data';
import { MAX_USER_DATA_KEYS } from '../validation/user-data';
import { CallbackConfigLoader } from '../config/callback-config-loader';
import { CallbackError } from '../errors/callback-error';
import { createCompatibleCxBus } from './compatible-bus';
import { CXBUS_GLOBALS } from './cxbus-globals';
import type { CxBusCommandEvent, CxBusGlobals, CxBusHost, CxBusPlugin } from './cxbus-types';
import { availabilityQueryFromLegacy, scheduleRequestFromLegacy } from './legacy-command-data';
import {
  legacyAvailabilityResult,
  legacyAvailableSlotsEvent,
  legacyScheduleResult,
  legacyXhrError,
} from './legacy-payloads';
import { isRefusedBeforeSending, legacyRefusal, type LegacyCommand } from './legacy-refusal';
import { followWebEngagementIds } from './web-engagement-ids';

/** Options of `withCxBus()`. */
export interface CxBusOptions {
  /**
   * Install a small compatible bus at `window._genesys.widgets.bus` when the page has none,
   * so legacy scripts work with no Genesys script at all. Default `true`.
   */
  installBus?: boolean;
}

const PLUGIN = 'CallbackService';
const EVENTS = [
  'ready',
  'scheduled',
  'scheduleError',
  'availableSlots',
  'availabilityError',
] as const;
/** Marks a bus on which an Angular app of this page already registered `CallbackService`. */
const BRIDGED = Symbol.for('ngx-genesys-callback.cxbus-bridge');
const CONFIGURE_REJECTION =
  'CallbackService.configure is not available: the configuration is set once at start-up by provideCallback().';

/**
 * Registers `CallbackService` on the page's CXBus and translates between the bus and
 * `CallbackService` (internal; started by `withCxBus()` in the browser only). Commands and
 * events keep the original plugin's payload shapes; every outcome comes from the one
 * Angular service, so a booking is never sent twice.
 */
@Injectable()
export class CxBusBridge {
  private readonly globals = inject(CXBUS_GLOBALS);
  private readonly callbacks = inject(CallbackService);
  private readonly configLoader = inject(CallbackConfigLoader);
  private readonly config = this.configLoader.config;
  private plugin?: CxBusPlugin;
  private readonly zone = inject(NgZone);
  private readonly destroyRef = inject(DestroyRef);

  /** Finds or installs the bus and registers the plugin; throws when Genesys' plugin is there. */
  start(options: CxBusOptions): void {
    if (this.globals === null) return;
    const bus =
      findBus(this.globals) ?? (options.installBus === false ? null : installBus(this.globals));
    if (bus === null) {
      if (ngDevMode)
        console.warn(
          'withCxBus(): no CXBus on this page and installBus is false: nothing bridged.',
        );
      return;
    }
    const plugin = bus.registerPlugin(PLUGIN);
    if (plugin === false) {
      if ((bus as { [BRIDGED]?: boolean })[BRIDGED]) {
        // Another Angular app of this page bridges already; one registration is enough.
        if (ngDevMode)
          console.warn(
            'withCxBus(): CallbackService is already bridged by another app on this page.',
          );
        return;
      }
      throw new CallbackError({
        code: 'INVALID_CONFIG',
        message:
          'withCxBus(): a CallbackService plugin is already registered on the page\u2019s CXBus: the Genesys Widgets ' +
          'CallbackService plugin is probably still loaded. Remove it from the page (or drop withCxBus()).',
      });
    }
    (bus as { [BRIDGED]?: boolean })[BRIDGED] = true;
    const subscription = this.connect(plugin);
    this.destroyRef.onDestroy(() => {
      subscription.unsubscribe();
      delete (bus as { [BRIDGED]?: boolean })[BRIDGED];
      if (typeof bus.unregisterPlugin === 'function') bus.unregisterPlugin(PLUGIN);
      else this.neutralise(plugin);
    });
  }

  private connect(plugin: CxBusPlugin): Subscription {
    this.plugin = plugin;
    plugin.registerEvents(EVENTS);
    const webEngagement = followWebEngagementIds(plugin);
    plugin.registerCommand('schedule', (event) =>
      this.run(
        'schedule',
        event,
        () =>
          this.callbacks.schedule(
            this.withWebEngagementIds(
              scheduleRequestFromLegacy(event.data, warn),
              webEngagement.current(),
            ),
          ),
        legacyScheduleResult,
      ),
    );
    plugin.registerCommand('availability', (event) =>
      this.run(
        'availability',
        event,
        () => this.callbacks.availability(availabilityQueryFromLegacy(event.data, warn)),
        legacyAvailabilityResult,
      ),
    );
    plugin.registerCommand('configure', (event) => event.deferred.reject(CONFIGURE_REJECTION));
    // A fresh container: config$ completes at once, and a closed Subscription would
    // unsubscribe whatever is added to it.
    const subscription = new Subscription();
    subscription.add(
      this.configLoader.config$.subscribe({
        // Without a config there is no `ready` event, but the bus must still run the
        // commands it holds back until the plugin is ready: each is then refused as a 400.
        error: () => plugin.ready(),
      }),
    );
    subscription.add(this.callbacks.events$.subscribe((event) => this.publish(plugin, event)));
    subscription.add(() => webEngagement.stop());
    return subscription;
  }

  // v1 only, as in the original: the ids rank above the config's userData and below the
  // command's own data. v3 bookings never carried them.
  private withWebEngagementIds(request: ScheduleRequest, ids: CallbackUserData): ScheduleRequest {
    if (this.config()?.apiVersion !== 'v1' || Object.keys(ids).length === 0) return request;
    const userData: Record<string, unknown> = Object.assign(Object.create(null), request.userData);
    // The ids never cost a booking: added only as far as attached data may grow.
    let count = Object.keys(userData).length;
    for (const [key, value] of Object.entries(ids)) {
      if (count >= MAX_USER_DATA_KEYS) break;
      if (key in userData) continue;
      userData[key] = value;
      count++;
    }
    return { ...request, userData: userData as CallbackUserData };
  }

  // Commands arrive from page scripts, outside Angular: run them in the Angular zone (a no-op
  // when zoneless, where signals and markForCheck schedule rendering by themselves).
  private run<T>(
    command: LegacyCommand,
    event: CxBusCommandEvent,
    call: () => Observable<T>,
    toLegacy: (result: T) => unknown,
  ): void {
    // The call itself is made in the zone: schedule() sends at once, when it is called.
    // Nothing may throw into the page script, and the deferred always settles: command data
    // whose getters throw is refused like any other bad request.
    this.zone.run(() => {
      let outcome: Observable<T>;
      try {
        outcome = call();
      } catch (error) {
        outcome = throwError(() => unreadableCommandData(error));
      }
      outcome.subscribe({
        next: (result) => event.deferred.resolve(toLegacy(result)),
        error: (error: unknown) => this.fail(command, event, error),
      });
    });
  }

  // A refusal before sending is answered as the original's server round trip was (the
  // Genesys Callback form gives itself back only from the error event); the service's own
  // outcomes were published from events$ already.
  private fail(command: LegacyCommand, event: CxBusCommandEvent, error: unknown): void {
    if (!isRefusedBeforeSending(error) || this.plugin === undefined) {
      event.deferred.reject(legacyRejection(error));
      return;
    }
    const config = this.config();
    const refusal = legacyRefusal(
      error,
      command,
      event.data,
      config?.apiVersion ?? 'v1',
      config?.apikey,
    );
    this.plugin.publish(refusal.event, refusal.payload);
    event.deferred.reject(refusal.payload);
  }

  private publish(plugin: CxBusPlugin, event: CallbackEvent): void {
    switch (event.type) {
      case 'ready':
        plugin.ready();
        plugin.republish('ready', {});
        return;
      case 'scheduled':
        return plugin.publish('scheduled', legacyScheduleResult(event.result));
      case 'scheduleError':
        return plugin.publish('scheduleError', legacyXhrError(event.error));
      case 'availabilityError':
        return plugin.publish('availabilityError', legacyXhrError(event.error));
      case 'availableSlots': {
        // The config resolves before any event but `ready`; it shapes the v3 slots map.
        const { apiVersion = 'v1', timezone } = this.config() ?? {};
        return plugin.publish(
          'availableSlots',
          legacyAvailableSlotsEvent(event.result, apiVersion, timezone),
        );
      }
    }
  }

  private neutralise(plugin: CxBusPlugin): void {
    for (const name of ['schedule', 'availability', 'configure']) {
      plugin.registerCommand(name, (event) =>
        event.deferred.reject(
          'CallbackService is no longer available: its Angular app was destroyed.',
        ),
      );
    }
  }
}

/** The two empty-data refusals reject with their text, as the original did; server outcomes with a jqXHR-like object. */
function legacyRejection(error: unknown): unknown {
  if (!(error instanceof CallbackError)) return error;
  return error.code === 'NO_DATA' ? error.message : legacyXhrError(error);
}

// The conversion of legacy data reads the page's objects: what it throws is the caller's fault.
function unreadableCommandData(error: unknown): CallbackError {
  return error instanceof CallbackError
    ? error
    : new CallbackError({
        code: 'INVALID_REQUEST',
        field: 'data',
        message: 'The command data could not be read: one of its properties threw when read.',
      });
}

function findBus(globals: CxBusGlobals): CxBusHost | null {
  for (const candidate of [globals._genesys?.widgets?.bus, globals.CXBus]) {
    if (typeof (candidate as CxBusHost | undefined)?.registerPlugin === 'function')
      return candidate as CxBusHost;
  }
  return null;
}

function installBus(globals: CxBusGlobals): CxBusHost {
  const bus = createCompatibleCxBus();
  const genesys = (globals._genesys ??= {});
  const widgets = (genesys.widgets ??= {});
  widgets.bus = bus;
  // Pages wait for the Widgets with _genesys.widgets.onReady(CXBus); honour it.
  const onReady = widgets.onReady;
  if (typeof onReady === 'function') setTimeout(() => (onReady as (bus: unknown) => void)(bus), 0);
  return bus;
}

function warn(message: string): void {
  if (ngDevMode) console.warn(message);
}
