import type { CallbackUserData, CallbackUserDataValue } from '../models/user-data';
import { sanitizeUserData } from '../validation/user-data';
import type { CxBusPlugin } from './cxbus-types';

/** What {@link followWebEngagementIds} keeps: the ids known so far, and how to stop. */
export interface WebEngagementIds {
  /** The ids `GWE.getIDs` last answered, as attached data (empty until then). */
  current(): CallbackUserData;
  /** Stops following `GWE.ready`. */
  stop(): void;
}

/**
 * Follows Genesys Web Engagement on the page's bus, as the original plugin did: when
 * `GWE.ready` is published (it is sticky, so a late subscription still hears it), asks
 * `GWE.getIDs` and keeps what it answers. v1 bookings sent through the bus carry those ids
 * as attached data, so the agent can link the call to the visit.
 *
 * The answer comes from another script: each id is kept only if it passes the attached-data
 * rules on its own; anything else (a nested object, a reserved key, a getter that throws) is
 * left out rather than making every booking fail.
 */
export function followWebEngagementIds(plugin: CxBusPlugin): WebEngagementIds {
  let ids: CallbackUserData = Object.freeze(Object.create(null));
  plugin.subscribe('GWE.ready', () => {
    plugin.command('GWE.getIDs').done((answer) => (ids = usableIds(answer)));
  });
  return {
    current: () => ids,
    stop: () => plugin.unsubscribe('GWE.ready'),
  };
}

function usableIds(answer: unknown): CallbackUserData {
  const kept: Record<string, CallbackUserDataValue> = Object.create(null);
  let keys: string[] = [];
  try {
    if (typeof answer === 'object' && answer !== null) keys = Object.keys(answer);
  } catch {
    // A Proxy whose ownKeys trap throws: no ids.
  }
  for (const key of keys) {
    try {
      Object.assign(
        kept,
        sanitizeUserData(
          { [key]: (answer as Record<string, unknown>)[key] },
          'userData',
          'INVALID_REQUEST',
        ),
      );
    } catch {
      // Left out, as the comment above says.
    }
  }
  return Object.freeze(kept);
}
