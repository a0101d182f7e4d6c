import type { AvailabilityResult } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL } from '../spec/harness-test-helpers';

const AVAILABILITY_URL = `${V1_URL}/availability`;
const isAvailability = (r: { url: string }) => r.url === AVAILABILITY_URL;

// The edges of the core's own replay and in-flight sharing (they stand in for RxJS
// ReplaySubject and share()), seen through CallbackService.
describe('CallbackService in-flight sharing and replay', () => {
  let h: CallbackHarness;
  const query = { startDate: '2026-05-02T00:00:00.000Z', numberOfDays: 1 };

  beforeEach(() => (h = setUpCallbacks({ dataURL: V1_URL })));
  afterEach(() => h.http.verify());

  it('sends a new query asked again from the error handler of the failed one', () => {
    let retried: ReturnType<typeof record<AvailabilityResult>> | undefined;
    h.callbacks.availability(query).subscribe({
      error: () => (retried = record(h.callbacks.availability(query))),
    });
    h.http.expectOne(isAvailability).flush('down', { status: 503, statusText: 'Unavailable' });

    // The retry's request stays open after the first subscriber's teardown has run.
    const second = h.http.expectOne(isAvailability);
    expect(second.cancelled).toBeFalse();
    second.flush({ '2026-05-02T09:00:00.000Z': 1 });
    expect(retried?.values.length).toBe(1);
    expect(retried?.completed).toBeTrue();
  });

  it('replays a failed booking to a late subscriber, with no value before the error', () => {
    const result$ = h.callbacks.schedule({ phonenumber: '5550102030' });
    h.http.expectOne(V1_URL).flush({ message: 'busy' }, { status: 429, statusText: 'Busy' });

    const late = record(result$);
    expect(late.values).toEqual([]);
    expect(late.error).toEqual(jasmine.objectContaining({ code: 'RATE_LIMITED', status: 429 }));
  });

  it('replays a cancel to a late subscriber: its one void value, then completion', () => {
    const cancelled$ = h.callbacks.cancel('cb-1');
    h.http.expectOne(`${V1_URL}/cb-1`).flush(null);

    const late = record(cancelled$);
    expect(late).toEqual({ values: [undefined], error: undefined, completed: true });
  });

  it('gives events$ the ready event once, then the live events', () => {
    const events = record(h.callbacks.events$);
    record(h.callbacks.availability(query));
    h.http.expectOne(isAvailability).flush({});

    expect(events.values.map((e) => e.type)).toEqual(['ready', 'availableSlots']);
    expect(events.completed).toBeFalse();
  });
});
