// The bridge's refusals before sending, as a page script on the bus sees them: one event and
// one failed deferred carrying what the original plugin's server round trip gave: a 400
// jqXHR whose responseJSON has the version's server error shape.
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackConfigSource,
  CallbackEvent,
  CallbackService,
  CXBUS_GLOBALS,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  LegacyXhrError,
  provideCallback,
  withCxBus,
} from '../public-api';
import { V1_URL, V3_URL } from './harness-test-helpers';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const GMS = 'com.genesyslab.gsg.services.callback.exceptions';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface BusPage {
  readonly script: CxBusPlugin;
  readonly http: HttpTestingController;
  readonly events: CallbackEvent[];
}

function setUp(config: CallbackConfigSource): BusPage {
  const globals: CxBusGlobals = {};
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideCallback(config, withCxBus()),
      { provide: CXBUS_GLOBALS, useValue: globals },
      { provide: ErrorHandler, useValue: { handleError: () => undefined } },
    ],
  });
  const events: CallbackEvent[] = [];
  TestBed.inject(CallbackService).events$.subscribe((event) => events.push(event));
  const bus = globals._genesys?.widgets?.bus as CxBusHost;
  return {
    script: bus.registerPlugin('MyPageScript') as CxBusPlugin,
    http: TestBed.inject(HttpTestingController),
    events,
  };
}

/** Runs a command and collects what the bus gave back: the failures and the error events. */
async function refusalOf(
  page: BusPage,
  command: 'schedule' | 'availability',
  data: unknown,
): Promise<{ failures: unknown[]; published: unknown[] }> {
  const failures: unknown[] = [];
  const published: unknown[] = [];
  const event = command === 'schedule' ? 'scheduleError' : 'availabilityError';
  page.script.subscribe(`CallbackService.${event}`, (e) => published.push(e.data));
  page.script
    .command(`CallbackService.${command}`, data)
    .done(() => failures.push('resolved'))
    .fail((...args) => failures.push(...args));
  await tick();
  await tick();
  return { failures, published };
}

function expectOneRefusal(
  { failures, published }: { failures: unknown[]; published: unknown[] },
  responseJSON: unknown,
): LegacyXhrError {
  expect(failures.length).withContext('one failure').toBe(1);
  expect(published).withContext('the same payload published once').toEqual([failures[0]]);
  const xhr = failures[0] as LegacyXhrError;
  expect(xhr).toEqual(
    jasmine.objectContaining({
      readyState: 4,
      status: 400,
      statusText: 'Bad Request',
      responseJSON,
    }),
  );
  expect(JSON.parse(xhr.responseText)).toEqual(xhr.responseJSON);
  return xhr;
}

describe('withCxBus() refusals before sending, v1 (GMS shapes)', () => {
  let page: BusPage;
  beforeEach(() => (page = setUp({ dataURL: V1_URL })));
  afterEach(() => page.http.verify());

  it('answers a missing number as GMS does, with the typed error kept for migrating code', async () => {
    const xhr = expectOneRefusal(await refusalOf(page, 'schedule', { firstname: 'Ada' }), {
      message: 'Mandatory parameter _customer_number is missing.',
      exception: `${GMS}.CallbackExceptionNumber`,
    });
    expect([xhr.callbackError.code, xhr.callbackError.field]).toEqual([
      'INVALID_REQUEST',
      'phonenumber',
    ]);
  });

  it('answers a blank form (keys, no values) as a missing number, not as empty data', async () => {
    expectOneRefusal(
      await refusalOf(page, 'schedule', { firstname: '', phonenumber: '', subject: '' }),
      {
        message: 'Mandatory parameter _customer_number is missing.',
        exception: `${GMS}.CallbackExceptionNumber`,
      },
    );
  });

  it('answers a number with letters or too few digits as an invalid Customer Number', async () => {
    for (const phonenumber of ['555-CALL-NOW', '12']) {
      expectOneRefusal(await refusalOf(page, 'schedule', { phonenumber }), {
        message: `Customer Number "${phonenumber}" is invalid: expected an optional + and 3 to 15 digits.`,
        exception: `${GMS}.CallbackExceptionNumber`,
      });
    }
  });

  it('answers a bad desired time, in any legacy spelling, as a GSGException naming _desired_time', async () => {
    for (const key of ['desiredTime', 'desiredtime', '_desired_time']) {
      expectOneRefusal(
        await refusalOf(page, 'schedule', { _customer_number: '5550102030', [key]: 'at nine' }),
        {
          message:
            '_desired_time must be an ISO-8601 UTC time such as 2030-01-07T09:00:00.000Z, got "at nine".',
          exception: 'com.genesyslab.gsg.GSGException',
        },
      );
    }
  });

  it('answers hostile attached data and a bad e-mail with the library sentence naming the field', async () => {
    const hostile = JSON.parse('{"phonenumber":"5550102030","userData":{"__proto__":{"x":1}}}');
    const xhr = expectOneRefusal(await refusalOf(page, 'schedule', hostile), {
      message: jasmine.stringContaining('userData'),
      exception: 'com.genesyslab.gsg.GSGException',
    });
    expect(xhr.callbackError.field).toBe('userData');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expectOneRefusal(
      await refusalOf(page, 'schedule', { phonenumber: '5550102030', email: 'not-an-address' }),
      {
        message: jasmine.stringContaining('`email`'),
        exception: 'com.genesyslab.gsg.GSGException',
      },
    );
  });

  it('answers data whose getters throw (top level or attached data) as bad data, not a thrown command', async () => {
    const throwing = {
      get phonenumber(): string {
        throw new Error('no access');
      },
    };
    const xhr = expectOneRefusal(await refusalOf(page, 'schedule', throwing), {
      message: "The command's `request` could not be read: no access",
      exception: 'com.genesyslab.gsg.GSGException',
    });
    expect(xhr.callbackError.field).toBe('request');
    const userData = {
      get orderId(): string {
        throw new Error('no access');
      },
    };
    expectOneRefusal(await refusalOf(page, 'schedule', { phonenumber: '5550102030', userData }), {
      message: "The command's `userData` could not be read: no access",
      exception: 'com.genesyslab.gsg.GSGException',
    });
  });

  it('answers bad availability data on availabilityError', async () => {
    expectOneRefusal(await refusalOf(page, 'availability', { startDate: 'soon' }), {
      message: jasmine.stringContaining('`startDate`'),
      exception: 'com.genesyslab.gsg.GSGException',
    });
    expectOneRefusal(
      await refusalOf(page, 'availability', {
        startDate: '2030-01-02T00:00:00Z',
        endDate: '2030-01-01T00:00:00Z',
      }),
      {
        message: jasmine.stringContaining('`endDate`'),
        exception: 'com.genesyslab.gsg.GSGException',
      },
    );
  });

  it('keeps the two empty-data rejections as plain texts and publishes nothing for them', async () => {
    expect(await refusalOf(page, 'schedule', {})).toEqual({
      failures: ['No data found to schedule callback'],
      published: [],
    });
    expect(await refusalOf(page, 'availability', undefined)).toEqual({
      failures: ['No query parameters passed for callback availability service'],
      published: [],
    });
  });

  it('does not put refusals on events$, neither for bus commands nor for Angular calls', async () => {
    await refusalOf(page, 'schedule', { phonenumber: 'x' });
    const published: unknown[] = [];
    page.script.subscribe('CallbackService.scheduleError', (e) => published.push(e.data));
    let angularError: unknown;
    TestBed.inject(CallbackService)
      .schedule({ phonenumber: 'x' })
      .subscribe({ error: (e: unknown) => (angularError = e) });
    await tick();
    expect(angularError).toEqual(jasmine.objectContaining({ code: 'INVALID_REQUEST' }));
    expect(published).toEqual([]);
    expect(page.events.map((e) => e.type)).toEqual(['ready']);
  });
});

describe('withCxBus() refusals before sending, v3 (GES shapes)', () => {
  let page: BusPage;
  beforeEach(() => (page = setUp({ dataURL: V3_URL, apiVersion: 'v3', apikey: 'k-123456' })));
  afterEach(() => page.http.verify());

  it('answers a missing number with GES code 7030 and a fresh corrId each time', async () => {
    const first = expectOneRefusal(
      await refusalOf(page, 'schedule', { phonenumber: ' ', serviceName: 'care' }),
      {
        status: {
          code: 7030,
          message: 'Mandatory parameter phoneNumber is missing.',
          corrId: jasmine.stringMatching(UUID),
        },
      },
    );
    const second = (await refusalOf(page, 'schedule', { phonenumber: 'abc', serviceName: 'care' }))
      .failures[0] as LegacyXhrError;
    const corrIds = [first, second].map(
      (xhr) => (xhr.responseJSON as { status: { corrId: string } }).status.corrId,
    );
    expect(corrIds[0]).not.toBe(corrIds[1]);
  });

  it('answers a missing service name with GES code 7040', async () => {
    const xhr = expectOneRefusal(await refusalOf(page, 'schedule', { phonenumber: '5550102030' }), {
      status: { code: 7040, message: 'A service name is required.', corrId: jasmine.any(String) },
    });
    expect(xhr.callbackError.code).toBe('INVALID_CONFIG');
    expectOneRefusal(await refusalOf(page, 'availability', { numberOfDays: 1 }), {
      status: { code: 7040, message: 'A service name is required.', corrId: jasmine.any(String) },
    });
  });

  it('answers a bad desired time and bad availability data with code 501', async () => {
    expectOneRefusal(
      await refusalOf(page, 'schedule', {
        phonenumber: '5550102030',
        serviceName: 'care',
        desiredTime: '2030-02-30T09:00:00Z',
      }),
      {
        status: {
          code: 501,
          message:
            'desiredTime must be an ISO-8601 UTC time such as 2030-01-07T09:00:00.000Z, got "2030-02-30T09:00:00Z".',
          corrId: jasmine.any(String),
        },
      },
    );
    expectOneRefusal(
      await refusalOf(page, 'availability', { serviceName: 'care', maxTimeSlots: 0 }),
      {
        status: {
          code: 501,
          message: jasmine.stringContaining('`maxTimeSlots`'),
          corrId: jasmine.any(String),
        },
      },
    );
  });

  it('quotes at most 60 characters of what the page sent', async () => {
    expectOneRefusal(
      await refusalOf(page, 'schedule', { phonenumber: 'x'.repeat(500), serviceName: 'care' }),
      {
        status: jasmine.objectContaining({
          code: 7030,
          message: `Customer Number "${'x'.repeat(57)}..." is invalid: expected an optional + and 3 to 15 digits.`,
        }),
      },
    );
  });
});

describe('withCxBus() when the config failed to load', () => {
  it('answers every command with a 400 GSGException payload naming the failure, sending nothing', async () => {
    const page = setUp(() => Promise.reject(new Error('config server down')));
    const xhr = expectOneRefusal(await refusalOf(page, 'schedule', { phonenumber: '5550102030' }), {
      message: 'provideCallback(): the config factory failed: config server down',
      exception: 'com.genesyslab.gsg.GSGException',
    });
    expect(xhr.callbackError.code).toBe('INVALID_CONFIG');
    expectOneRefusal(await refusalOf(page, 'availability', { numberOfDays: 1 }), {
      message: 'provideCallback(): the config factory failed: config server down',
      exception: 'com.genesyslab.gsg.GSGException',
    });
    page.http.verify();
  });
});
