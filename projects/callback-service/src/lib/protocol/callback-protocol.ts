import type { HttpHeaders, HttpParams } from '@angular/common/http';
import type { CallbackSlot } from '../models/callback-slot';
import type { CallbackStatus } from '../models/callback-status';
import type { AvailabilityResult } from '../models/availability';
import type { ScheduleResult } from '../models/schedule';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';

/** One HTTP request as a protocol describes it; the transport sends it. */
export interface WireRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: string;
  readonly headers: HttpHeaders;
  readonly params?: HttpParams;
  /** `HttpParams` for form bodies (v1), a plain object for JSON bodies (v3). */
  readonly body?: unknown;
}

/** A request together with the parser that turns its 2xx body into a typed result. */
export interface ProtocolCall<T> {
  readonly request: WireRequest;
  /** Throws a `BAD_RESPONSE` `CallbackError` when the body is not the expected shape. */
  readonly parse: (body: unknown) => T;
}

/** What a server error body says, read defensively. */
export interface ServerErrorDetails {
  readonly serverCode?: number;
  readonly serverMessage?: string;
  readonly correlationId?: string;
  readonly proposedSlots?: CallbackSlot[];
}

/**
 * Everything that differs between Callback API v1 (GMS) and v3 (GES): paths, headers, body
 * encodings, field names and response shapes. The service and the transport never branch on
 * the API version; they ask the protocol.
 */
export interface CallbackProtocol {
  schedule(request: ValidatedScheduleRequest): ProtocolCall<ScheduleResult>;
  availability(query: ValidatedAvailabilityQuery): ProtocolCall<AvailabilityResult>;
  cancel(id: string): ProtocolCall<void>;
  retrieve(id: string): ProtocolCall<CallbackStatus>;
  readErrorBody(body: unknown): ServerErrorDetails;
}

/** Adds the API key header when a key is configured; the key goes on no other request. */
export function withApiKey(
  headers: HttpHeaders,
  name: string,
  apikey: string | undefined,
): HttpHeaders {
  return apikey === undefined ? headers : headers.set(name, apikey);
}
