import { CallbackError } from '../errors/callback-error';

/** The original Widgets rejection of an empty schedule request, kept verbatim. */
export const NO_SCHEDULE_DATA_MESSAGE = 'No data found to schedule callback';

/** The original Widgets rejection of an empty availability query, kept verbatim. */
export const NO_AVAILABILITY_DATA_MESSAGE =
  'No query parameters passed for callback availability service';

/** The original Widgets rejection when v3 has no service name, kept verbatim. */
export const NO_SERVICE_NAME_MESSAGE = 'Invalid configuration. serviceName should be configured.';

/**
 * Builds the `INVALID_REQUEST` error of a client-side validation failure on `field`. Pass the
 * explanation as `ngDevMode && '…'` (Angular's idiom): production bundles keep only the code,
 * the field and a short message.
 */
export function invalidRequest(field: string, detail: string | false | null): CallbackError {
  return new CallbackError({
    code: 'INVALID_REQUEST',
    field,
    message: detail || `Invalid \`${field}\`.`,
  });
}

/**
 * Builds the `INVALID_CONFIG` error of a bad `provideCallback()` option. Pass the explanation
 * as `ngDevMode && '…'`: production bundles keep the code, the option and `shown`, the bad
 * value as `describeValue()` renders it (`null` where it must not be quoted: a key, a password).
 */
export function invalidConfig(
  field: string,
  shown: string | null,
  detail: string | false | null,
): CallbackError {
  return new CallbackError({
    code: 'INVALID_CONFIG',
    field,
    message: `provideCallback(): ${detail || `invalid \`${field}\`${shown === null ? '' : ` ${shown}`}.`}`,
  });
}

/** Builds the `NO_DATA` error with one of the original Widgets texts. */
export function noData(message: string): CallbackError {
  return new CallbackError({ code: 'NO_DATA', message });
}

/** Returns the keys of `value` whose value is neither `undefined` nor `null`. */
export function presentKeys(value: object): string[] {
  return Object.keys(value).filter((key) => {
    const entry: unknown = (value as Record<string, unknown>)[key];
    return entry !== undefined && entry !== null;
  });
}
