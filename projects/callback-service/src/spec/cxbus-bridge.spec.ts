import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, createEnvironmentInjector, EnvironmentInjector, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { TestBed } from '@angular/core/testing';
import {
  CallbackConfig,
  CallbackService,
  createCompatibleCxBus,
  CXBUS_GLOBALS,
  CxBusEvent,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  LegacyXhrError,
  provideCallback,
  withCxBus,
} from '../public-api';
import { formFields, V1_URL, V3_URL } from './harness-test-helpers';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A page script written the way the Widgets docs show it. */
function legacyScript(globals: CxBusGlobals): CxBusPlugin {
  const bus = (globals._genesys?.widgets?.bus ?? globals.CXBus) as CxBusHost;
  return bus.registerPlugin('MyPageScript') as CxBusPlugin;
}

// The same legacy script must work on the bus this library installs and on one the page has.
const PAGES: { name: string; globals: () => CxBusGlobals }[] = [
  { name: 'a page without Genesys (installed bus)', globals: () => ({}) },
  {
    name: 'a page whose window.CXBus is its own',
    globals: () => ({ CXBus: createCompatibleCxBus() }),
  },
];

function setUp(config: CallbackConfig, globals: CxBusGlobals, options = {}): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideCallback(config, withCxBus(options)),
      { provide: CXBUS_GLOBALS, useValue: globals },
    ],
  });
  return TestBed.inject(HttpTestingController);
}

for (const page of PAGES)
  describe(`withCxBus() on ${page.name}`, () => {
    let globals: CxBusGlobals;
    let http: HttpTestingController;
    let script: CxBusPlugin;

    beforeEach(() => {
      globals = page.globals();
      http = setUp({ dataURL: V1_URL }, globals);
      script = legacyScript(globals);
    });
    afterEach(() => http.verify());

    it('installs a compatible bus at window._genesys.widgets.bus and republishes CallbackService.ready', async () => {
      const ready: CxBusEvent[] = [];
      await tick();
      // Subscribed after ready: republish delivers it anyway.
      script.subscribe('CallbackService.ready', (e) => ready.push(e));
      await tick();
      expect(ready.map((e) => [e.event, e.publisher, e.data])).toEqual([
        ['CallbackService.ready', 'CallbackService', {}],
      ]);
    });

    it('books through command(...).done(...) with the original result and scheduled event shapes', async () => {
      const done: unknown[] = [];
      const events: unknown[] = [];
      script.subscribe('CallbackService.scheduled', (e) => events.push(e.data));
      script
        .command('CallbackService.schedule', {
          phonenumber: '555 010 2030',
          firstname: 'Ada',
          desiredtime: '2030-01-01T09:00:00.000Z',
        })
        .done((response) => done.push(response))
        .fail(() => done.push('fail'));
      const req = http.expectOne(V1_URL);
      expect(formFields(req)).toEqual({
        _customer_number: '5550102030',
        _desired_time: '2030-01-01T09:00:00.000Z',
        firstname: 'Ada',
      });
      req.flush({ _id: 'cb-1' });
      expect(done).toEqual([{ _id: 'cb-1' }]);
      await tick();
      expect(events).toEqual([{ _id: 'cb-1' }]);
    });

    it('fails a refused booking with a jqXHR-like object, and publishes scheduleError with it', async () => {
      const failures: LegacyXhrError[] = [];
      const events: LegacyXhrError[] = [];
      script.subscribe('CallbackService.scheduleError', (e) =>
        events.push(e.data as LegacyXhrError),
      );
      script
        .command('CallbackService.schedule', { phonenumber: '5550102030' })
        .fail((xhr) => failures.push(xhr as LegacyXhrError));
      http
        .expectOne(V1_URL)
        .flush(
          { message: 'Invalid number', exception: 'x.CallbackExceptionNumber' },
          { status: 400, statusText: 'Bad Request' },
        );
      await tick();
      for (const xhr of [failures[0], events[0]]) {
        expect(xhr).toEqual(
          jasmine.objectContaining({
            status: 400,
            statusText: 'Bad Request',
            readyState: 4,
            responseJSON: { message: 'Invalid number', exception: 'x.CallbackExceptionNumber' },
          }),
        );
        expect(JSON.parse(xhr?.responseText ?? '')).toEqual({
          message: 'Invalid number',
          exception: 'x.CallbackExceptionNumber',
        });
        expect(xhr?.callbackError.code).toBe('BAD_REQUEST');
      }
    });

    it('keeps the two Widgets rejection texts verbatim and sends nothing', () => {
      const reasons: unknown[] = [];
      script.command('CallbackService.schedule', {}).fail((r) => reasons.push(r));
      script.command('CallbackService.availability').fail((r) => reasons.push(r));
      expect(reasons).toEqual([
        'No data found to schedule callback',
        'No query parameters passed for callback availability service',
      ]);
    });

    it('rejects configure after start-up with a clear message', () => {
      const reasons: unknown[] = [];
      script
        .command('CallbackService.configure', { dataURL: 'https://elsewhere' })
        .fail((r) => reasons.push(r));
      expect(String(reasons[0])).toContain('set once at start-up by provideCallback()');
    });

    it('accepts every legacy spelling of the number and the time', () => {
      const warn = spyOn(console, 'warn');
      const spellings: Record<string, unknown>[] = [
        { _customer_number: '5550100001', _desired_time: '2030-01-01T09:00:00.000Z' },
        { phonenumber: '5550100002', desiredTime: '2030-01-01T09:00:00.000Z' },
        { phononenumber: '5550100003', desiredtime: '2030-01-01T09:00:00.000Z' },
      ];
      for (const data of spellings) script.command('CallbackService.schedule', data);
      const requests = http.match(V1_URL);
      expect(
        requests.map((r) => [formFields(r)['_customer_number'], formFields(r)['_desired_time']]),
      ).toEqual([
        ['5550100001', '2030-01-01T09:00:00.000Z'],
        ['5550100002', '2030-01-01T09:00:00.000Z'],
        ['5550100003', '2030-01-01T09:00:00.000Z'],
      ]);
      expect(warn).toHaveBeenCalledWith(jasmine.stringMatching(/`phononenumber`.*`phonenumber`/));
      requests.forEach((r, i) => r.flush({ _id: `cb-${i}` }));
    });

    it('sends keys the request has no field for as attached data, as the original did', () => {
      script.command('CallbackService.schedule', {
        phonenumber: '5550102030',
        orderId: 'A-17',
        ursVirtualQueue: 'VQ_1',
      });
      const fields = formFields(http.expectOne(V1_URL));
      expect(fields['orderId']).toBe('A-17');
      expect(fields['_urs_virtual_queue']).toBe('VQ_1');
    });

    it("sends a command's calldirection (or _call_direction) as _call_direction, as the original did", () => {
      script.command('CallbackService.schedule', {
        phonenumber: '5550102030',
        calldirection: 'USERORIGINATED',
      });
      script.command('CallbackService.schedule', {
        phonenumber: '5550102031',
        _call_direction: 'USERTERMINATED',
      });
      const sent = http.match(V1_URL).map((req) => formFields(req));
      expect(sent.map((fields) => fields['_call_direction'])).toEqual([
        'USERORIGINATED',
        'USERTERMINATED',
      ]);
      expect(sent.some((fields) => 'calldirection' in fields)).toBeFalse();
    });

    it('reads availability data as documented, typos and strings included, and answers with the raw map', async () => {
      const warn = spyOn(console, 'warn');
      const done: unknown[] = [];
      const events: unknown[] = [];
      script.subscribe('CallbackService.availableSlots', (e) => events.push(e.data));
      script
        .command('CallbackService.availability', {
          startDate: '2030-01-01T00:00:00.000Z',
          number0fDays: '2',
          maxTimeSlots: '10',
        })
        .done((slots) => done.push(slots))
        .fail((reason) => done.push(['fail', reason]));
      const req = http.expectOne((r) => r.url === `${V1_URL}/availability`);
      expect(req.request.params.get('number-of-days')).toBe('2');
      expect(req.request.params.get('max-time-slots')).toBe('10');
      req.flush({ '2030-01-01T09:00:00.000Z': 3 });
      await tick();
      expect(done).toEqual([{ '2030-01-01T09:00:00.000Z': 3 }]);
      expect(events).toEqual([{ '2030-01-01T09:00:00.000Z': 3 }]);
      expect(warn).toHaveBeenCalledWith(jasmine.stringMatching(/`number0fDays`/));
    });

    it('runs before hooks on CallbackService commands: modify and cancel', () => {
      script.before('CallbackService.schedule', (data) => ({
        ...(data as object),
        subject: 'added by a hook',
      }));
      script.command('CallbackService.schedule', { phonenumber: '5550102030' });
      expect(formFields(http.expectOne(V1_URL))['subject']).toBe('added by a hook');

      const reasons: unknown[] = [];
      script.before('CallbackService.availability', () => false);
      script
        .command('CallbackService.availability', { numberOfDays: 1 })
        .fail((r) => reasons.push(r));
      expect(reasons).toEqual(["Command was cancelled by a 'before' function."]);
    });

    it('publishes bookings made by Angular code too, from one request', async () => {
      const events: unknown[] = [];
      script.subscribe('CallbackService.scheduled', (e) => events.push(e.data));
      TestBed.inject(CallbackService).schedule({ phonenumber: '5550102030' });
      http.expectOne(V1_URL).flush({ _id: 'cb-angular' });
      await tick();
      expect(events).toEqual([{ _id: 'cb-angular' }]);
    });

    it('unregisters when the app is destroyed', () => {
      TestBed.resetTestingModule();
      const reasons: unknown[] = [];
      script
        .command('CallbackService.schedule', { phonenumber: '5550102030' })
        .fail((r) => reasons.push(r));
      expect(reasons).toEqual([
        'Could not load plugin file in given location. Check your plugins path option.',
      ]);
      const bus = (globals._genesys?.widgets?.bus ?? globals.CXBus) as CxBusHost;
      expect(bus.registerPlugin('CallbackService')).not.toBeFalse();
    });
  });

describe('withCxBus() v3 payloads', () => {
  it('books with legacy spellings as v3 JSON and resolves with the raw GES envelope', async () => {
    const globals: CxBusGlobals = {};
    const http = setUp(
      { dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care', apikey: 'k-123456' },
      globals,
    );
    const script = legacyScript(globals);
    const done: unknown[] = [];
    const events: unknown[] = [];
    script.subscribe('CallbackService.scheduled', (e) => events.push(e.data));
    script
      .command('CallbackService.schedule', {
        _customer_number: '5550102030',
        _desired_time: '2030-01-01T09:00:00.000Z',
        firstname: 'Ada',
        orderId: 'A-17',
      })
      .done((body) => done.push(body));
    const req = http.expectOne(`${V3_URL}/create`);
    expect(req.request.headers.get('x-api-key')).toBe('k-123456');
    expect(req.request.body).toEqual({
      serviceName: 'care',
      phoneNumber: '5550102030',
      desiredTime: '2030-01-01T09:00:00.000Z',
      userData: { orderId: 'A-17', firstname: 'Ada' },
    });
    const body = {
      status: { code: 0, message: 'Successful', corrId: 'c-1' },
      data: { id: 'ges-1' },
    };
    req.flush(body);
    await tick();
    expect(done).toEqual([body]);
    expect(events).toEqual([body]);
    http.verify();
  });

  it('publishes availableSlots as {response, slots} and resolves with the raw body', async () => {
    const globals: CxBusGlobals = {};
    const http = setUp({ dataURL: V3_URL, apiVersion: 'v3', serviceName: 'care' }, globals);
    const script = legacyScript(globals);
    const done: unknown[] = [];
    const events: unknown[] = [];
    script.subscribe('CallbackService.availableSlots', (e) => events.push(e.data));
    script
      .command('CallbackService.availability', { numberOfDays: 1 })
      .done((body) => done.push(body));
    const body = {
      status: { code: 0 },
      data: {
        slots: [
          {
            utcTime: '2030-01-01T09:00:00.000Z',
            localTime: '2030-01-01T10:00:00.000+01:00',
            capacity: 2,
          },
        ],
      },
    };
    http.expectOne((r) => r.url === `${V3_URL}/availability/care`).flush(body);
    await tick();
    expect(done).toEqual([body]);
    expect(events).toEqual([{ response: body, slots: { '2030-01-01T09:00:00.000Z': 2 } }]);
    http.verify();
  });
});

describe('withCxBus() with a bus the page provides', () => {
  it('registers on window.CXBus when that is the page\u2019s bus', () => {
    const pageBus = createCompatibleCxBus();
    setUp({ dataURL: V1_URL }, { CXBus: pageBus });
    expect(pageBus.registerPlugin('CallbackService')).toBeFalse();
  });

  it('fails at start-up when the Genesys CallbackService plugin is still loaded', () => {
    const pageBus = createCompatibleCxBus();
    pageBus.registerPlugin('CallbackService');
    expect(() =>
      setUp({ dataURL: V1_URL }, { _genesys: { widgets: { bus: pageBus } } }),
    ).toThrowError(
      /already registered.*Genesys Widgets CallbackService plugin is probably still loaded/,
    );
  });

  it('lets a second app on the page skip registration instead of failing', () => {
    const globals: CxBusGlobals = {};
    setUp({ dataURL: V1_URL }, globals);
    TestBed.inject(CallbackService);
    const warn = spyOn(console, 'warn');
    const second = createEnvironmentInjector(
      [
        provideHttpClient(),
        provideCallback({ dataURL: V1_URL }, withCxBus()),
        { provide: CXBUS_GLOBALS, useValue: globals },
      ],
      TestBed.inject(EnvironmentInjector),
    );
    expect(warn).toHaveBeenCalledWith(jasmine.stringMatching(/already bridged by another app/));
    second.destroy();
  });

  it('does not install a bus when installBus is false and the page has none', () => {
    const globals: CxBusGlobals = {};
    spyOn(console, 'warn');
    setUp({ dataURL: V1_URL }, globals, { installBus: false });
    TestBed.inject(CallbackService);
    expect(globals._genesys).toBeUndefined();
  });

  it('does nothing on the server (no globals)', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideCallback({ dataURL: V1_URL }, withCxBus()),
        { provide: CXBUS_GLOBALS, useValue: null },
      ],
    });
    expect(() => TestBed.inject(CallbackService)).not.toThrow();
  });
});

@Component({
  selector: 'cb-last-booking',
  template: `<p>{{ lastId() ?? 'none' }}</p>`,
})
class LastBooking {
  readonly lastId = toSignal(inject(CallbackService).scheduled$.pipe(map((result) => result.id)));
}

describe('withCxBus() in a zoneless app', () => {
  it('updates the UI after a booking made by a page script', async () => {
    const globals: CxBusGlobals = {};
    const http = setUp({ dataURL: V1_URL }, globals);
    const fixture = TestBed.createComponent(LastBooking);
    await fixture.whenStable();
    legacyScript(globals).command('CallbackService.schedule', { phonenumber: '5550102030' });
    http.expectOne(V1_URL).flush({ _id: 'cb-from-script' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('cb-from-script');
  });
});
