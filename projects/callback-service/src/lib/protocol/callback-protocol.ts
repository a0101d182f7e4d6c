import type { HttpHeaders, HttpParams } from '@angular/common/http';
import type { CallbackSlot } from '../models/callback-slot';
import type { CallbackStatus } from '../models/callback-status';
import type { AvailabilityResult } from '../models/availability';
import type { OpenForResult } from '../models/open-for';
import type { ScheduleResult } from '../models/schedule';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedOpenForQuery } from '../validation/validate-open-for-query';
import type { ValidatedReschedule } from '../validation/validate-reschedule';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';

/** One HTTP request as a protocol describes it; the transport sends it. */
export interface WireRequest {
  /** HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Absolute URL without query. */
  readonly url: string;
  /** `Accept`, `Content-Type` for bodies, and the API key header when configured. */
  readonly headers: HttpHeaders;
  /** Query parameters, fully percent-encoded. */
  readonly params?: HttpParams;
  /** `HttpParams` for form bodies, a plain object for JSON bodies. */
  readonly body?: unknown;
}

/** A request together with the parser that turns its 2xx body into a typed result. */
export interface ProtocolCall<T> {
  /** What to send. */
  readonly request: WireRequest;
  /** Throws a `BAD_RESPONSE` `CallbackError` when the body is not the expected shape. */
  readonly parse: (body: unknown) => T;
}

/** What a server error body says, read defensively. */
export interface ServerErrorDetails {
  /** GMS `code` or GES `status.code`. */
  readonly serverCode?: number;
  /** GMS `message` or GES `status.message`, cut to a sane length. */
  readonly serverMessage?: string;
  /** GES `status.corrId`. */
  readonly correlationId?: string;
  /** GMS `availability` map or GES `data.slots`. */
  readonly proposedSlots?: CallbackSlot[];
}

/**
 * Everything that differs between Callback API v1 (GMS) and v3 (GES): paths, headers, body
 * encodings, field names and response shapes. The service and the transport never branch on
 * the API version; they ask the protocol.
 */
export interface CallbackProtocol {
  /** The booking request and the reader of its answer. */
  schedule(request: ValidatedScheduleRequest): ProtocolCall<ScheduleResult>;
  /** The free-slots query and the reader of its answer. */
  availability(query: ValidatedAvailabilityQuery): ProtocolCall<AvailabilityResult>;
  /** The cancellation of a booked callback. */
  cancel(id: string): ProtocolCall<void>;
  /** The state query of a booked callback. */
  retrieve(id: string): ProtocolCall<CallbackStatus>;
  /** The move of a booked callback to a new time; throws `UNSUPPORTED` where there is none. */
  reschedule(move: ValidatedReschedule): ProtocolCall<ScheduleResult>;
  /** The office-hours query of a service; throws `UNSUPPORTED` where there is none. */
  openFor(query: ValidatedOpenForQuery): ProtocolCall<OpenForResult>;
  /** Reads the version's error body shape. */
  readErrorBody(body: unknown): ServerErrorDetails;
}
