// Runs with zone.js loaded (`ng test callback-service --configuration zone`): the service must
// behave the same in zone-based apps as in zoneless ones, and keep Angular's zone informed.
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, NgZone, provideZoneChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackError,
  CallbackService,
  CXBUS_GLOBALS,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  provideCallback,
  withCxBus,
} from '../public-api';
import { V1_URL } from './harness-test-helpers';

describe('CallbackService with zone.js', () => {
  let callbacks: CallbackService;
  let http: HttpTestingController;
  let zone: NgZone;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZoneChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL, ajaxTimeout: 50 }),
      ],
    });
    callbacks = TestBed.inject(CallbackService);
    http = TestBed.inject(HttpTestingController);
    zone = TestBed.inject(NgZone);
  });
  afterEach(() => http.verify());

  it('runs with zone.js loaded', () => {
    expect(typeof (globalThis as { Zone?: unknown }).Zone).toBe('function');
    expect(zone instanceof NgZone).toBeTrue();
  });

  it('keeps the zone unstable while a booking is in flight, and stable once it settled', () => {
    zone.run(() => callbacks.schedule({ phonenumber: '5550102030' }).subscribe());
    expect(zone.hasPendingMacrotasks).toBeTrue();
    http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(zone.hasPendingMacrotasks).toBeFalse();
  });

  it('times out inside the Angular zone, and the app becomes stable again', async () => {
    const errors: string[] = [];
    zone.run(() =>
      callbacks.schedule({ phonenumber: '5550102030' }).subscribe({
        error: (e: CallbackError) => errors.push(`${e.code}:${NgZone.isInAngularZone()}`),
      }),
    );
    const req = http.expectOne(V1_URL);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(req.cancelled).toBeTrue();
    expect(errors).toEqual(['TIMEOUT:true']);
  });
});

describe('withCxBus() with zone.js', () => {
  it('runs a command issued outside Angular inside the Angular zone', () => {
    const globals: CxBusGlobals = {};
    TestBed.configureTestingModule({
      providers: [
        provideZoneChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback({ dataURL: V1_URL }, withCxBus()),
        { provide: CXBUS_GLOBALS, useValue: globals },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const zone = TestBed.inject(NgZone);
    const bus = globals._genesys?.widgets?.bus as CxBusHost;
    const script = bus.registerPlugin('PageScript') as CxBusPlugin;
    zone.runOutsideAngular(() =>
      script.command('CallbackService.schedule', { phonenumber: '5550102030' }),
    );
    // The attempt's ajaxTimeout timer was created in the Angular zone, not outside it.
    expect(zone.hasPendingMacrotasks).toBeTrue();
    http.expectOne(V1_URL).flush({ _id: 'cb-1' });
    expect(zone.hasPendingMacrotasks).toBeFalse();
    http.verify();
  });
});
