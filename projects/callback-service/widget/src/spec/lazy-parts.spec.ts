import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
  type OnInit,
  type Type,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { chunkLoader, placeLazyComponent, type LazyComponent } from '../lib/lazy/lazy-component';

@Component({
  selector: 'cb-test-lazy-part',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="lazy-label">{{ label() }}</span>`,
})
class LazyPart {
  readonly label = input.required<string>();
  readonly picked = output<string>();
}

/** A promise settled by the test: the fetch of a lazy part's code. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

let fetches: ReturnType<typeof deferred<Type<LazyPart>>>[] = [];
const failures: unknown[] = [];
const picks: string[] = [];
let partsCreated = 0;
let loaderThrows = false;

@Component({
  selector: 'cb-test-lazy-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class LazyHost implements OnInit {
  readonly label = signal('one');
  readonly part: LazyComponent<LazyPart> = placeLazyComponent<LazyPart>({
    load: () => {
      if (loaderThrows) throw new TypeError('no loader');
      const fetch = deferred<Type<LazyPart>>();
      fetches.push(fetch);
      return fetch.promise;
    },
    inputs: () => ({ label: this.label() }),
    created: (part) => {
      partsCreated++;
      part.picked.subscribe((value) => picks.push(value));
    },
    failed: (error) => failures.push(error),
  });

  ngOnInit(): void {
    this.part.place();
  }
}

let cachedImports = 0;
const loadCachedPart = chunkLoader(async () => {
  cachedImports++;
  return LazyPart;
});

/** A host whose part's code is kept once fetched, as the widget's parts are. */
@Component({
  selector: 'cb-test-cached-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class CachedHost implements OnInit {
  private readonly part = placeLazyComponent<LazyPart>({
    load: loadCachedPart,
    inputs: () => ({ label: 'cached' }),
    created: () => undefined,
    failed: (error) => failures.push(error),
  });

  ngOnInit(): void {
    this.part.place();
  }
}

@Component({
  selector: 'cb-test-cached-page',
  imports: [CachedHost],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<cb-test-cached-host />',
})
class CachedPage {}

@Component({
  selector: 'cb-test-lazy-page',
  imports: [LazyHost],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (shown()) {
    <cb-test-lazy-host />
  }`,
})
class LazyPage {
  readonly shown = signal(true);
}

describe('Lazy parts of the widget (placeLazyComponent, chunkLoader)', () => {
  beforeEach(() => {
    fetches = [];
    failures.length = 0;
    picks.length = 0;
    partsCreated = 0;
    loaderThrows = false;
  });

  /** Whether `ApplicationRef.whenStable()` has resolved after the pending work has run. */
  async function settlesNow(): Promise<boolean> {
    let stable = false;
    void TestBed.inject(ApplicationRef)
      .whenStable()
      .then(() => (stable = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return stable;
  }

  it('places the part next to its host once its code arrives; the app is busy until then', async () => {
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    const page: HTMLElement = fixture.nativeElement;
    expect(fetches.length).toBe(1);
    expect(await settlesNow()).toBeFalse();
    expect(page.querySelector('cb-test-lazy-part')).toBeNull();

    fetches[0]!.resolve(LazyPart);
    await fixture.whenStable();
    const part = page.querySelector('cb-test-lazy-part');
    expect(part?.previousElementSibling?.tagName.toLowerCase()).toBe('cb-test-lazy-host');
    expect(part?.textContent).toBe('one');
    expect(await settlesNow()).toBeTrue();
  });

  it('gives the part the inputs as they change, and passes its outputs on', async () => {
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    fetches[0]!.resolve(LazyPart);
    await fixture.whenStable();
    const host = fixture.debugElement.children[0]!.componentInstance as LazyHost;

    host.label.set('two');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('.lazy-label').textContent).toBe('two');
    host.part.instance()!.picked.emit('9:00');
    expect(picks).toEqual(['9:00']);
  });

  it('reports a failed fetch, ends the busy state, and fetches again on retry()', async () => {
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    const error = new TypeError('Failed to fetch dynamically imported module');
    fetches[0]!.reject(error);
    await fixture.whenStable();
    expect(failures).toEqual([error]);
    expect(fixture.nativeElement.querySelector('cb-test-lazy-part')).toBeNull();

    const host = fixture.debugElement.children[0]!.componentInstance as LazyHost;
    host.part.retry();
    expect(fetches.length).toBe(2);
    expect(await settlesNow()).toBeFalse();
    fetches[1]!.resolve(LazyPart);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('.lazy-label').textContent).toBe('one');
  });

  it('fails a loader that throws at once like a failed fetch, and ends the busy state', async () => {
    loaderThrows = true;
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    expect(await settlesNow()).toBeTrue();
    expect(failures.map((error) => (error as Error).message)).toEqual(['no loader']);
    const host = fixture.debugElement.children[0]!.componentInstance as LazyHost;
    expect(host.part.failed()).toBeTrue();

    loaderThrows = false;
    host.part.retry();
    fetches[0]!.resolve(LazyPart);
    await fixture.whenStable();
    expect(host.part.failed()).toBeFalse();
    expect(fixture.nativeElement.querySelector('.lazy-label').textContent).toBe('one');
  });

  it('gives a focus asked for before the code arrived, unless the focus moved meanwhile', async () => {
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    const host = fixture.debugElement.children[0]!.componentInstance as LazyHost;
    const focused: string[] = [];
    host.part.focusWhenPlaced(() => focused.push('asked before'));
    const elsewhere = document.createElement('button');
    document.body.appendChild(elsewhere);
    try {
      host.part.focusWhenPlaced(() => focused.push('asked, then moved'));
      elsewhere.focus();
      fetches[0]!.resolve(LazyPart);
      await fixture.whenStable();
      expect(focused).toEqual([]);
      elsewhere.blur();
      host.part.focusWhenPlaced(() => focused.push('asked after'));
      expect(focused).toEqual(['asked after']);
    } finally {
      elsewhere.remove();
    }
  });

  it('creates nothing when its host is gone before the code arrives', async () => {
    const fixture = TestBed.createComponent(LazyPage);
    fixture.detectChanges();
    fixture.componentInstance.shown.set(false);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('cb-test-lazy-host')).toBeNull();
    fetches[0]!.resolve(LazyPart);
    await fixture.whenStable();
    expect(partsCreated).toBe(0);
    expect(document.querySelector('cb-test-lazy-part')).toBeNull();
    expect(await settlesNow()).toBeTrue();
  });

  it('places a part whose code has arrived in the same change detection', async () => {
    const first = TestBed.createComponent(CachedPage);
    first.detectChanges();
    await first.whenStable();
    expect(first.nativeElement.querySelector('.lazy-label')?.textContent).toBe('cached');
    first.destroy();

    const second = TestBed.createComponent(CachedPage);
    second.detectChanges();
    expect(second.nativeElement.querySelector('.lazy-label')?.textContent).toBe('cached');
    expect(cachedImports).toBe(1);
    expect(await settlesNow()).toBeTrue();
  });

  it('chunkLoader() imports once and keeps the chunk, but forgets a failed import', async () => {
    let imports = 0;
    let fail = true;
    const load = chunkLoader(async () => {
      imports++;
      if (fail) throw new TypeError('offline');
      return 'chunk';
    });
    await expectAsync(load()).toBeRejectedWithError(TypeError, 'offline');
    expect(load.loaded()).toBeUndefined();
    fail = false;
    expect(await load()).toBe('chunk');
    expect(load.loaded()).toBe('chunk');
    expect(await load()).toBe('chunk');
    expect(imports).toBe(2);
  });
});
