import {
  DOCUMENT,
  DestroyRef,
  Injector,
  PendingTasks,
  afterNextRender,
  ViewContainerRef,
  effect,
  inject,
  signal,
  untracked,
  type ComponentRef,
  type Signal,
  type Type,
} from '@angular/core';

// Parts of the widget needed only after a step of the customer (the confirmation once a callback
// is booked, the slot picker once "pick date & time" is chosen, the times the server proposes
// instead of a full one) are fetched then, so that a page
// with the inline form carries less JavaScript at start. These helpers do it with what the page
// has anyway (`ViewContainerRef`, signals): `@defer` would bring a runtime of its own, larger than
// what a lazy part saves.

/** Imports a chunk once and keeps it (internal): see {@link chunkLoader}. */
export interface ChunkLoader<T> {
  /** The chunk, imported on the first call. */
  (): Promise<T>;
  /** The chunk once it has arrived, so that what needs it can be made at once. */
  loaded(): T | undefined;
}

/**
 * Returns a function that imports a chunk once and keeps it (internal). A failed import is not
 * kept, so the next call tries again.
 */
export function chunkLoader<T>(load: () => Promise<T>): ChunkLoader<T> {
  let chunk: Promise<T> | null = null;
  let arrived: T | undefined;
  const loader = () =>
    (chunk ??= load().then(
      (value) => (arrived = value),
      (error: unknown) => {
        chunk = null;
        throw error;
      },
    ));
  return Object.assign(loader, { loaded: () => arrived });
}

/** What {@link placeLazyComponent} places (internal). */
export interface LazyComponentSpec<T> {
  /** Fetches the component's code; a {@link ChunkLoader} lets it be made at once once fetched. */
  load: (() => Promise<Type<T>>) | ChunkLoader<Type<T>>;
  /** The inputs to give it, by name: read in an effect, so they follow the signals they read. */
  inputs(): Readonly<Record<string, unknown>>;
  /** Called once it exists, before it is first checked: to pass its outputs on. */
  created(instance: T, element: HTMLElement): void;
  /** Its code could not be fetched. */
  failed(error: unknown): void;
}

/** A component placed by {@link placeLazyComponent} (internal). */
export interface LazyComponent<T> {
  /** The component, once its code has arrived and it is rendered. */
  readonly instance: Signal<T | null>;
  /** Whether its code could not be fetched (or it could not be made), until a retry places it. */
  readonly failed: Signal<boolean>;
  /**
   * Runs `action` on the component once it is placed and rendered, at once if it is. An action
   * still waiting when the fetch fails is dropped.
   */
  whenPlaced(action: (instance: T) => void): void;
  /**
   * Gives the component the focus once it is placed: a focus asked for before its code has
   * arrived is given then, unless the customer has moved the focus elsewhere meanwhile.
   */
  focusWhenPlaced(focus: (instance: T) => void): void;
  /**
   * Places it: at once when its code is already there (so it shows in the same change
   * detection), else once the code arrives. Call it from the caller's `ngOnInit`, when the
   * inputs it passes on are set.
   */
  place(): void;
  /** Fetches the code again, after a failure. */
  retry(): void;
}

/**
 * Creates a component whose code may still have to be fetched, next to the element of the
 * calling component (internal; call it in that component's injection context, and `place()`
 * from its `ngOnInit`). The application counts as busy
 * until the component exists or the fetch has failed, so `whenStable()`, server rendering and
 * the component harnesses wait for it. Nothing is created once the caller is destroyed.
 */
export function placeLazyComponent<T>(spec: LazyComponentSpec<T>): LazyComponent<T> {
  const container = inject(ViewContainerRef);
  const injector = inject(Injector);
  const pendingTasks = inject(PendingTasks);
  const document = inject(DOCUMENT);
  // `created` from the moment it exists, so that inputs follow on the server too (where no
  // render hook runs); `rendered` once it is in the page, when actions on it may run.
  const created = signal<ComponentRef<T> | null>(null);
  const rendered = signal<T | null>(null);
  const failed = signal(false);
  let waiting: ((instance: T) => void)[] = [];
  let destroyed = false;
  inject(DestroyRef).onDestroy(() => (destroyed = true));
  const setInputs = (ref: ComponentRef<T>, inputs: Readonly<Record<string, unknown>>): void => {
    for (const [name, value] of Object.entries(inputs)) ref.setInput(name, value);
  };
  effect(() => {
    const ref = created();
    if (ref) setInputs(ref, spec.inputs());
  });
  const create = (component: Type<T>): void => {
    if (destroyed) return;
    const ref = container.createComponent(component);
    // Required inputs are there before its first check.
    setInputs(
      ref,
      untracked(() => spec.inputs()),
    );
    spec.created(ref.instance, ref.location.nativeElement as HTMLElement);
    created.set(ref);
    failed.set(false);
    afterNextRender(
      () => {
        rendered.set(ref.instance);
        waiting.forEach((action) => action(ref.instance));
        waiting = [];
      },
      { injector },
    );
  };
  const fail = (error: unknown): void => {
    if (destroyed) return;
    waiting = [];
    failed.set(true);
    spec.failed(error);
  };
  const place = (): void => {
    const arrived = 'loaded' in spec.load ? spec.load.loaded() : undefined;
    if (arrived) {
      try {
        create(arrived);
      } catch (error) {
        fail(error);
      }
      return;
    }
    const done = pendingTasks.add();
    let loading: Promise<Type<T>>;
    try {
      loading = spec.load();
    } catch (error) {
      // A loader that throws at once fails like a failed fetch, and releases the task.
      loading = Promise.reject(error);
    }
    // A component that cannot be made (a constructor or an input throws) fails the same way.
    loading.then(create).catch(fail).finally(done);
  };
  const whenPlaced = (action: (instance: T) => void): void => {
    const instance = rendered();
    if (instance) action(instance);
    else waiting.push(action);
  };
  return {
    instance: rendered.asReadonly(),
    failed: failed.asReadonly(),
    whenPlaced,
    focusWhenPlaced: (focus) => {
      const asked = document.activeElement;
      whenPlaced((instance) => {
        const now = document.activeElement;
        if (now === asked || now === null || now === document.body) focus(instance);
      });
    },
    place,
    retry: place,
  };
}

/**
 * Runs `task` when the browser is idle, or within two seconds on a page that never is; after a
 * timeout where the browser cannot tell (internal, for prefetching; call it in the browser only).
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}
