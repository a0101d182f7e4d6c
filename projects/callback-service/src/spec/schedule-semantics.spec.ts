import { Subscription } from 'rxjs';
import { CallbackError, ScheduleResult } from '../public-api';
import { CallbackHarness, record, setUpCallbacks, V1_URL } from './harness-test-helpers';

describe('CallbackService.schedule() semantics', () => {
  let h: CallbackHarness;
  const request = { phonenumber: '5550102030', desiredTime: '2026-05-02T13:00:00.000Z' };

  beforeEach(() => (h = setUpCallbacks({ dataURL: V1_URL })));
  afterEach(() => h.http.verify());

  it('sends exactly one POST at the call even when nobody subscribes', () => {
    h.callbacks.schedule(request);
    const req = h.http.expectOne(V1_URL);
    req.flush({ _id: 'cb-1' });
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'scheduled']);
  });

  it('sends one POST for two subscribers and replays the outcome to both and to a late one', () => {
    const result$ = h.callbacks.schedule(request);
    const first = record(result$);
    const second = record(result$);
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    const late = record(result$);
    const expected: ScheduleResult[] = [
      { id: 'cb-1', desiredTime: request.desiredTime, raw: { _id: 'cb-1' } },
    ];
    expect(first.values).toEqual(expected);
    expect(second.values).toEqual(expected);
    expect(late.values).toEqual(expected);
    expect([first.completed, second.completed, late.completed]).toEqual([true, true, true]);
  });

  it('is not cancelled when the only subscriber unsubscribes', () => {
    const subscription: Subscription = h.callbacks.schedule(request).subscribe();
    subscription.unsubscribe();
    const req = h.http.expectOne(V1_URL);
    expect(req.cancelled).toBeFalse();
    req.flush({ _id: 'cb-1' });
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'scheduled']);
  });

  it('shares an identical booking in flight instead of sending a second POST (double click)', () => {
    const first = record(h.callbacks.schedule(request));
    const second = record(
      h.callbacks.schedule({
        ...request,
        phonenumber: '555-010-2030',
        desiredTime: new Date(request.desiredTime),
      }),
    );
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(first.values.map((r) => r.id)).toEqual(['cb-1']);
    expect(second.values.map((r) => r.id)).toEqual(['cb-1']);
    expect(h.events.filter((e) => e.type === 'scheduled').length).toBe(1);
  });

  it('sends a new POST once the earlier identical booking has settled', () => {
    h.callbacks.schedule(request);
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    const again = record(h.callbacks.schedule(request));
    h.http.expectOne(V1_URL).flush({ _id: 'cb-2' });
    expect(again.values.map((r) => r.id)).toEqual(['cb-2']);
  });

  it('sends separate POSTs for different times or numbers', () => {
    h.callbacks.schedule(request);
    h.callbacks.schedule({ ...request, desiredTime: '2026-05-02T13:15:00.000Z' });
    h.callbacks.schedule({ ...request, phonenumber: '5550109999' });
    h.callbacks.schedule({ phonenumber: request.phonenumber });
    const posts = h.http.match(V1_URL);
    expect(posts.length).toBe(4);
    posts.forEach((post, i) => post.flush({ _id: `cb-${i}` }));
  });

  it('publishes scheduled before the returned Observable emits', () => {
    const log: string[] = [];
    h.callbacks.events$.subscribe((e) => log.push(`event:${e.type}`));
    h.callbacks.scheduled$.subscribe((r) => log.push(`scheduled$:${r.id}`));
    h.callbacks
      .schedule(request)
      .subscribe({ next: (r) => log.push(`result:${r.id}`), complete: () => log.push('complete') });
    h.http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(log).toEqual([
      'event:ready',
      'event:scheduled',
      'scheduled$:cb-1',
      'result:cb-1',
      'complete',
    ]);
  });

  it('publishes scheduleError before the returned Observable errors', () => {
    const log: string[] = [];
    h.callbacks.scheduleError$.subscribe((e) => log.push(`scheduleError$:${e.code}`));
    h.callbacks
      .schedule(request)
      .subscribe({ error: (e: CallbackError) => log.push(`error:${e.code}`) });
    h.http
      .expectOne(V1_URL)
      .flush({ message: 'boom' }, { status: 500, statusText: 'Server Error' });
    expect(log).toEqual(['scheduleError$:SERVER_ERROR', 'error:SERVER_ERROR']);
  });

  it('does not publish client-side refusals, like the original plugin', () => {
    const outcome = record(h.callbacks.schedule({} as never));
    expect((outcome.error as CallbackError).code).toBe('NO_DATA');
    expect(h.events.map((e) => e.type)).toEqual(['ready']);
  });

  it('says in its error whether a retry is safe (503: the server did not act on it)', () => {
    const outcome = record(h.callbacks.schedule(request));
    h.http
      .expectOne(V1_URL)
      .flush(
        { message: 'Limit of queued callbacks is reached.' },
        { status: 503, statusText: 'Unavailable' },
      );
    expect(outcome.error).toEqual(
      jasmine.objectContaining({ code: 'SERVER_ERROR', status: 503, retryable: true }),
    );
  });
});
