import type { CallbackUserData } from '../models/user-data';

/** The two Genesys Callback API versions: v1 (GMS, on-prem) and v3 (GES / Engage cloud). */
export type CallbackApiVersion = 'v1' | 'v3';

/**
 * Options of `provideCallback()`. The names are the Genesys Widgets names, so an existing
 * `window._genesys.widgets.callback` object can be passed as it is (unknown keys are ignored).
 *
 * @example
 * ```ts
 * const config: CallbackConfig = {
 *   dataURL: 'https://gms.example.com/genesys/1/service/callback/customer-care',
 *   apiVersion: 'v1',
 *   ajaxTimeout: 5000,
 *   userData: { portal: 'self-service' },
 * };
 * ```
 */
export interface CallbackConfig {
  /**
   * Required absolute `http:`/`https:` URL. v1: the GMS service URL
   * `…/genesys/1/service/callback/{service}`; v3: the base ending in `/engagement/v3/callbacks`.
   */
  dataURL: string;
  /** `'v1'` (default) or `'v3'`, case-insensitive. */
  apiVersion?: CallbackApiVersion | Uppercase<CallbackApiVersion>;
  /**
   * API key: v1 header `apikey`, v3 header `x-api-key`. Sent only on this library's own
   * requests to `dataURL`; refused with a plain `http:` URL whose host is not loopback.
   */
  apikey?: string;
  /** v3 service name (required for v3 here or per call); percent-encoded in paths. */
  serviceName?: string;
  /** Attached data sent with every booking, under the per-call `userData`. Default `{}`. */
  userData?: CallbackUserData;
  /** Timeout of each request attempt in milliseconds: a positive integer up to 120000. Default 3000. */
  ajaxTimeout?: number;
  /** v1 only: sent as `_call_direction` when set (e.g. `USERTERMINATED`). */
  callDirection?: string;
  /** IANA time zone for v3 availability (`timezone` parameter, slots' `localTime`). */
  timezone?: string;
  /** Widget only: show a country dial-code picker. Default `true`. */
  countryCodes?: boolean;
  /** Widget only: offer "as soon as possible". Default `true`. */
  immediateCallback?: boolean;
  /** Widget only: offer "pick date & time". Default `true`. */
  scheduledCallback?: boolean;
}

/** A `CallbackConfig` after defaults, normalisation and validation: no option is left undefined by accident. */
export interface ResolvedCallbackConfig {
  /** The service URL without trailing slashes. */
  readonly dataURL: string;
  /** Lower-cased API version. */
  readonly apiVersion: CallbackApiVersion;
  /** The API key, if any. */
  readonly apikey?: string;
  /** The default v3 service name, if any. */
  readonly serviceName?: string;
  /** Default attached data, a frozen null-prototype object. */
  readonly userData: CallbackUserData;
  /** Timeout of each request attempt in milliseconds. */
  readonly ajaxTimeout: number;
  /** v1 `_call_direction`, if any. */
  readonly callDirection?: string;
  /** IANA time zone for v3 availability, if any. */
  readonly timezone?: string;
  /** Widget: show a country dial-code picker. */
  readonly countryCodes: boolean;
  /** Widget: offer "as soon as possible". */
  readonly immediateCallback: boolean;
  /** Widget: offer "pick date & time". */
  readonly scheduledCallback: boolean;
}

/** The defaults of the Genesys Widgets CallbackService and Callback form, applied by `resolveCallbackConfig()`. */
export const CALLBACK_CONFIG_DEFAULTS: Readonly<
  Pick<
    ResolvedCallbackConfig,
    'apiVersion' | 'ajaxTimeout' | 'countryCodes' | 'immediateCallback' | 'scheduledCallback'
  >
> = Object.freeze({
  apiVersion: 'v1',
  ajaxTimeout: 3000,
  countryCodes: true,
  immediateCallback: true,
  scheduledCallback: true,
});

/** Upper bound of `ajaxTimeout`, in milliseconds. */
export const MAX_AJAX_TIMEOUT_MS = 120_000;
