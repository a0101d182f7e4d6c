import {
  DestroyRef,
  PendingTasks,
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
// is booked, the slot picker once "pick date & time" is chosen) are fetched then, so that a page
// with the inline form carries less JavaScript at start. These helpers do it with what the page
// has anyway (`ViewContainerRef`, signals): `@defer` would bring a runtime of its own, larger than
// what a lazy part saves.

/**
 * Returns a function that imports a chunk once and keeps it (internal). A failed import is not
 * kept, so the next call tries again.
 */
export function chunkLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | null = null;
  return () =>
    (chunk ??= load().catch((error: unknown) => {
      chunk = null;
      throw error;
    }));
}

/** What {@link placeLazyComponent} places (internal). */
export interface LazyComponentSpec<T> {
  /** Fetches the component's code. */
  load(): Promise<Type<T>>;
  /** The inputs to give it, by name: read in an effect, so they follow the signals they read. */
  inputs(): Readonly<Record<string, unknown>>;
  /** Called once it exists, before it is first checked: to pass its outputs on. */
  created(instance: T): void;
  /** Its code could not be fetched. */
  failed(error: unknown): void;
}

/** A component placed by {@link placeLazyComponent} (internal). */
export interface LazyComponent<T> {
  /** The component, once its code has arrived. */
  readonly instance: Signal<T | null>;
  /** Fetches the code again, after a failure. */
  retry(): void;
}

/**
 * Creates a component whose code is fetched now, next to the element of the calling component
 * (internal; call it in that component's injection context). The application counts as busy
 * until the component exists or the fetch has failed, so `whenStable()`, server rendering and
 * the component harnesses wait for it. Nothing is created once the caller is destroyed.
 */
export function placeLazyComponent<T>(spec: LazyComponentSpec<T>): LazyComponent<T> {
  const container = inject(ViewContainerRef);
  const pendingTasks = inject(PendingTasks);
  const placed = signal<ComponentRef<T> | null>(null);
  let destroyed = false;
  inject(DestroyRef).onDestroy(() => (destroyed = true));
  const setInputs = (ref: ComponentRef<T>, inputs: Readonly<Record<string, unknown>>): void => {
    for (const [name, value] of Object.entries(inputs)) ref.setInput(name, value);
  };
  effect(() => {
    const ref = placed();
    if (ref) setInputs(ref, spec.inputs());
  });
  const place = (): void => {
    const done = pendingTasks.add();
    spec
      .load()
      .then(
        (component) => {
          if (destroyed) return;
          const ref = container.createComponent(component);
          // Required inputs are there before its first check.
          setInputs(
            ref,
            untracked(() => spec.inputs()),
          );
          spec.created(ref.instance);
          placed.set(ref);
        },
        (error: unknown) => {
          if (!destroyed) spec.failed(error);
        },
      )
      .finally(done);
  };
  place();
  return { instance: computed(() => placed()?.instance ?? null), retry: place };
}

/**
 * Runs `task` when the browser is idle, or within two seconds on a page that never is; after a
 * timeout where the browser cannot tell (internal, for prefetching; call it in the browser only).
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
  else setTimeout(task, 200);
}
