import { CallbackError, type LegacyXhrError } from '../public-api';
import { AJAX_TIMEOUT, PROTOCOLS, respond, wireProblems } from './fuzz-test-helpers';
import { hostileAnswer, hostileCall, hostileValue, SeededRandom } from './fuzz-fixtures';
import { setUpPageScript } from './harness-test-helpers';
import { containsText, HOSTILE_KEY } from './hostile-fixtures';

const COMMANDS_PER_RUN = 1000;

/** Why a deferred's settlement is not one the original plugin's callers can read. */
function settlementProblem(settled: { state: string; value: unknown } | null): string | null {
  if (settled === null) return 'the deferred never settled';
  if (settled.state === 'resolved')
    return settled.value === undefined ? 'resolved with nothing' : null;
  // Client-side refusals reject with their text, server outcomes with a jqXHR-like object.
  if (typeof settled.value === 'string') return settled.value === '' ? 'rejected with ""' : null;
  const xhr = settled.value as LegacyXhrError | undefined;
  if (!(xhr?.callbackError instanceof CallbackError)) return 'rejected without a CallbackError';
  if (typeof xhr.responseText !== 'string') return 'responseText is not a string';
  return containsText(xhr, HOSTILE_KEY) ? 'the rejection carries the key' : null;
}

describe('withCxBus() under a seeded fuzz of hostile page scripts and answers', () => {
  beforeEach(() => {
    jasmine.clock().install();
    spyOn(console, 'warn'); // the dev-mode notes about dropped keys and typos
  });
  afterEach(() => jasmine.clock().uninstall());

  for (const protocol of PROTOCOLS) {
    it(`${protocol.name}: ${COMMANDS_PER_RUN} hostile commands never throw into the page, send well-formed requests and always settle their deferred`, () => {
      const random = new SeededRandom(2026);
      const { http, script } = setUpPageScript(protocol.config);
      const published: unknown[] = [];
      for (const event of ['scheduled', 'scheduleError', 'availableSlots', 'availabilityError']) {
        script.subscribe(`CallbackService.${event}`, (e) => published.push(e.data));
      }
      const problems: string[] = [];

      for (let i = 0; i < COMMANDS_PER_RUN; i++) {
        const call = hostileCall(random);
        const command =
          call.method === 'availability'
            ? 'CallbackService.availability'
            : 'CallbackService.schedule';
        // Legacy data may be anything at all, not only a request-shaped object.
        const data = call.method === 'cancel' ? hostileValue(random) : call.argument;
        let settled: { state: string; value: unknown } | null = null;
        try {
          script
            .command(command, data)
            .done((value) => (settled ??= { state: 'resolved', value }))
            .fail((value) => (settled ??= { state: 'rejected', value }));
        } catch (error) {
          problems.push(`#${i} command() threw ${String(error)}`);
        }
        jasmine.clock().tick(0); // the bus delivers commands asynchronously
        for (const req of http.match(() => true)) {
          problems.push(
            ...wireProblems(req, protocol, { ...call, argument: data }).map((p) => `#${i} ${p}`),
          );
          respond(req, hostileAnswer(random, protocol.goodBody(req)));
        }
        jasmine.clock().tick(AJAX_TIMEOUT);
        const problem = settlementProblem(settled);
        if (problem !== null) problems.push(`#${i} ${command}: ${problem}`);
      }

      http.verify();
      expect(problems.slice(0, 20)).toEqual([]);
      expect(published.length).toBeGreaterThan(COMMANDS_PER_RUN / 10);
      expect(containsText(published, HOSTILE_KEY)).withContext('key in bus events').toBeFalse();
    });
  }
});
