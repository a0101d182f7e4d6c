// Contract suite for the operations beyond the original plugin that only one Callback API
// version has: reschedule() on v1 (GMS `PUT …/{id}`) and openFor() on v3 (GES `open-for`),
// each against the real emulator on loopback, and the UNSUPPORTED refusal on the other version.
import { provideHttpClient, withFetch } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, Observable } from 'rxjs';
import {
  CallbackConfig,
  CallbackError,
  CallbackService,
  CallbackSlot,
  provideCallback,
} from '../public-api';

/** Where `npm test` starts the emulator for the contract suite (see test-all.mjs). */
const EMULATOR = 'http://127.0.0.1:8791';
const V1: CallbackConfig = { dataURL: `${EMULATOR}/genesys/1/service/callback/customer-care` };
const V3_BASE = { dataURL: `${EMULATOR}/engagement/v3/callbacks`, apiVersion: 'v3' as const };
const V3: CallbackConfig = { ...V3_BASE, apikey: 'demo-api-key', serviceName: 'customer-care' };
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

async function admin(method: string, path: string): Promise<unknown> {
  return (await fetch(`${EMULATOR}/__emulator${path}`, { method })).json();
}

async function bookedTimes(): Promise<Record<string, string>> {
  const { callbacks } = (await admin('GET', '/callbacks')) as {
    callbacks: { id: string; desiredTime: string }[];
  };
  return Object.fromEntries(callbacks.map((booking) => [booking.id, booking.desiredTime]));
}

function connect(config: CallbackConfig): CallbackService {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(withFetch()), provideCallback({ ...config, ajaxTimeout: 2000 })],
  });
  return TestBed.inject(CallbackService);
}

function failure(outcome: Observable<unknown>): Promise<CallbackError> {
  return firstValueFrom(outcome).then(
    (value) => fail(`expected an error, got ${JSON.stringify(value)}`) as never,
    (error: unknown) => error as CallbackError,
  );
}

/** Free slots of tomorrow (customer-care is open 24/7, so there are always some). */
async function freeSlots(callbacks: CallbackService): Promise<CallbackSlot[]> {
  const tomorrow = new Date(Date.now() + DAY_MS);
  tomorrow.setUTCHours(0, 0, 0, 0);
  const { slots } = await firstValueFrom(
    callbacks.availability({ startDate: tomorrow, numberOfDays: 1 }),
  );
  return slots.filter((slot) => slot.capacity > 0);
}

/** Minutes since midnight on the wall clock of the `sales` office (Amsterdam) at `instant`. */
function salesClockMinutes(instant: Date): number {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .split(':')
    .map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 09:30 UTC on the next day after today with the given UTC week day (0 = Sunday). */
function nextWeekDayAt0930Utc(weekDays: number[]): Date {
  for (let ahead = 1; ; ahead++) {
    const day = new Date(Date.now() + ahead * DAY_MS);
    const christmas = day.getUTCMonth() === 11 && [25, 26].includes(day.getUTCDate());
    if (weekDays.includes(day.getUTCDay()) && !christmas) {
      day.setUTCHours(9, 30, 0, 0);
      return day;
    }
  }
}

/** Spies on the page's fetch (the transport of withFetch(), and of admin()) to prove nothing was sent. */
function watchRequests(): jasmine.Spy<typeof fetch> {
  return spyOn(window, 'fetch').and.callThrough();
}

async function resetEmulator(): Promise<void> {
  await admin('DELETE', '/callbacks');
  await admin('DELETE', '/faults');
}

describe('reschedule() against the emulator, v1 (GMS)', () => {
  let callbacks: CallbackService;
  beforeEach(async () => {
    await resetEmulator();
    callbacks = connect(V1);
  });

  it('moves a booking to another slot: retrieve() and the emulator both have the new time', async () => {
    const [from, to] = (await freeSlots(callbacks)).slice(4, 6) as [CallbackSlot, CallbackSlot];
    const { id } = await firstValueFrom(
      callbacks.schedule({ phonenumber: '5550103001', desiredTime: from.utcTime }),
    );
    const moved = await firstValueFrom(callbacks.reschedule(id, new Date(to.utcTime)));
    expect([moved.id, moved.desiredTime]).toEqual([id, to.utcTime]);
    const status = await firstValueFrom(callbacks.retrieve(id));
    expect([status.state, status.desiredTime]).toEqual(['SCHEDULED', to.utcTime]);
    expect(await bookedTimes()).toEqual({ [id]: to.utcTime });
  });

  it('refuses a full slot with RATE_LIMITED and proposed slots, and the booking keeps its time', async () => {
    const [from, full] = (await freeSlots(callbacks)).slice(6, 8) as [CallbackSlot, CallbackSlot];
    const { id } = await firstValueFrom(
      callbacks.schedule({ phonenumber: '5550103002', desiredTime: from.utcTime }),
    );
    for (let i = 0; i < full.capacity; i++) {
      await firstValueFrom(
        callbacks.schedule({ phonenumber: `55501031${10 + i}`, desiredTime: full.utcTime }),
      );
    }
    const refused = await failure(callbacks.reschedule(id, full.utcTime));
    expect(refused).toEqual(
      jasmine.objectContaining({ code: 'RATE_LIMITED', status: 429, retryable: true }),
    );
    const proposals = refused.proposedSlots ?? [];
    expect(proposals.length).toBeGreaterThan(0);
    expect(
      proposals.every((slot) => slot.capacity > 0 && slot.utcTime !== full.utcTime),
    ).toBeTrue();
    expect((await bookedTimes())[id]).toBe(from.utcTime);
    const status = await firstValueFrom(callbacks.retrieve(id));
    expect(status.desiredTime).toBe(from.utcTime);
  });

  it('maps the GMS "not found" answer for an unknown id to a CallbackError with the server message', async () => {
    const [slot] = (await freeSlots(callbacks)) as [CallbackSlot];
    const error = await failure(callbacks.reschedule('no-such-callback', slot.utcTime));
    expect(error).toBeInstanceOf(CallbackError);
    expect([error.code, error.status]).toEqual(['HTTP_ERROR', 404]);
    expect(error.serverMessage).toContain('no-such-callback');
    expect(error.serverMessage).toContain('not found');
    expect(await bookedTimes()).toEqual({});
  });

  it('refuses openFor() with UNSUPPORTED naming the operation and the version, sending nothing', async () => {
    const requests = watchRequests();
    const error = await failure(callbacks.openFor({ serviceName: 'sales' }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('openFor()');
    expect(error.message).toContain('v1');
    expect(requests).not.toHaveBeenCalled();
    // The spy does see the library's requests: a supported call goes through it.
    await freeSlots(callbacks);
    expect(requests).toHaveBeenCalledTimes(1);
  });
});

describe('openFor() against the emulator, v3 (GES), on the sales office hours', () => {
  let callbacks: CallbackService;
  beforeEach(async () => {
    await resetEmulator();
    callbacks = connect({ ...V3, serviceName: 'sales' });
  });

  it('reports the seconds until the lunch break for a start inside the morning hours', async () => {
    const start = nextWeekDayAt0930Utc([1, 2, 3, 4, 5]);
    const expected = (12 * 60 - salesClockMinutes(start)) * 60;
    const result = await firstValueFrom(callbacks.openFor({ start }));
    expect(result.openForSeconds).toBe(expected);
    expect(result.raw).toEqual(jasmine.objectContaining({ data: { openFor: expected } }));
  });

  it('reports 0 (closed) for a start on a Sunday', async () => {
    const result = await firstValueFrom(callbacks.openFor({ start: nextWeekDayAt0930Utc([0]) }));
    expect(result.openForSeconds).toBe(0);
  });

  it('asks the service named per call over the configured one', async () => {
    const start = nextWeekDayAt0930Utc([0]);
    const onCustomerCare = connectedTo(V3);
    const result = await firstValueFrom(onCustomerCare.openFor({ serviceName: 'sales', start }));
    expect(result.openForSeconds).toBe(0);
  });

  it('reports the office open for a start on customer-care, which never closes', async () => {
    const onCustomerCare = connectedTo(V3);
    const result = await firstValueFrom(
      onCustomerCare.openFor({ start: nextWeekDayAt0930Utc([0]) }),
    );
    expect(result.openForSeconds).toBeGreaterThan(DAY_MS / 1000);
  });

  // A service configured for customer-care instead of the suite's sales one.
  function connectedTo(config: CallbackConfig): CallbackService {
    TestBed.resetTestingModule();
    return connect(config);
  }
});

describe('reschedule() against the emulator, v3 (GES)', () => {
  beforeEach(resetEmulator);

  it('refuses with UNSUPPORTED naming the operation and the version, sending nothing', async () => {
    const callbacks = connect(V3);
    const { id } = await firstValueFrom(callbacks.schedule({ phonenumber: '5550103003' }));
    const before = await bookedTimes();
    const requests = watchRequests();
    const error = await failure(callbacks.reschedule(id, new Date(Date.now() + DAY_MS)));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('reschedule()');
    expect(error.message).toContain('v3');
    expect(requests).not.toHaveBeenCalled();
    expect(await bookedTimes()).toEqual(before);
    expect((await firstValueFrom(callbacks.retrieve(id))).state).toBe('QUEUED');
    expect(requests).toHaveBeenCalledTimes(2);
  });
});
