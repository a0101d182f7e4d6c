// Contract suite: the library in a real browser against the Callback API emulator over real
// HTTP on loopback, for both API versions. Run by `npm test`, which starts the emulator on
// CONTRACT_EMULATOR_URL first (`ng test callback-service --configuration contract`).
import { provideHttpClient, withFetch } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import {
  CallbackConfig,
  CallbackError,
  CallbackService,
  CallbackSlot,
  provideCallback,
} from '../public-api';

/** Where `npm test` starts the emulator for this suite. */
const EMULATOR = 'http://127.0.0.1:8791';
const API_KEY = 'demo-api-key';

const VERSIONS: { name: string; config: CallbackConfig }[] = [
  { name: 'v1 (GMS)', config: { dataURL: `${EMULATOR}/genesys/1/service/callback/customer-care` } },
  {
    name: 'v3 (GES)',
    config: {
      dataURL: `${EMULATOR}/engagement/v3/callbacks`,
      apiVersion: 'v3',
      apikey: API_KEY,
      serviceName: 'customer-care',
    },
  },
];

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${EMULATOR}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

interface BookedCallback {
  id: string;
  apiVersion: string;
  phoneNumber: string;
  desiredTime: string;
  userData: Record<string, unknown>;
  state: string;
}

async function booked(): Promise<BookedCallback[]> {
  return ((await admin('GET', '/callbacks')) as { callbacks: BookedCallback[] }).callbacks;
}

for (const { name, config } of VERSIONS) {
  describe(`CallbackService against the emulator, ${name}`, () => {
    let callbacks: CallbackService;

    // A fault a test armed but the browser did not use up (a dropped connection is retried
    // once, the fault drops five) must not reach the next spec file's requests.
    afterEach(() => admin('DELETE', '/faults'));

    beforeEach(async () => {
      await admin('DELETE', '/callbacks');
      await admin('DELETE', '/faults');
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(withFetch()),
          provideCallback({ ...config, ajaxTimeout: 2000, userData: { suite: 'contract' } }),
        ],
      });
      callbacks = TestBed.inject(CallbackService);
    });

    async function freeSlots(): Promise<CallbackSlot[]> {
      const tomorrow = new Date(Date.now() + 24 * 3600_000);
      tomorrow.setUTCHours(0, 0, 0, 0);
      const result = await firstValueFrom(
        callbacks.availability({ startDate: tomorrow, numberOfDays: 1 }),
      );
      expect(result.slots.length).toBeGreaterThan(0);
      return result.slots.filter((slot) => slot.capacity > 0);
    }

    it('books "as soon as possible" and the emulator has it with the merged user data', async () => {
      const result = await firstValueFrom(
        callbacks.schedule({
          phonenumber: '+1 555 010 2030',
          firstname: 'Ada',
          userData: { orderId: 'A-17' },
        }),
      );
      expect(result.id).toBeTruthy();
      const [booking] = await booked();
      expect(booking).toEqual(
        jasmine.objectContaining({ id: result.id, phoneNumber: '+15550102030', state: 'QUEUED' }),
      );
      expect(booking?.userData).toEqual(
        jasmine.objectContaining({ suite: 'contract', orderId: 'A-17', firstname: 'Ada' }),
      );
    });

    it('reads slots sorted by time and books a picked one at its UTC time', async () => {
      const slots = await freeSlots();
      const times = slots.map((slot) => slot.utcTime);
      expect(times).toEqual([...times].sort());
      const slot = slots[1] as CallbackSlot;
      const result = await firstValueFrom(
        callbacks.schedule({ phonenumber: '5550102030', desiredTime: slot.utcTime }),
      );
      expect(result.desiredTime).toBe(slot.utcTime);
      expect((await booked()).map((b) => b.desiredTime)).toEqual([slot.utcTime]);
    });

    it('cancels and retrieves a booking', async () => {
      const slot = (await freeSlots())[2] as CallbackSlot;
      const { id } = await firstValueFrom(
        callbacks.schedule({ phonenumber: '5550102031', desiredTime: slot.utcTime }),
      );
      const status = await firstValueFrom(callbacks.retrieve(id));
      expect(status).toEqual(
        jasmine.objectContaining({ id, state: 'SCHEDULED', desiredTime: slot.utcTime }),
      );
      await firstValueFrom(callbacks.cancel(id), { defaultValue: undefined });
      const after = await firstValueFrom(callbacks.retrieve(id));
      expect(after.state).toBe('COMPLETED');
    });

    it('answers a full slot with RATE_LIMITED and proposals, and one proposal can be booked', async () => {
      const slot = (await freeSlots())[3] as CallbackSlot;
      for (let i = 0; i < slot.capacity; i++) {
        await firstValueFrom(
          callbacks.schedule({ phonenumber: `55501020${40 + i}`, desiredTime: slot.utcTime }),
        );
      }
      const refused = await firstValueFrom(
        callbacks.schedule({ phonenumber: '5550102099', desiredTime: slot.utcTime }),
      ).catch((e: unknown) => e);
      expect(refused).toEqual(
        jasmine.objectContaining({ code: 'RATE_LIMITED', status: 429, retryable: true }),
      );
      const proposal = (refused as CallbackError).proposedSlots?.[0] as CallbackSlot;
      expect(proposal.capacity).toBeGreaterThan(0);
      const rebooked = await firstValueFrom(
        callbacks.schedule({ phonenumber: '5550102099', desiredTime: proposal.utcTime }),
      );
      expect(rebooked.desiredTime).toBe(proposal.utcTime);
    });

    it('times out after ajaxTimeout when the server is slow, aborting the request', async () => {
      await admin('POST', '/faults', {
        method: 'POST',
        pathGlob: ['/**/callback/customer-care', '/**/create'],
        latencyMs: 4000,
      });
      const started = Date.now();
      const error = await firstValueFrom(callbacks.schedule({ phonenumber: '5550102032' })).catch(
        (e: unknown) => e,
      );
      expect(error).toEqual(jasmine.objectContaining({ code: 'TIMEOUT', retryable: false }));
      expect(Date.now() - started).toBeLessThan(3500);
    });

    it('reports a dropped connection as NETWORK', async () => {
      // Browsers silently re-send a request whose reused connection closed without an answer:
      // drop a few in a row so that the retry is dropped too.
      await admin('POST', '/faults', {
        method: 'GET',
        pathGlob: '/**/availability/**',
        drop: true,
        count: 5,
      });
      const error = await firstValueFrom(callbacks.availability({ numberOfDays: 1 })).catch(
        (e: unknown) => e,
      );
      expect(error).toEqual(jasmine.objectContaining({ code: 'NETWORK', status: 0 }));
    });

    it('maps an injected 503 to SERVER_ERROR with the server message', async () => {
      await admin('POST', '/faults', {
        method: 'POST',
        pathGlob: ['/**/callback/customer-care', '/**/create'],
        status: 503,
      });
      const error = (await firstValueFrom(callbacks.schedule({ phonenumber: '5550102033' })).catch(
        (e: unknown) => e,
      )) as CallbackError;
      expect([error.code, error.status]).toEqual(['SERVER_ERROR', 503]);
      expect(await booked()).toEqual([]);
    });
  });
}

describe('CallbackService against the emulator, v3 API key', () => {
  it('is refused with UNAUTHORIZED when the key is wrong, and the key is in no message', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideCallback({
          dataURL: `${EMULATOR}/engagement/v3/callbacks`,
          apiVersion: 'v3',
          apikey: 'wrong-key-123',
          serviceName: 'customer-care',
        }),
      ],
    });
    const error = (await firstValueFrom(
      TestBed.inject(CallbackService).schedule({ phonenumber: '5550102034' }),
    ).catch((e: unknown) => e)) as CallbackError;
    expect([error.code, error.status]).toEqual(['UNAUTHORIZED', 401]);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('wrong-key-123');
  });
});
