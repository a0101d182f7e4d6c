import type { CallbackApiVersion } from '../config/callback-config';
import { CallbackError } from '../errors/callback-error';

/** The operations beyond the original plugin that only one Callback API version has. */
export type VersionSpecificOperation = 'reschedule' | 'openFor';

/** The one API version that has each of them: GMS (v1) moves a booking, GES (v3) tells office hours. */
export const API_VERSION_OF: Readonly<Record<VersionSpecificOperation, CallbackApiVersion>> = {
  reschedule: 'v1',
  openFor: 'v3',
};

// Why the other version lacks it, so the message says what to do instead (development only).
const MISSING: Readonly<Record<VersionSpecificOperation, string>> = {
  reschedule:
    'Genesys publishes no reschedule endpoint for GES; cancel() and schedule() a new callback instead',
  openFor: 'GMS has no open-for endpoint; read the free slots with availability() instead',
};

/**
 * Builds the `UNSUPPORTED` error of an operation the configured API version does not have
 * (`reschedule` on v3, `openFor` on v1). Nothing is sent for it.
 */
export function unsupportedOperation(
  operation: VersionSpecificOperation,
  apiVersion: CallbackApiVersion,
): CallbackError {
  return new CallbackError({
    code: 'UNSUPPORTED',
    message: `${operation}() is not available with Callback API ${apiVersion}${ngDevMode ? `: ${MISSING[operation]}` : ''}. Nothing was sent.`,
  });
}

/**
 * Throws the `UNSUPPORTED` error when `apiVersion` lacks `operation`: checked before the
 * arguments, since no argument would make the call possible.
 */
export function assertOperationAvailable(
  operation: VersionSpecificOperation,
  apiVersion: CallbackApiVersion,
): void {
  if (API_VERSION_OF[operation] !== apiVersion) throw unsupportedOperation(operation, apiVersion);
}
