import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { CallbackService, provideCallback, type CallbackConfig } from '../public-api';
import { setUpCallbacks, V1_URL, V3_URL } from './harness-test-helpers';

describe('CallbackService.ready', () => {
  it('holds the ready event at once for a config object, the same one ready$ replays', () => {
    const { callbacks } = setUpCallbacks({
      dataURL: V3_URL,
      apiVersion: 'v3',
      serviceName: 'care',
    });
    const replayed: unknown[] = [];
    callbacks.ready$.subscribe((event) => replayed.push(event));
    expect(callbacks.ready()).toEqual({ type: 'ready', apiVersion: 'v3', serviceName: 'care' });
    expect(replayed).toEqual([callbacks.ready()]);
    expect(replayed[0]).toBe(callbacks.ready());
  });

  it('is undefined until an asynchronous config arrives, then holds its event', () => {
    const config = new Subject<CallbackConfig>();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideCallback(() => config)],
    });
    const callbacks = TestBed.inject(CallbackService);
    expect(callbacks.ready()).toBeUndefined();
    config.next({ dataURL: V1_URL });
    expect(callbacks.ready()).toEqual({ type: 'ready', apiVersion: 'v1' });
  });
});
