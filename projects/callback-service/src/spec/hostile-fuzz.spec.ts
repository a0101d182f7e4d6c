import type { Observable } from 'rxjs';
import { CallbackError, type CallbackService } from '../public-api';
import {
  AJAX_TIMEOUT,
  outcomeProblems,
  PROTOCOLS,
  respond,
  wireProblems,
} from './fuzz-test-helpers';
import { hostileAnswer, hostileCall, SeededRandom, type FuzzCall } from './fuzz-fixtures';
import { record, setUpCallbacks } from './harness-test-helpers';
import { containsText, HOSTILE_KEY } from './hostile-fixtures';

const CALLS_PER_RUN = 1500;

function invoke(callbacks: CallbackService, call: FuzzCall): Observable<unknown> {
  switch (call.method) {
    case 'schedule':
      return callbacks.schedule(call.argument as never);
    case 'availability':
      return callbacks.availability(call.argument as never);
    case 'cancel':
      return callbacks.cancel(call.argument as never);
    case 'retrieve':
      return callbacks.retrieve(call.argument as never);
  }
}

describe('CallbackService under a seeded fuzz of hostile calls and answers', () => {
  beforeEach(() => jasmine.clock().install());
  afterEach(() => jasmine.clock().uninstall());

  for (const protocol of PROTOCOLS) {
    for (const seed of [11, 4242]) {
      it(`${protocol.name}, seed ${seed}: ${CALLS_PER_RUN} calls each send a well-formed request or fail with a coded CallbackError, and all settle`, () => {
        const random = new SeededRandom(seed);
        const { callbacks, http, events } = setUpCallbacks(protocol.config);
        const problems: string[] = [];
        let sent = 0;
        let refused = 0;

        for (let i = 0; i < CALLS_PER_RUN; i++) {
          const call = hostileCall(random);
          const outcome = record(invoke(callbacks, call));
          for (const req of http.match(() => true)) {
            sent++;
            problems.push(
              ...wireProblems(req, protocol, call).map((p) => `#${i} ${call.method}: ${p}`),
            );
            try {
              respond(req, hostileAnswer(random, protocol.goodBody(req)));
            } catch (error) {
              // The library's handlers run inside the flush: nothing may escape them.
              problems.push(`#${i} ${call.method}: answering threw ${String(error)}`);
            }
          }
          // Silent servers: ajaxTimeout must settle the call, with no real wait.
          try {
            jasmine.clock().tick(AJAX_TIMEOUT);
          } catch (error) {
            // RxJS reports errors thrown in a subscriber from a timer: one escaped the library.
            problems.push(`#${i} ${call.method}: an error escaped: ${String(error)}`);
          }
          if (outcome.error instanceof CallbackError && outcome.error.code === 'INVALID_REQUEST')
            refused++;
          problems.push(...outcomeProblems(outcome, call).map((p) => `#${i} ${p}`));
        }

        http.verify();
        expect(problems.slice(0, 20)).toEqual([]);
        expect(containsText(events, HOSTILE_KEY)).withContext('key in events').toBeFalse();
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        // The fuzz reached both sides: requests on the wire and client-side refusals.
        expect(sent).toBeGreaterThan(CALLS_PER_RUN / 4);
        expect(refused).toBeGreaterThan(CALLS_PER_RUN / 20);
      });
    }
  }
});
