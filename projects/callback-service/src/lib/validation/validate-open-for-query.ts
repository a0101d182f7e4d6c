import { definedOnly } from '../internal/defined-only';
import { describeValue } from '../internal/describe-value';
import type { OpenForQuery } from '../models/open-for';
import { formatUtc, parseInstant } from './instant';
import { invalidRequest, presentKeys } from './request-errors';
import { optionalServiceName } from './validate-availability-query';

/** An `OpenForQuery` that passed validation, in wire-ready form. */
export interface ValidatedOpenForQuery {
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent = now. */
  readonly start?: string;
  readonly serviceName?: string;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set<keyof OpenForQuery>(['serviceName', 'start']);

/**
 * Checks an `OpenForQuery` before anything is sent; `undefined` and `{}` ask about now.
 *
 * @throws {CallbackError} `INVALID_REQUEST` with `field` set for anything that is wrong.
 */
export function validateOpenForQuery(
  query: OpenForQuery | null | undefined,
): ValidatedOpenForQuery {
  if (query === null || query === undefined) return {};
  if (typeof query !== 'object' || Array.isArray(query)) {
    throw invalidRequest(
      'query',
      ngDevMode && `openFor() needs a query object, got ${describeValue(query)}.`,
    );
  }
  const unknown = presentKeys(query).find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined) {
    throw invalidRequest(
      unknown,
      ngDevMode && `\`${unknown}\` is not an OpenForQuery field; use serviceName, start.`,
    );
  }
  return definedOnly({
    start: optionalStart(query.start),
    serviceName: optionalServiceName(query.serviceName),
  });
}

function optionalStart(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const time = parseInstant(value);
  if (time === null) {
    throw invalidRequest(
      'start',
      ngDevMode &&
        `\`start\` must be a valid Date or an ISO-8601 instant with an offset such as 2026-05-02T13:00:00.000Z, got ${describeValue(value)}.`,
    );
  }
  return formatUtc(time);
}
