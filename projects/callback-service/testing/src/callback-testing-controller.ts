import { Injectable } from '@angular/core';
import {
  TestAvailabilityCall,
  TestCancelCall,
  TestOpenForCall,
  TestRescheduleCall,
  TestRetrieveCall,
  TestScheduleCall,
  type AvailabilityCallQuery,
  type OpenForCallQuery,
  type RescheduleCallRequest,
  type ScheduleCallRequest,
  type TestCallbackCall,
} from './test-calls';

/** Which calls a test expects: fields that must be equal, or a predicate. */
export type CallMatch<R> = Partial<R> | ((request: R) => boolean);

type AnyCall = TestCallbackCall<unknown, unknown>;
type CallClass<C> = abstract new (...args: never[]) => C;

/**
 * Expects and answers the calls `CallbackService` makes, without any HTTP detail: the test
 * double of the Genesys server, in the manner of `HttpTestingController`. Provided by
 * `provideCallbackTesting()`.
 *
 * @example
 * ```ts
 * TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
 * const callbacks = TestBed.inject(CallbackTestingController);
 * // … the component under test books a callback …
 * callbacks.expectSchedule({ phonenumber: '+15550102030' }).succeed({ id: 'cb-1' });
 * callbacks.expectAvailability().respond([{ utcTime: '2030-01-01T09:00:00.000Z', capacity: 2 }]);
 * callbacks.verify();
 * ```
 */
@Injectable()
export class CallbackTestingController {
  private readonly open: AnyCall[] = [];
  private bookings = 0;

  /** Takes the one open booking that matches; throws when there is none or several. */
  expectSchedule(match?: CallMatch<ScheduleCallRequest>): TestScheduleCall {
    return this.expectOne(TestScheduleCall, 'schedule', match);
  }

  /** Takes the one open availability query that matches; throws when there is none or several. */
  expectAvailability(match?: CallMatch<AvailabilityCallQuery>): TestAvailabilityCall {
    return this.expectOne(TestAvailabilityCall, 'availability', match);
  }

  /** Takes the one open cancellation (of `id`, when given); throws when there is none or several. */
  expectCancel(id?: string): TestCancelCall {
    return this.expectOne(TestCancelCall, 'cancel', id === undefined ? undefined : { id });
  }

  /** Takes the one open state query (of `id`, when given); throws when there is none or several. */
  expectRetrieve(id?: string): TestRetrieveCall {
    return this.expectOne(TestRetrieveCall, 'retrieve', id === undefined ? undefined : { id });
  }

  /** Takes the one open move to a new time that matches; throws when there is none or several. */
  expectReschedule(match?: CallMatch<RescheduleCallRequest>): TestRescheduleCall {
    return this.expectOne(TestRescheduleCall, 'reschedule', match);
  }

  /** Takes the one open office-hours query that matches; throws when there is none or several. */
  expectOpenFor(match?: CallMatch<OpenForCallQuery>): TestOpenForCall {
    return this.expectOne(TestOpenForCall, 'openFor', match);
  }

  /** Takes every open booking that matches (possibly none). */
  matchSchedule(match?: CallMatch<ScheduleCallRequest>): TestScheduleCall[] {
    return this.take(TestScheduleCall, match);
  }

  /** Takes every open availability query that matches (possibly none). */
  matchAvailability(match?: CallMatch<AvailabilityCallQuery>): TestAvailabilityCall[] {
    return this.take(TestAvailabilityCall, match);
  }

  /** Throws when an open booking matches. */
  expectNoSchedule(match?: CallMatch<ScheduleCallRequest>): void {
    this.expectNone(TestScheduleCall, 'schedule', match);
  }

  /** Throws when an open availability query matches. */
  expectNoAvailability(match?: CallMatch<AvailabilityCallQuery>): void {
    this.expectNone(TestAvailabilityCall, 'availability', match);
  }

  /** Throws when any call is still open (neither answered nor given up by its caller). */
  verify(): void {
    const open = this.pending();
    if (open.length > 0) {
      throw new Error(
        `Expected no open callback calls, found ${open.length}: ${open.map(describe).join('; ')}`,
      );
    }
  }

  /** @internal Called by the testing backend for each call the service sends. */
  ɵadd(call: AnyCall): void {
    this.open.push(call);
  }

  /** @internal The id of the next booking answered without one: `test-callback-<n>`. */
  ɵnextBookingId(): string {
    return `test-callback-${++this.bookings}`;
  }

  private pending(): AnyCall[] {
    return this.open.filter((call) => !call.cancelled && !call.answered);
  }

  private take<C extends AnyCall>(
    type: CallClass<C>,
    match: CallMatch<C['request']> | undefined,
  ): C[] {
    const found = this.pending().filter(
      (call): call is C => call instanceof type && matches(call.request, match),
    );
    for (const call of found) this.open.splice(this.open.indexOf(call), 1);
    return found;
  }

  private expectOne<C extends AnyCall>(
    type: CallClass<C>,
    kind: string,
    match: CallMatch<C['request']> | undefined,
  ): C {
    const found = this.take(type, match);
    if (found.length !== 1) {
      found.forEach((call) => this.open.push(call));
      const open = this.pending().map(describe);
      throw new Error(
        `Expected one open ${kind} call${describeMatch(match)}, found ${found.length}. Open calls: ${open.length ? open.join('; ') : 'none'}.`,
      );
    }
    return found[0] as C;
  }

  private expectNone<C extends AnyCall>(
    type: CallClass<C>,
    kind: string,
    match: CallMatch<C['request']> | undefined,
  ): void {
    const found = this.pending().filter(
      (call) => call instanceof type && matches(call.request, match),
    );
    if (found.length > 0)
      throw new Error(
        `Expected no open ${kind} call${describeMatch(match)}, found ${found.length}.`,
      );
  }
}

function matches<R>(request: R, match: CallMatch<R> | undefined): boolean {
  if (match === undefined) return true;
  if (typeof match === 'function') return match(request);
  return Object.entries(match).every(
    ([key, value]) =>
      JSON.stringify((request as Record<string, unknown>)[key]) === JSON.stringify(value),
  );
}

function describe(call: AnyCall): string {
  return `${call.constructor.name.replace(/^Test|Call$/g, '').toLowerCase()} ${JSON.stringify(call.request)}`;
}

function describeMatch(match: unknown): string {
  if (match === undefined) return '';
  return typeof match === 'function'
    ? ' matching the predicate'
    : ` matching ${JSON.stringify(match)}`;
}
