import { CallbackError } from '../errors/callback-error';
import { definedOnly } from '../internal/defined-only';
import { describeValue } from '../internal/describe-value';
import { redactApiKey } from '../internal/redact';
import { invalidConfig } from '../validation/request-errors';
import { sanitizeUserData } from '../validation/user-data';
import { pathSegmentProblem, wireTextProblem } from '../validation/wire-text';
import {
  CALLBACK_CONFIG_DEFAULTS,
  MAX_AJAX_TIMEOUT_MS,
  type CallbackApiVersion,
  type CallbackConfig,
  type ResolvedCallbackConfig,
} from './callback-config';

/**
 * Merges the defaults into a raw `CallbackConfig`, normalises it and validates it. Pure: the
 * same input always gives the same output and nothing global is read.
 *
 * @throws {CallbackError} `INVALID_CONFIG` whose message names the option and the bad value
 * (never the API key itself) and whose `field` is the option name.
 *
 * @example
 * ```ts
 * resolveCallbackConfig({ dataURL: 'https://api.example.com/engagement/v3/callbacks', apiVersion: 'V3' });
 * // → { dataURL: '…/callbacks', apiVersion: 'v3', ajaxTimeout: 3000, userData: {}, … }
 * ```
 */
export function resolveCallbackConfig(raw: CallbackConfig): ResolvedCallbackConfig {
  try {
    return resolveOrThrow(raw);
  } catch (error) {
    // Last line of defence: whatever a message quotes, it never quotes the key.
    const apikey: unknown = (raw as Partial<CallbackConfig> | null)?.apikey;
    throw error instanceof CallbackError &&
      (typeof apikey === 'string' || typeof apikey === 'number')
      ? redactApiKey(error, String(apikey))
      : error;
  }
}

function resolveOrThrow(raw: CallbackConfig): ResolvedCallbackConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalidConfig(
      'config',
      describeValue(raw),
      ngDevMode && `provideCallback() needs a config object, got ${describeValue(raw)}.`,
    );
  }
  const apiVersion = resolveApiVersion(raw.apiVersion);
  const url = resolveDataUrl(raw.dataURL);
  const apikey = resolveApiKey(raw.apikey, url);
  const resolved: ResolvedCallbackConfig = {
    dataURL: url.href.replace(/\/+$/, ''),
    apiVersion,
    userData: sanitizeUserData(raw.userData, 'userData', 'INVALID_CONFIG'),
    ajaxTimeout: resolveAjaxTimeout(raw.ajaxTimeout),
    countryCodes: optionalBoolean(raw, 'countryCodes') ?? CALLBACK_CONFIG_DEFAULTS.countryCodes,
    immediateCallback:
      optionalBoolean(raw, 'immediateCallback') ?? CALLBACK_CONFIG_DEFAULTS.immediateCallback,
    scheduledCallback:
      optionalBoolean(raw, 'scheduledCallback') ?? CALLBACK_CONFIG_DEFAULTS.scheduledCallback,
    ...definedOnly({
      apikey,
      serviceName: resolveServiceName(raw),
      callDirection: optionalText(raw, 'callDirection'),
      timezone: resolveTimezone(raw.timezone),
    }),
  };
  return Object.freeze(resolved);
}

function resolveApiVersion(value: unknown): CallbackApiVersion {
  if (value === undefined || value === null) return CALLBACK_CONFIG_DEFAULTS.apiVersion;
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (lower === 'v1' || lower === 'v3') return lower;
  throw invalidConfig(
    'apiVersion',
    describeValue(value),
    ngDevMode && `\`apiVersion\` must be 'v1' or 'v3', got ${describeValue(value)}.`,
  );
}

function resolveDataUrl(value: unknown): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidConfig(
      'dataURL',
      describeUrl(value),
      ngDevMode &&
        `\`dataURL\` is required: the absolute http: or https: URL of the callback service, got ${describeUrl(value)}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw notHttpUrl(value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw notHttpUrl(value);
  }
  if (url.username || url.password) {
    // The value is not repeated: it holds a password.
    throw invalidConfig(
      'dataURL',
      null,
      ngDevMode && '`dataURL` must not carry credentials (user:password@).',
    );
  }
  // Checked on the text: URL reports a bare trailing "?" or "#" as empty, yet paths appended
  // after it would land in the query or the fragment.
  if (/[?#]/.test(value)) {
    throw invalidConfig(
      'dataURL',
      describeUrl(value),
      ngDevMode && `\`dataURL\` must not carry a query or a fragment, got ${describeUrl(value)}.`,
    );
  }
  return url;
}

function resolveApiKey(value: unknown, url: URL): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // The original accepted a number too; anything else is refused without echoing the value.
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw invalidConfig(
      'apikey',
      `of type ${typeof value}`,
      ngDevMode && `\`apikey\` must be a string, got a value of type ${typeof value}.`,
    );
  }
  const key = String(value);
  // Checked without quoting the key: it goes into a header, and a header value is Latin-1
  // without control characters, or the browser refuses to send it (every call would fail).
  // Spaces at either end are refused too: the browser drops them, so the key on the wire
  // would differ from the one masked in errors and events.
  if (/[^\u0020-\u007e\u00a0-\u00ff]|^ | $/.test(key)) {
    throw invalidConfig(
      'apikey',
      null,
      ngDevMode &&
        '`apikey` holds a character a browser cannot send as it is in an HTTP header (a control character such as a line break, one beyond Latin-1, or a space at either end). Copy the key again from the gateway.',
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalidConfig(
      'apikey',
      `over ${describeValue(url.href)}`,
      ngDevMode &&
        `\`apikey\` would be sent in clear text: \`dataURL\` ${describeValue(url.href)} uses http: on a host that is not loopback. Use https:.`,
    );
  }
  return key;
}

function resolveAjaxTimeout(value: unknown): number {
  if (value === undefined || value === null) return CALLBACK_CONFIG_DEFAULTS.ajaxTimeout;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value <= 0 ||
    value > MAX_AJAX_TIMEOUT_MS
  ) {
    throw invalidConfig(
      'ajaxTimeout',
      describeValue(value),
      ngDevMode &&
        `\`ajaxTimeout\` must be a positive integer of milliseconds up to ${MAX_AJAX_TIMEOUT_MS}, got ${describeValue(value)}.`,
    );
  }
  return value;
}

function resolveTimezone(value: unknown): string | undefined {
  const zone = optionalText({ timezone: value }, 'timezone');
  if (zone === undefined) return undefined;
  try {
    // Intl is the only complete IANA table available everywhere (browser and server).
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw invalidConfig(
      'timezone',
      describeValue(value),
      ngDevMode &&
        `\`timezone\` must be an IANA time zone such as 'Europe/Paris', got ${describeValue(value)}.`,
    );
  }
  return zone;
}

function optionalText(source: object, option: string): string | undefined {
  const value: unknown = (source as Record<string, unknown>)[option];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidConfig(
      option,
      describeValue(value),
      ngDevMode && `\`${option}\` must be a non-empty string, got ${describeValue(value)}.`,
    );
  }
  const text = value.trim();
  const problem = wireTextProblem(option, text);
  if (problem !== null) throw invalidConfig(option, describeValue(text), ngDevMode && problem);
  return text;
}

// v3 puts the service name in the request path: it must be one usable path segment.
function resolveServiceName(raw: CallbackConfig): string | undefined {
  const name = optionalText(raw, 'serviceName');
  const problem = name === undefined ? null : pathSegmentProblem('serviceName', name);
  if (problem !== null) {
    throw invalidConfig('serviceName', describeValue(name), ngDevMode && problem);
  }
  return name;
}

function optionalBoolean(source: object, option: string): boolean | undefined {
  const value: unknown = (source as Record<string, unknown>)[option];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw invalidConfig(
      option,
      describeValue(value),
      ngDevMode && `\`${option}\` must be true or false, got ${describeValue(value)}.`,
    );
  }
  return value;
}

// A URL is quoted without its query, fragment or credentials: API gateways are often given
// keys as ?apikey=…, and a password must not end up in a log.
function describeUrl(value: unknown): string {
  if (typeof value !== 'string') return describeValue(value);
  return describeValue(value.replace(/\/\/[^/@?#]*@/, '//…@').replace(/([?#]).*$/, '$1…'));
}

/** Loopback hosts, where plain http: cannot be observed by a third party. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

function notHttpUrl(value: string): CallbackError {
  return invalidConfig(
    'dataURL',
    describeUrl(value),
    ngDevMode && `\`dataURL\` must be an absolute http: or https: URL, got ${describeUrl(value)}.`,
  );
}
