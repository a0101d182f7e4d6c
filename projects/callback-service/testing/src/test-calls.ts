import {
  CallbackError,
  type AvailabilityResult,
  type CallbackErrorInit,
  type CallbackSlot,
  type CallbackStatus,
  type CallbackUserData,
  type ScheduleResult,
} from 'ngx-genesys-callback';
import type { Subscriber } from 'rxjs';

/** A booking as `CallbackService` validated and normalised it, shown to a test. */
export interface ScheduleCallRequest {
  /** The number with separators removed, e.g. `+15550102030`. */
  readonly phonenumber: string;
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`; absent for "as soon as possible". */
  readonly desiredTime?: string;
  readonly firstname?: string;
  readonly lastname?: string;
  readonly email?: string;
  readonly subject?: string;
  /** The per-call attached data (the config's `userData` is merged on the wire only). */
  readonly userData: CallbackUserData;
  readonly serviceName?: string;
  readonly captchaToken?: string;
}

/** An availability query as `CallbackService` validated and normalised it, shown to a test. */
export interface AvailabilityCallQuery {
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly startDate?: string;
  /** UTC `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly endDate?: string;
  readonly numberOfDays?: number;
  readonly maxTimeSlots?: number;
  readonly serviceName?: string;
}

/** How a test fails a call: a `CallbackError`, its init fields, or just a code. */
export type TestFailure = CallbackError | CallbackErrorInit | CallbackErrorInit['code'];

/**
 * One call that reached the testing backend and waits for the test to answer it, like
 * `TestRequest` of `@angular/common/http/testing`.
 */
export abstract class TestCallbackCall<T, R> {
  private settled = false;

  /** @internal */
  constructor(
    /** What the call carries. */
    readonly request: R,
    private readonly subscriber: Subscriber<T>,
  ) {
    subscriber.add(() => (this.settled = true));
  }

  /** Whether the caller gave up (unsubscribed) or the call was already answered. */
  get cancelled(): boolean {
    return this.settled;
  }

  /** Answers the call with an error, as the server or the network would. */
  fail(failure: TestFailure): void {
    this.assertOpen();
    this.subscriber.error(toCallbackError(failure));
  }

  /** @internal */
  protected answer(value: T): void {
    this.assertOpen();
    this.subscriber.next(value);
    this.subscriber.complete();
  }

  private assertOpen(): void {
    if (this.settled) throw new Error('This callback call was already answered or cancelled.');
  }
}

/** A pending `schedule()`; answer with {@link succeed} or `fail`. */
export class TestScheduleCall extends TestCallbackCall<ScheduleResult, ScheduleCallRequest> {
  /** Books it: the result's id defaults to `test-callback-<n>`, the time to the requested one. */
  succeed(result: Partial<ScheduleResult> = {}): void {
    const id = result.id ?? `test-callback-${++bookingCount}`;
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
export class TestCancelCall extends TestCallbackCall<void, { readonly id: string }> {
  /** Confirms the cancellation. */
  succeed(): void {
    this.answer(undefined);
  }
}

/** A pending `retrieve()`; answer with {@link respond} or `fail`. */
export class TestRetrieveCall extends TestCallbackCall<CallbackStatus, { readonly id: string }> {
  /** Answers with this status; the id defaults to the requested one. */
  respond(status: Partial<CallbackStatus> = {}): void {
    this.answer({ id: this.request.id, raw: status, ...status });
  }
}

let bookingCount = 0;

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
