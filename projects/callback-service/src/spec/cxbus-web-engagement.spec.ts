import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CallbackConfig,
  createCompatibleCxBus,
  CXBUS_GLOBALS,
  CxBusHost,
  CxBusPlugin,
  provideCallback,
  withCxBus,
} from '../public-api';
import { formFields, V1_URL, V3_URL } from './harness-test-helpers';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What Genesys Web Engagement offers on a page: a sticky `GWE.ready` and `GWE.getIDs`. */
function addWebEngagement(bus: CxBusHost, ids: unknown): void {
  const gwe = bus.registerPlugin('GWE') as CxBusPlugin;
  gwe.registerCommand('getIDs', (event) => event.deferred.resolve(ids));
  gwe.ready();
  gwe.republish('ready');
}

describe('withCxBus() and Genesys Web Engagement on the page', () => {
  let bus: CxBusHost;
  let script: CxBusPlugin;
  let http: HttpTestingController;

  function setUp(config: CallbackConfig): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideCallback(config, withCxBus()),
        { provide: CXBUS_GLOBALS, useValue: { CXBus: bus } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    script = bus.registerPlugin('MyPageScript') as CxBusPlugin;
  }

  beforeEach(() => (bus = createCompatibleCxBus()));
  afterEach(() => http.verify());

  it('sends the GWE ids with v1 bookings: over the config userData, under the command data', async () => {
    // Web Engagement was ready before the Angular app started: its ready event is sticky.
    addWebEngagement(bus, { visitID: 'v-1', globalVisitID: 'g-1', channel: 'web' });
    setUp({ dataURL: V1_URL, userData: { channel: 'config', portal: 'care' } });
    await tick();
    script.command('CallbackService.schedule', { phonenumber: '5550102030', visitID: 'mine' });

    const fields = formFields(http.expectOne(V1_URL));
    expect(fields).toEqual(
      jasmine.objectContaining({
        _customer_number: '5550102030',
        visitID: 'mine',
        globalVisitID: 'g-1',
        channel: 'web',
        portal: 'care',
      }),
    );
  });

  it('follows Web Engagement that becomes ready after the app', async () => {
    setUp({ dataURL: V1_URL });
    script.command('CallbackService.schedule', { phonenumber: '5550102030' });
    expect(formFields(http.expectOne(V1_URL))['visitID']).toBeUndefined();

    addWebEngagement(bus, { visitID: 'v-2' });
    await tick();
    script.command('CallbackService.schedule', { phonenumber: '5550102031' });
    expect(formFields(http.expectOne(V1_URL))['visitID']).toBe('v-2');
  });

  it('keeps only the ids that are valid attached data, and the booking goes out', async () => {
    const answer = JSON.parse(
      '{"visitID":"v-3","__proto__":{"polluted":true},"_customer_number":"1","nested":{"a":1}}',
    );
    Object.defineProperty(answer, 'broken', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    addWebEngagement(bus, answer);
    setUp({ dataURL: V1_URL });
    await tick();
    script.command('CallbackService.schedule', { phonenumber: '5550102030' });

    const fields = formFields(http.expectOne(V1_URL));
    expect(fields['visitID']).toBe('v-3');
    expect(fields['_customer_number']).toBe('5550102030');
    for (const left of ['nested', 'broken', 'polluted']) expect(left in fields).toBeFalse();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never makes a booking fail: the ids are added only as far as attached data may grow', async () => {
    addWebEngagement(bus, { visitID: 'v-5', globalVisitID: 'g-5' });
    setUp({ dataURL: V1_URL });
    await tick();
    const ninetyNine = Object.fromEntries(
      Array.from({ length: 99 }, (_, i) => [`key${i}`, String(i)]),
    );
    script.command('CallbackService.schedule', { phonenumber: '5550102030', ...ninetyNine });

    const fields = formFields(http.expectOne(V1_URL));
    expect(fields['key98']).toBe('98');
    expect(fields['visitID']).toBe('v-5');
    expect('globalVisitID' in fields).toBeFalse();
  });

  it('sends no GWE ids with v3 bookings, as the original did not', async () => {
    addWebEngagement(bus, { visitID: 'v-4' });
    setUp({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' });
    await tick();
    script.command('CallbackService.schedule', { phonenumber: '5550102030' });

    const create = http.expectOne(`${V3_URL}/create`);
    expect(create.request.body.userData).toEqual({});
  });
});
