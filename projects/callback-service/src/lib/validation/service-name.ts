import { describeValue } from '../internal/describe-value';
import { invalidRequest } from './request-errors';
import { pathSegmentProblem } from './wire-text';

/**
 * Reads an optional service name (a request field, or the v3 path segment it becomes): absent,
 * or a non-empty string, trimmed, that can be one path segment.
 *
 * @throws {CallbackError} `INVALID_REQUEST` naming `serviceName`.
 */
export function optionalServiceName(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidRequest(
      'serviceName',
      ngDevMode && `\`serviceName\` must be a non-empty string, got ${describeValue(value)}.`,
    );
  }
  const name = value.trim();
  const problem = pathSegmentProblem('serviceName', name);
  if (problem !== null) throw invalidRequest('serviceName', ngDevMode && problem);
  return name;
}
