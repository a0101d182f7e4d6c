import { definedOnly } from '../internal/defined-only';
import type { OpenForQuery } from '../models/open-for';
import { invalidRequest, presentKeys } from './request-errors';
import { optionalInstantField } from './instant-field';
import { readOwnFields } from './read-input';
import { optionalServiceName } from './service-name';

/** An `OpenForQuery` that passed validation, in wire-ready form. */
export interface ValidatedOpenForQuery {
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent = now. */
  readonly start?: string;
  /** The per-call service, trimmed; absent = the config's `serviceName`. */
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
  const fields = readOwnFields(query, 'query', ngDevMode && 'openFor() needs a query object');
  const unknown = presentKeys(fields).find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined) {
    throw invalidRequest(
      unknown,
      ngDevMode && `\`${unknown}\` is not an OpenForQuery field; use serviceName, start.`,
    );
  }
  return definedOnly({
    start: optionalInstantField(fields['start'], 'start'),
    serviceName: optionalServiceName(fields['serviceName']),
  });
}
