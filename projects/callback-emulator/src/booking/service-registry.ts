import { ServiceCalendar } from '../calendar/service-calendar.js';
import type { EmulatorConfig, ServiceDefinition } from '../config/service-definition.js';
import { ApiError, quote } from '../http/api-error.js';

/** A configured service with its calendar. */
export interface ServiceRuntime {
  readonly definition: ServiceDefinition;
  readonly calendar: ServiceCalendar;
}

/** The configured services by name, and the API keys they accept. */
export class ServiceRegistry {
  private readonly services = new Map<string, ServiceRuntime>();
  private readonly apiKeys = new Set<string>();

  constructor(config: EmulatorConfig) {
    for (const definition of config.services.values()) {
      this.services.set(definition.name, { definition, calendar: new ServiceCalendar(definition) });
      if (definition.apiKey !== undefined) this.apiKeys.add(definition.apiKey);
    }
  }

  /** Service names in config order. */
  names(): string[] {
    return [...this.services.keys()];
  }

  /** The service called `name`, if configured. */
  get(name: string): ServiceRuntime | undefined {
    return this.services.get(name);
  }

  /** The service called `name`; an `unknown-service` error naming the known ones otherwise. */
  require(name: string | undefined): ServiceRuntime {
    const runtime = name === undefined || name === '' ? undefined : this.services.get(name);
    if (runtime !== undefined) return runtime;
    const known = this.names().join(', ');
    throw new ApiError(
      'unknown-service',
      name === undefined || name === ''
        ? `A service name is required. Configured services: ${known}.`
        : `Unknown callback service ${quote(name)}. Configured services: ${known}.`,
    );
  }

  /** Whether any service accepts `key` (the gateway check before the service is known). */
  isKnownApiKey(key: string | undefined): boolean {
    return key !== undefined && this.apiKeys.has(key);
  }
}
