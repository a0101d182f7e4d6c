// Helpers of the browser benchmarks (run by `npm run bench`, never by `npm test`).
import { HttpBackend, HttpEvent, HttpRequest, HttpResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable, of } from 'rxjs';

/** Answers every request at once, in memory: the benchmark then measures client code only. */
@Injectable()
export class InMemoryGenesysBackend implements HttpBackend {
  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    const body = request.url.endsWith('/availability')
      ? {
          '2030-01-01T09:00:00.000Z': 3,
          '2030-01-01T09:15:00.000Z': 2,
          '2030-01-01T09:30:00.000Z': 0,
        }
      : { _id: 'bench-callback' };
    return of(new HttpResponse({ status: 200, body, url: request.urlWithParams }));
  }
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `calls` sequential awaited calls and returns the milliseconds they took. */
export async function timeCalls(
  calls: number,
  call: (i: number) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call(i);
  return performance.now() - started;
}

/**
 * Times the library and the bare `HttpClient` in alternating rounds (so that drift of the
 * machine hits both alike) and returns the median per-call times and their ratio.
 */
export async function compare(
  rounds: number,
  calls: number,
  library: (i: number) => Promise<unknown>,
  bare: (i: number) => Promise<unknown>,
): Promise<{ libraryUs: number; bareUs: number; ratio: number }> {
  await timeCalls(Math.ceil(calls / 5), library); // warm-up: JIT and caches
  await timeCalls(Math.ceil(calls / 5), bare);
  const libraryTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    libraryTimes.push(await timeCalls(calls, library));
    bareTimes.push(await timeCalls(calls, bare));
  }
  const libraryUs = (median(libraryTimes) / calls) * 1000;
  const bareUs = (median(bareTimes) / calls) * 1000;
  return { libraryUs, bareUs, ratio: libraryUs / bareUs };
}

/** Heap in use after a forced garbage collection (needs --js-flags=--expose-gc). */
export async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
    Number.NaN
  );
}

/** Prints one line the runner can show as it is. */
export function report(line: string): void {
  console.log(`BENCH ${line}`);
}
