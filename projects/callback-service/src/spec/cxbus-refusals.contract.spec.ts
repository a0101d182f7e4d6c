// Contract suite: what the CXBus bridge answers, without sending, for a command
// it refuses equals what the emulator answers when it gets the request the original Genesys
// plugin would have posted for the same command data. Run against the emulator on
// CONTRACT_EMULATOR_URL by `npm test` (`ng test callback-service --configuration contract`).
import { provideHttpClient, withFetch } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  CallbackConfig,
  CallbackService,
  CXBUS_GLOBALS,
  CxBusGlobals,
  CxBusHost,
  CxBusPlugin,
  LegacyXhrError,
  provideCallback,
  withCxBus,
} from '../public-api';

/** Where `npm test` starts the emulator for the contract suite. */
const EMULATOR = 'http://127.0.0.1:8791';
const API_KEY = 'demo-api-key';
const V1_URL = `${EMULATOR}/genesys/1/service/callback/customer-care`;
const V3_URL = `${EMULATOR}/engagement/v3/callbacks`;

/** The part of a jqXHR both sides are compared on; GES' corrId is random on both. */
interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly responseJSON: unknown;
}

/** What the bridge fails the command's deferred with (and sends nothing: there is no mock). */
async function bridgeAnswer(
  config: CallbackConfig,
  command: 'schedule' | 'availability',
  data: unknown,
): Promise<Answer> {
  const globals: CxBusGlobals = {};
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withFetch()),
      provideCallback(config, withCxBus()),
      { provide: CXBUS_GLOBALS, useValue: globals },
    ],
  });
  TestBed.inject(CallbackService);
  const bus = globals._genesys?.widgets?.bus as CxBusHost;
  const script = bus.registerPlugin('ContractScript') as CxBusPlugin;
  const xhr = await new Promise<LegacyXhrError>((resolve, reject) => {
    script
      .command(`CallbackService.${command}`, data)
      .done(() => reject(new Error('the bridge accepted the command')))
      .fail((failure) => resolve(failure as LegacyXhrError));
  });
  expect(JSON.parse(xhr.responseText)).toEqual(xhr.responseJSON);
  return withoutCorrId({
    status: xhr.status,
    statusText: xhr.statusText,
    responseJSON: xhr.responseJSON,
  });
}

/** What the emulator answers the request the original plugin posted (form-encoded, as jQuery did). */
async function emulatorAnswer(
  url: string,
  form: Record<string, string> | null,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: form === null ? 'GET' : 'POST',
    headers:
      form === null ? headers : { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form === null ? undefined : new URLSearchParams(form).toString(),
  });
  return withoutCorrId({
    status: response.status,
    statusText: response.statusText,
    responseJSON: await response.json(),
  });
}

/** A GES error body. */
interface Ges {
  readonly status: { readonly code: number; readonly message: string };
}

function withoutCorrId(answer: Answer): Answer {
  const status = (answer.responseJSON as { status?: { corrId?: unknown } }).status;
  if (status === undefined || typeof status !== 'object') return answer;
  expect(typeof status.corrId)
    .withContext('GES corrId')
    .toBe('string');
  return { ...answer, responseJSON: { status: { ...status, corrId: '<corrId>' } } };
}

interface Case {
  readonly name: string;
  /** The `CallbackService.schedule` command data. */
  readonly data: Record<string, string>;
  /** What the original plugin posted for it, v1 and v3. */
  readonly v1: Record<string, string>;
  readonly v3: Record<string, string>;
}

const CASES: readonly Case[] = [
  {
    name: 'no phone number',
    data: { firstname: 'Ada' },
    v1: { _call_direction: '', firstname: 'Ada' },
    v3: { serviceName: 'customer-care', 'userData[firstname]': 'Ada' },
  },
  {
    name: 'a phone number with letters',
    data: { phonenumber: '555-CALL-NOW' },
    v1: { _call_direction: '', _customer_number: '555-CALL-NOW', phonenumber: '555-CALL-NOW' },
    v3: { serviceName: 'customer-care', phoneNumber: '555-CALL-NOW' },
  },
  {
    name: 'too few digits',
    data: { _customer_number: '12' },
    v1: { _call_direction: '', _customer_number: '12' },
    v3: { serviceName: 'customer-care', phoneNumber: '12' },
  },
  {
    name: 'a desired time that is no time',
    data: { phonenumber: '5550102030', desiredtime: 'at nine' },
    v1: {
      _call_direction: '',
      _customer_number: '5550102030',
      _desired_time: 'at nine',
      phonenumber: '5550102030',
      desiredtime: 'at nine',
    },
    v3: { serviceName: 'customer-care', phoneNumber: '5550102030', desiredTime: 'at nine' },
  },
];

describe('CXBus bridge refusals equal the emulator answers, v1 (GMS)', () => {
  for (const { name, data, v1 } of CASES) {
    it(`answers ${name} as the emulator does`, async () => {
      expect(await bridgeAnswer({ dataURL: V1_URL }, 'schedule', data)).toEqual(
        await emulatorAnswer(V1_URL, v1),
      );
    });
  }

  it('answers a bad availability start in the same status and exception (own wording)', async () => {
    const bridge = await bridgeAnswer({ dataURL: V1_URL }, 'availability', { startDate: 'soon' });
    const emulator = await emulatorAnswer(`${V1_URL}/availability?start=soon`, null);
    expect({
      ...bridge,
      responseJSON: { ...(bridge.responseJSON as object), message: '' },
    }).toEqual({
      ...emulator,
      responseJSON: { ...(emulator.responseJSON as object), message: '' },
    });
  });
});

describe('CXBus bridge refusals equal the emulator answers, v3 (GES)', () => {
  const config: CallbackConfig = {
    dataURL: V3_URL,
    apiVersion: 'v3',
    apikey: API_KEY,
    serviceName: 'customer-care',
  };
  const key = { 'x-api-key': API_KEY };

  for (const { name, data, v3 } of CASES) {
    it(`answers ${name} as the emulator does`, async () => {
      expect(await bridgeAnswer(config, 'schedule', data)).toEqual(
        await emulatorAnswer(`${V3_URL}/create`, v3, key),
      );
    });
  }

  it('answers a missing service name with 7040 as the emulator does, less its list of services', async () => {
    const bridge = await bridgeAnswer({ ...config, serviceName: undefined }, 'schedule', {
      phonenumber: '5550102030',
    });
    const emulator = await emulatorAnswer(`${V3_URL}/create`, { phoneNumber: '5550102030' }, key);
    const served = (emulator.responseJSON as Ges).status.message;
    // Only the emulator knows its services; the bridge says the rest in the same words.
    expect(served).toMatch(/ Configured services: [^.]+\.$/);
    const trimmed = served.replace(/ Configured services: [^.]+\.$/, '');
    const ges = emulator.responseJSON as Ges;
    expect(bridge).toEqual({
      ...emulator,
      responseJSON: { status: { ...ges.status, message: trimmed } },
    });
  });

  it('answers a bad availability start in the same status and code (own wording)', async () => {
    const bridge = await bridgeAnswer(config, 'availability', { startDate: 'soon' });
    const emulator = await emulatorAnswer(
      `${V3_URL}/availability/customer-care?start=soon`,
      null,
      key,
    );
    const codeOf = (answer: Answer) => {
      const { code, corrId } = (answer.responseJSON as { status: { code: number; corrId: string } })
        .status;
      return { status: answer.status, statusText: answer.statusText, code, corrId };
    };
    expect(codeOf(bridge)).toEqual(codeOf(emulator));
  });
});
