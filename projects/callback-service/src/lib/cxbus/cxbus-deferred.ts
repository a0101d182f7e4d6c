import type { CxBusDeferred, CxBusPromise } from './cxbus-types';

type Callback = (...args: unknown[]) => void;
type State = 'pending' | 'resolved' | 'rejected';

/**
 * The Deferred of CXBus 1.0: jQuery-like, settled once, callbacks get exactly the settle
 * arguments and late `done`/`fail` calls fire at once. Unlike Promises/A+, `then(ok, fail)`
 * only registers the handlers and returns `undefined` (legacy code relies on neither more
 * nor less).
 */
export function createCxBusDeferred(): CxBusDeferred {
  let state: State = 'pending';
  let settledWith: unknown[] = [];
  const callbacks: { on: 'resolved' | 'rejected' | 'always'; callback: Callback }[] = [];

  const run = (on: 'resolved' | 'rejected' | 'always', callback: Callback) => {
    if (on === 'always' || on === state) callback(...settledWith);
  };
  const add = (on: 'resolved' | 'rejected' | 'always', callback: Callback | undefined) => {
    if (typeof callback !== 'function') return;
    if (state === 'pending') callbacks.push({ on, callback });
    else run(on, callback);
  };
  const settle = (to: 'resolved' | 'rejected', args: unknown[]) => {
    if (state !== 'pending') return;
    state = to;
    settledWith = args;
    for (const { on, callback } of callbacks.splice(0)) run(on, callback);
  };

  const promise: CxBusPromise = {
    done: (callback) => (add('resolved', callback), promise),
    fail: (callback) => (add('rejected', callback), promise),
    always: (callback) => (add('always', callback), promise),
    then: (done, fail) => {
      add('resolved', done);
      add('rejected', fail);
    },
    state: () => state,
    isResolved: () => state === 'resolved',
    isRejected: () => state === 'rejected',
    progress: () => promise,
    promise: () => promise,
    pipe: (doneFilter, failFilter) => {
      const next = createCxBusDeferred();
      const forward =
        (to: 'resolve' | 'reject', filter: unknown) =>
        (...args: unknown[]) => {
          if (typeof filter !== 'function') return void next[to](...args);
          const result: unknown = filter(...args);
          if (isPromiseLike(result)) result.done(next.resolve).fail(next.reject);
          else next[to](result);
        };
      add('resolved', forward('resolve', doneFilter));
      add('rejected', forward('reject', failFilter));
      return next.promise();
    },
  };
  const deferred: CxBusDeferred = {
    ...promise,
    done: (callback) => (promise.done(callback), deferred),
    fail: (callback) => (promise.fail(callback), deferred),
    always: (callback) => (promise.always(callback), deferred),
    progress: () => deferred,
    resolve: (...args) => (settle('resolved', args), deferred),
    reject: (...args) => (settle('rejected', args), deferred),
    promise: () => promise,
  };
  return deferred;
}

function isPromiseLike(value: unknown): value is Pick<CxBusPromise, 'done' | 'fail'> {
  const candidate = value as Partial<CxBusPromise> | null;
  return typeof candidate?.done === 'function' && typeof candidate.fail === 'function';
}
