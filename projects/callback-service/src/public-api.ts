/*
 * Public API surface of ngx-genesys-callback (core entry point).
 */

// Configuration
export { provideCallback } from './lib/provide-callback';
export { withRetry, type CallbackFeature, type CallbackFeatureKind } from './lib/callback-features';
export {
  CALLBACK_CONFIG_DEFAULTS,
  MAX_AJAX_TIMEOUT_MS,
  type CallbackApiVersion,
  type CallbackConfig,
  type ResolvedCallbackConfig,
} from './lib/config/callback-config';
export type {
  CallbackConfigFactory,
  CallbackConfigSource,
} from './lib/config/callback-config-loader';
export { resolveCallbackConfig } from './lib/config/resolve-callback-config';
export { DEFAULT_RETRY_POLICY, type CallbackRetryPolicy } from './lib/retry/retry-policy';

// CXBus bridge (legacy Genesys Widgets page scripts)
export { withCxBus } from './lib/cxbus/with-cx-bus';
export type { CxBusOptions } from './lib/cxbus/cxbus-bridge';
export { CXBUS_GLOBALS } from './lib/cxbus/cxbus-globals';
export { createCompatibleCxBus, type CompatibleCxBus } from './lib/cxbus/compatible-bus';
export type {
  CxBusCommandEvent,
  CxBusDeferred,
  CxBusEvent,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  CxBusPromise,
} from './lib/cxbus/cxbus-types';
export type { LegacyXhrError } from './lib/cxbus/legacy-payloads';

// Interceptor support
export { CALLBACK_REQUEST } from './lib/protocol/wire-requests';

// Service, results and events
export { CallbackService } from './lib/callback.service';
export type { ScheduleRequest, ScheduleResult } from './lib/models/schedule';
export type { AvailabilityQuery, AvailabilityResult } from './lib/models/availability';
export type { OpenForQuery, OpenForResult } from './lib/models/open-for';
export type { CallbackSlot } from './lib/models/callback-slot';
export type { CallbackState, CallbackStatus } from './lib/models/callback-status';
export type { CallbackUserData, CallbackUserDataValue } from './lib/models/user-data';
export type {
  CallbackAvailabilityErrorEvent,
  CallbackAvailableSlotsEvent,
  CallbackEvent,
  CallbackReadyEvent,
  CallbackScheduledEvent,
  CallbackScheduleErrorEvent,
} from './lib/callback-events';

// Signals (resources and a booking state over CallbackService)
export { availabilityResource } from './lib/signals/availability-resource';
export { callbackStatusResource } from './lib/signals/callback-status-resource';
export {
  injectCallbackBooking,
  type CallbackBookingState,
  type CallbackBookingStatus,
} from './lib/signals/callback-booking';
export type { CallbackSignalOptions } from './lib/signals/callback-resource';

// Errors
export {
  CallbackError,
  isCallbackError,
  type CallbackErrorCode,
  type CallbackErrorInit,
} from './lib/errors/callback-error';

// Private exports for the /testing and /widget entry points (Angular's ɵ convention: not public API).
export {
  injectCallbackConfigSignal as ɵinjectCallbackConfigSignal,
  injectResolvedCallbackConfig as ɵinjectResolvedCallbackConfig,
} from './lib/config/callback-config-loader';
export {
  CALLBACK_BACKEND as ɵCALLBACK_BACKEND,
  type CallbackBackend as ɵCallbackBackend,
} from './lib/transport/callback-backend';
export type { ValidatedScheduleRequest as ɵValidatedScheduleRequest } from './lib/validation/validate-schedule-request';
export type { ValidatedAvailabilityQuery as ɵValidatedAvailabilityQuery } from './lib/validation/validate-availability-query';
export type { ValidatedOpenForQuery as ɵValidatedOpenForQuery } from './lib/validation/validate-open-for-query';
export type { ValidatedReschedule as ɵValidatedReschedule } from './lib/validation/validate-reschedule';
export {
  API_VERSION_OF as ɵAPI_VERSION_OF,
  unsupportedOperation as ɵunsupportedOperation,
} from './lib/protocol/unsupported-operation';
export { isClientSideRefusal as ɵisClientSideRefusal } from './lib/errors/callback-error';
export { definedOnly as ɵdefinedOnly } from './lib/internal/defined-only';
export {
  isPlainPhoneNumber as ɵisPlainPhoneNumber,
  normalizePhoneNumber as ɵnormalizePhoneNumber,
} from './lib/validation/phone-number';
