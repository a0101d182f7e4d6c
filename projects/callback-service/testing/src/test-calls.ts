import {
  CallbackError,
  type AvailabilityResult,
  type CallbackErrorInit,
  type CallbackSlot,
  type CallbackStatus,
  type CallbackUserData,
  type OpenForResult,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import type { Subscriber } from 'rxjs';

/** A booking as `CallbackService` validated and normalised it, shown to a test. */
export interface ScheduleCallRequest {
  /** The number with separators removed, e.g. `+15550102030`. */
  readonly phonenumber: string;
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent for "as soon as possible". */
  readonly desiredTime?: string;
  /** The first name, when given. */
  readonly firstname?: string;
  /** The last name, when given. */
  readonly lastname?: string;
  /** The e-mail address, when given. */
  readonly email?: string;
  /** The "Notes" text, when given. */
  readonly subject?: string;
  /** The per-call attached data (the config's `userData` is merged on the wire only). */
  readonly userData: CallbackUserData;
  /** The v3 service name given to this call, if any (the config's is not copied here). */
  readonly serviceName?: string;
  /** The v3 captcha token, when given. */
  readonly captchaToken?: string;
}

/** An availability query as `CallbackService` validated and normalised it, shown to a test. */
export interface AvailabilityCallQuery {
  /** Start of the window, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly startDate?: string;
  /** End of the window, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly endDate?: string;
  /** Length of the window in days, as a number (also when given as a numeric string). */
  readonly numberOfDays?: number;
  /** The most slots to return, when given. */
  readonly maxTimeSlots?: number;
  /** The v3 service name given to this query, if any (the config's is not copied here). */
  readonly serviceName?: string;
}

/** The id that a cancellation or a state query concerns. */
export interface CallbackIdCall {
  /** The callback id. */
  readonly id: string;
}

/** A move of a booked callback, as `CallbackService` validated it, shown to a test. */
export interface RescheduleCallRequest {
  /** The callback id. */
  readonly id: string;
  /** The new time, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly desiredTime: string;
}

/** An office-hours query as `CallbackService` validated it, shown to a test. */
export interface OpenForCallQuery {
  /** The moment asked about, UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent = now. */
  readonly start?: string;
  /** The service name given to this query, if any (the config's is not copied here). */
  readonly serviceName?: string;
}

/** How a test fails a call: a `CallbackError`, its init fields, or just a code. */
export type TestFailure = CallbackError | CallbackErrorInit | CallbackErrorInit['code'];

/**
 * One call that reached the testing backend and waits for the test to answer it, like
 * `TestRequest` of `@angular/common/http/testing`.
 */
export abstract class TestCallbackCall<T, R> {
  private answeredFlag = false;
  private cancelledFlag = false;

  /** @internal */
  constructor(
    /** What the call carries. */
    readonly request: R,
    private readonly subscriber: Subscriber<T>,
  ) {
    // The teardown runs on unsubscribe and after an answer: only the former is a cancellation.
    subscriber.add(() => {
      if (!this.answeredFlag) this.cancelledFlag = true;
    });
  }

  /** Whether the caller unsubscribed before the call was answered (e.g. a stale query). */
  get cancelled(): boolean {
    return this.cancelledFlag;
  }

  /** Whether the test answered the call (with a value or an error). */
  get answered(): boolean {
    return this.answeredFlag;
  }

  /** Answers the call with an error, as the server or the network would. */
  fail(failure: TestFailure): void {
    this.assertOpen();
    this.answeredFlag = true;
    this.subscriber.error(toCallbackError(failure));
  }

  /** @internal */
  protected answer(value: T): void {
    this.assertOpen();
    this.answeredFlag = true;
    this.subscriber.next(value);
    this.subscriber.complete();
  }

  private assertOpen(): void {
    if (this.answeredFlag) throw new Error('This callback call was already answered.');
    if (this.cancelledFlag) throw new Error('This callback call was cancelled by its caller.');
  }
}

/** A pending `schedule()`; answer with {@link succeed} or `fail`. */
export class TestScheduleCall extends TestCallbackCall<ScheduleResult, ScheduleCallRequest> {
  /** @internal */
  constructor(
    request: ScheduleCallRequest,
    subscriber: Subscriber<ScheduleResult>,
    private readonly nextId: () => string,
  ) {
    super(request, subscriber);
  }

  /**
   * Books it: the result's id defaults to `test-callback-<n>` (counted per controller), the
   * time to the requested one.
   */
  succeed(result: Partial<ScheduleResult> = {}): void {
    const id = result.id ?? this.nextId();
    const desiredTime = result.desiredTime ?? this.request.desiredTime;
    this.answer({
      id,
      raw: result.raw ?? { id },
      ...(desiredTime === undefined ? {} : { desiredTime }),
    });
  }
}

/** A pending `availability()`; answer with {@link respond} or `fail`. */
export class TestAvailabilityCall extends TestCallbackCall<
  AvailabilityResult,
  AvailabilityCallQuery
> {
  /** Answers with these slots (sorted by time, as the real backend does) or a whole result. */
  respond(
    answer: readonly CallbackSlot[] | (Omit<AvailabilityResult, 'raw'> & { raw?: unknown }),
  ): void {
    const result = isSlotList(answer)
      ? { slots: [...answer] }
      : { ...answer, slots: [...answer.slots] };
    result.slots.sort((a, b) => (a.utcTime < b.utcTime ? -1 : a.utcTime > b.utcTime ? 1 : 0));
    this.answer({ raw: result, ...result });
  }
}

/** A pending `cancel()`; answer with {@link succeed} or `fail`. */
export class TestCancelCall extends TestCallbackCall<void, CallbackIdCall> {
  /** Confirms the cancellation. */
  succeed(): void {
    this.answer(undefined);
  }
}

/** A pending `retrieve()`; answer with {@link respond} or `fail`. */
export class TestRetrieveCall extends TestCallbackCall<CallbackStatus, CallbackIdCall> {
  /** Answers with this status; the id defaults to the requested one. */
  respond(status: Partial<CallbackStatus> = {}): void {
    this.answer({ id: this.request.id, raw: status, ...status });
  }
}

/** A pending `reschedule()`; answer with {@link succeed} or `fail`. */
export class TestRescheduleCall extends TestCallbackCall<ScheduleResult, RescheduleCallRequest> {
  /** Confirms the move: the id and the time default to the requested ones. */
  succeed(result: Partial<ScheduleResult> = {}): void {
    const id = result.id ?? this.request.id;
    const desiredTime = result.desiredTime ?? this.request.desiredTime;
    this.answer({ id, desiredTime, raw: result.raw ?? { id, desiredTime } });
  }
}

/** A pending `openFor()`; answer with {@link respond} or `fail`. */
export class TestOpenForCall extends TestCallbackCall<OpenForResult, OpenForCallQuery> {
  /** Answers that the office stays open this many seconds (`0`: closed). */
  respond(openForSeconds: number): void {
    if (!Number.isFinite(openForSeconds) || openForSeconds < 0)
      throw new Error(`openForSeconds must be a number of seconds ≥ 0, got ${openForSeconds}.`);
    this.answer({ openForSeconds, raw: { openForSeconds } });
  }
}

function isSlotList(value: unknown): value is readonly CallbackSlot[] {
  return Array.isArray(value);
}

function toCallbackError(failure: TestFailure): CallbackError {
  if (failure instanceof CallbackError) return failure;
  if (typeof failure === 'string') {
    return new CallbackError({ code: failure, message: `Test failure: ${failure}` });
  }
  return new CallbackError(failure);
}
