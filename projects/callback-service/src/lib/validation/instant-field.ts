import { describeValue } from '../internal/describe-value';
import { formatUtc, INSTANT_RANGE_TEXT, parseInstant } from '../internal/instant';
import { invalidRequest } from './request-errors';

/**
 * Reads an optional full instant (a booking's `desiredTime`, the `start` of an `openFor()`
 * query) into its wire form, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent, `null` and `''` give
 * `undefined`. Unlike an availability window, a date alone is not accepted: it names no time.
 *
 * @throws {CallbackError} `INVALID_REQUEST` naming `field`.
 */
export function optionalInstantField(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const time = parseInstant(value);
  if (time === null) {
    throw invalidRequest(
      field,
      ngDevMode &&
        `\`${field}\` must be a valid Date or an ISO-8601 instant with an offset such as 2026-05-02T13:00:00.000Z, ${INSTANT_RANGE_TEXT}, got ${describeValue(value)}.`,
    );
  }
  return formatUtc(time);
}
