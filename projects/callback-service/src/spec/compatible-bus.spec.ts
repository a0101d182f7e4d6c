import { createCompatibleCxBus, CxBusEvent } from '../public-api';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the compatible CXBus (installed when a page has none)', () => {
  it('registers a plugin name once', () => {
    const bus = createCompatibleCxBus();
    expect(bus.registerPlugin('Chat')).not.toBeFalse();
    expect(bus.registerPlugin('Chat')).toBeFalse();
  });

  it('delivers namespaced events asynchronously as {time, publisher, event, data}', async () => {
    const bus = createCompatibleCxBus();
    const publisher = bus.registerPlugin('Widget') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    const received: CxBusEvent[] = [];
    expect(bus.subscribe('Widget.opened', (e) => received.push(e))).toBe('Widget.opened');
    publisher.publish('opened', { id: 1 });
    publisher.publish('opened');
    expect(received).toEqual([]);
    await tick();
    expect(received.map(({ publisher: p, event, data }) => ({ p, event, data }))).toEqual([
      { p: 'Widget', event: 'Widget.opened', data: { id: 1 } },
      { p: 'Widget', event: 'Widget.opened', data: {} },
    ]);
    expect(typeof received[0]?.time).toBe('number');
  });

  it('replays a republished event once to each late subscriber', async () => {
    const bus = createCompatibleCxBus();
    const plugin = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    plugin.republish('ready', { v: 1 });
    const late: unknown[] = [];
    bus.subscribe('Service.ready', (e) => late.push(e.data));
    await tick();
    expect(late).toEqual([{ v: 1 }]);
  });

  it('unsubscribes all of a plugin\u2019s subscriptions to an event', async () => {
    const bus = createCompatibleCxBus();
    const plugin = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    const seen: unknown[] = [];
    bus.subscribe('Service.x', (e) => seen.push(e.data));
    bus.unsubscribe('Service.x');
    plugin.publish('x', 1);
    await tick();
    expect(seen).toEqual([]);
  });

  it('runs before hooks in order; a hook returning a non-object cancels with the CXBus text', () => {
    const bus = createCompatibleCxBus();
    const service = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    const handled: unknown[] = [];
    service.registerCommand('go', (e) => {
      handled.push(e.data);
      e.deferred.resolve('ok');
    });
    service.ready();
    bus.before('Service.go', (data) => ({ ...(data as object), first: true }));
    bus.before('Service.go', (data) => ({ ...(data as object), second: true }));
    bus.command('Service.go', { a: 1 });
    expect(handled).toEqual([{ a: 1, first: true, second: true }]);

    const cancelled = createCompatibleCxBus();
    const other = cancelled.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    other.registerCommand('go', (e) => e.deferred.resolve());
    other.ready();
    cancelled.before('Service.go', () => false);
    const reasons: unknown[] = [];
    cancelled.command('Service.go', {}).fail((reason) => reasons.push(reason));
    expect(reasons).toEqual(["Command was cancelled by a 'before' function."]);
  });

  it('buffers commands until the target plugin is ready', () => {
    const bus = createCompatibleCxBus();
    const service = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    const log: string[] = [];
    service.registerCommand('go', (e) => {
      log.push('handled');
      e.deferred.resolve();
    });
    bus.command('Service.go').done(() => log.push('done'));
    expect(log).toEqual([]);
    service.ready();
    expect(log).toEqual(['handled', 'done']);
  });

  it('settles its Deferred once; then() registers and returns undefined; late callbacks fire at once', () => {
    const bus = createCompatibleCxBus();
    const service = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    service.registerCommand('go', (e) => {
      e.deferred.resolve('first', 2);
      e.deferred.resolve('second');
      e.deferred.reject('never');
    });
    service.ready();
    const promise = bus.command('Service.go');
    const log: unknown[][] = [];
    expect(promise.then((...args) => log.push(['then', ...args]))).toBeUndefined();
    promise
      .done((...args) => log.push(['done', ...args]))
      .always((...args) => log.push(['always', ...args]));
    promise.fail(() => log.push(['fail']));
    expect(log).toEqual([
      ['then', 'first', 2],
      ['done', 'first', 2],
      ['always', 'first', 2],
    ]);
    expect(promise.state()).toBe('resolved');
  });

  it('offers the rest of the CXBus promise: isResolved/isRejected, promise(), progress(), pipe()', () => {
    const bus = createCompatibleCxBus();
    const service = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    const held: { resolve: (...args: unknown[]) => unknown }[] = [];
    service.registerCommand('ok', (e) => e.deferred.resolve(2, 'x'));
    service.registerCommand('no', (e) => e.deferred.reject('down'));
    service.registerCommand('later', (e) => held.push(e.deferred));
    service.ready();
    const log: unknown[][] = [];

    const ok = bus.command('Service.ok');
    expect([ok.isResolved(), ok.isRejected()]).toEqual([true, false]);
    expect(ok.promise()).toBe(ok);
    ok.progress(() => log.push(['progress'])).done((n) => log.push(['done', n]));
    ok.pipe((n) => (n as number) * 10).done((...args) => log.push(['piped', ...args]));
    ok.pipe().done((...args) => log.push(['passed', ...args]));
    // A filter's promise is followed: this one settles when the held command does.
    const chained = ok.pipe(() => bus.command('Service.later'));
    chained.done((...args) => log.push(['chained', ...args]));
    expect(chained.state()).toBe('pending');
    const no = bus.command('Service.no');
    expect([no.isResolved(), no.isRejected()]).toEqual([false, true]);
    no.pipe(undefined, (reason) => `wrapped ${String(reason)}`).fail((reason) =>
      log.push(['piped fail', reason]),
    );
    held[0]?.resolve('later');
    expect(log).toEqual([
      ['done', 2],
      ['piped', 20],
      ['passed', 2, 'x'],
      ['piped fail', 'wrapped down'],
      ['chained', 'later'],
    ]);
    expect(chained.state()).toBe('resolved');
  });

  it('rejects commands to an unknown plugin or command instead of hanging', () => {
    const bus = createCompatibleCxBus();
    const reasons: unknown[] = [];
    bus.command('Nobody.go').fail((reason) => reasons.push(reason));
    const service = bus.registerPlugin('Service') as Exclude<
      ReturnType<typeof bus.registerPlugin>,
      false
    >;
    service.ready();
    bus.command('Service.missing').fail((reason) => reasons.push(reason));
    expect(reasons).toEqual([
      'Could not load plugin file in given location. Check your plugins path option.',
      'Command does not exist: Service.missing',
    ]);
  });
});
