import { CallbackError } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL } from './harness-test-helpers';

const AVAILABILITY_URL = `${V1_URL}/availability`;
const isAvailability = (r: { url: string }) => r.url === AVAILABILITY_URL;

describe('CallbackService.availability() semantics', () => {
  let h: CallbackHarness;
  const query = { startDate: '2026-05-02T00:00:00.000Z', numberOfDays: 1 };

  beforeEach(() => (h = setUpCallbacks({ dataURL: V1_URL })));
  afterEach(() => h.http.verify());

  it('is lazy: nothing is sent before subscription', () => {
    const slots$ = h.callbacks.availability(query);
    h.http.expectNone(isAvailability);
    record(slots$);
    h.http.expectOne(isAvailability).flush({});
  });

  it('aborts the request when the last subscriber unsubscribes', () => {
    const subscription = h.callbacks.availability(query).subscribe();
    const req = h.http.expectOne(isAvailability);
    subscription.unsubscribe();
    expect(req.cancelled).toBeTrue();
    expect(h.events.map((e) => e.type)).toEqual(['ready']);
  });

  it('shares one request between identical queries in flight', () => {
    const first = record(h.callbacks.availability(query));
    const second = record(h.callbacks.availability({ ...query, numberOfDays: '1' }));
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 2 });
    expect(first.values.length).toBe(1);
    expect(second.values).toEqual(first.values);
    expect(h.events.filter((e) => e.type === 'availableSlots').length).toBe(1);
  });

  it('keeps the shared request alive while one subscriber remains', () => {
    const leaving = h.callbacks.availability(query).subscribe();
    const staying = record(h.callbacks.availability(query));
    const req = h.http.expectOne(isAvailability);
    leaving.unsubscribe();
    expect(req.cancelled).toBeFalse();
    req.flush({});
    expect(staying.values.length).toBe(1);
  });

  it('sends a new request for a query made after the previous one settled', () => {
    record(h.callbacks.availability(query));
    h.http.expectOne(isAvailability).flush({});
    record(h.callbacks.availability(query));
    h.http.expectOne(isAvailability).flush({});
  });

  it('does not share a request that was aborted', () => {
    h.callbacks.availability(query).subscribe().unsubscribe();
    h.http.expectOne(isAvailability);
    record(h.callbacks.availability(query));
    h.http.expectOne(isAvailability).flush({});
  });

  it('sends separate requests for different queries', () => {
    record(h.callbacks.availability(query));
    record(h.callbacks.availability({ ...query, numberOfDays: 2 }));
    const requests = h.http.match(isAvailability);
    expect(requests.length).toBe(2);
    requests.forEach((req) => req.flush({}));
  });

  it('publishes availableSlots before the returned Observable emits', () => {
    const log: string[] = [];
    h.callbacks.availableSlots$.subscribe((r) => log.push(`availableSlots$:${r.slots.length}`));
    h.callbacks.availability(query).subscribe((r) => log.push(`result:${r.slots.length}`));
    h.http.expectOne(isAvailability).flush({ '2026-05-02T09:00:00.000Z': 2 });
    expect(log).toEqual(['availableSlots$:1', 'result:1']);
  });

  it('publishes availabilityError before the returned Observable errors', () => {
    const log: string[] = [];
    h.callbacks.availabilityError$.subscribe((e) => log.push(`availabilityError$:${e.code}`));
    h.callbacks
      .availability(query)
      .subscribe({ error: (e: CallbackError) => log.push(`error:${e.code}`) });
    h.http
      .expectOne(isAvailability)
      .flush({ message: 'bad start' }, { status: 400, statusText: 'Bad Request' });
    expect(log).toEqual(['availabilityError$:BAD_REQUEST', 'error:BAD_REQUEST']);
  });

  it('gives events$ one discriminated union with ready first, replayed to late subscribers', () => {
    record(h.callbacks.availability(query));
    h.http.expectOne(isAvailability).flush({});
    const late = record(h.callbacks.events$);
    expect(late.values).toEqual([{ type: 'ready', apiVersion: 'v1' }]);
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'availableSlots']);
  });
});
