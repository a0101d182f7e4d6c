import {
  DestroyRef,
  Injector,
  PendingTasks,
  afterNextRender,
  ViewContainerRef,
  computed,
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
  /**
   * Runs `action` on the component once it is placed and rendered, at once if it is: a focus
   * asked for before the code has arrived is given then.
   */
  whenPlaced(action: (instance: T) => void): void;
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
  const placed = signal<ComponentRef<T> | null>(null);
  let waiting: ((instance: T) => void)[] = [];
  let destroyed = false;
  inject(DestroyRef).onDestroy(() => (destroyed = true));
  const setInputs = (ref: ComponentRef<T>, inputs: Readonly<Record<string, unknown>>): void => {
    for (const [name, value] of Object.entries(inputs)) ref.setInput(name, value);
  };
  effect(() => {
    const ref = placed();
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
    afterNextRender(
      () => {
        placed.set(ref);
        waiting.forEach((action) => action(ref.instance));
        waiting = [];
      },
      { injector },
    );
  };
  const place = (): void => {
    const arrived = 'loaded' in spec.load ? spec.load.loaded() : undefined;
    if (arrived) return create(arrived);
    const done = pendingTasks.add();
    spec
      .load()
      .then(create, (error: unknown) => {
        if (!destroyed) spec.failed(error);
      })
      .finally(done);
  };
  return {
    instance: computed(() => placed()?.instance ?? null),
    whenPlaced: (action) => {
      const ref = placed();
      if (ref) action(ref.instance);
      else waiting.push(action);
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
