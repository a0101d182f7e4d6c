// Shared checks for the input-validation specs (kept out of the package: tsconfig.lib.json excludes fixtures).
import { HttpTestingController } from '@angular/common/http/testing';
import { CallbackError, type CallbackEvent } from '../../public-api';
import type { Outcome } from '../test-helpers';

export const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';

/** The code (and field) a client-side refusal must carry. */
export interface Refusal {
  code: CallbackError['code'];
  field?: string;
}

/** Expects the outcome to be a refusal with `code`/`field` and nothing on the wire or on the event streams. */
export function expectRefusal<T>(
  outcome: Outcome<T>,
  expected: Refusal,
  { http, events }: { http: HttpTestingController; events: Outcome<CallbackEvent> },
): void {
  expect(outcome.error).toBeInstanceOf(CallbackError);
  expect(outcome.error).toEqual(jasmine.objectContaining(expected));
  expect(outcome.values).toEqual([]);
  http.expectNone(() => true);
  // Client-side refusals are the caller's business: only `ready` is on the event stream.
  expect(events.values.map((event) => event.type)).toEqual(['ready']);
}

export function messageOf(outcome: Outcome<unknown>): string {
  return (outcome.error as Error | undefined)?.message ?? '';
}
