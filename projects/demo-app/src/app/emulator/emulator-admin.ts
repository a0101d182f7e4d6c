import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { concat, map, reduce, switchMap, take, type Observable } from 'rxjs';
import { DemoSettings, type DemoEnvironment } from '../config/demo-config';

/** What the emulator does with the next bookings (`POST` create/schedule of v1 and v3). */
export type FaultMode = 'none' | 'slow' | 'rate-limited' | 'server-error' | 'dropped';

/** A booking as the emulator's admin API lists it (the fields the demo shows). */
export interface EmulatorBooking {
  readonly id: string;
  readonly apiVersion: 'v1' | 'v3';
  readonly serviceName: string;
  readonly phoneNumber: string;
  readonly desiredTime: string;
  readonly immediate: boolean;
  readonly state: string;
  /** Why it left `SCHEDULED`, e.g. `CANCELLED`. */
  readonly reason?: string;
  readonly createdAt: string;
}

/** A free slot of the emulator's v1 service, to fill. */
export interface FreeSlot {
  readonly utcTime: string;
  readonly free: number;
}

interface ArmedFault {
  readonly status?: number;
  readonly drop?: boolean;
  readonly latencyMs?: number;
}

// The booking routes of both APIs (emulator path globs: `*` is one path segment);
// availability and cancellations stay healthy.
const BOOKING_PATHS = ['/genesys/1/service/callback/*', '/engagement/v3/callbacks/create'];
// A switched-on fault lasts "until switched off": the emulator's largest count.
const UNTIL_SWITCHED_OFF = 1_000_000;
// How much slower than `ajaxTimeout` the "slow" fault answers.
const SLOW_MARGIN_MS = 2000;
const JSON_HEADERS = new HttpHeaders({ 'Content-Type': 'application/json' });

/** The emulator fault that produces `mode`, or `null` for normal answers. */
export function faultFor(mode: FaultMode, ajaxTimeout: number): Record<string, unknown> | null {
  const base = { method: 'POST', pathGlob: BOOKING_PATHS, count: UNTIL_SWITCHED_OFF };
  switch (mode) {
    case 'none':
      return null;
    case 'slow':
      return { ...base, latencyMs: ajaxTimeout + SLOW_MARGIN_MS };
    case 'rate-limited':
      return { ...base, status: 429 };
    case 'server-error':
      return { ...base, status: 500 };
    case 'dropped':
      return { ...base, drop: true };
  }
}

/** The mode that the first armed fault produces (faults apply first armed, first used). */
export function modeOf(faults: readonly ArmedFault[]): FaultMode {
  const fault = faults[0];
  if (!fault) return 'none';
  if (fault.drop) return 'dropped';
  if (fault.status === 429) return 'rate-limited';
  if (fault.status !== undefined && fault.status >= 500) return 'server-error';
  return (fault.latencyMs ?? 0) > 0 ? 'slow' : 'none';
}

/**
 * Talks to the Callback API emulator's admin API (`/__emulator`) and to its v1 API as "other
 * customers" would: fault injection, the booked callbacks, and filling a slot so that the
 * next booking of it is refused with proposals. Not part of the library: a demo tool.
 */
@Injectable({ providedIn: 'root' })
export class EmulatorAdmin {
  private readonly http = inject(HttpClient);
  private readonly settings = inject(DemoSettings);

  /** The fault mode armed on the emulator now. */
  faultMode(): Observable<FaultMode> {
    return this.withEnvironment((env) =>
      this.http
        .get<{ faults: ArmedFault[] }>(`${env.emulatorUrl}/__emulator/faults`)
        .pipe(map((body) => modeOf(body.faults))),
    );
  }

  /** Disarms every fault, then arms the one for `mode`. */
  setFaultMode(mode: FaultMode): Observable<FaultMode> {
    return this.withEnvironment((env) => {
      const url = `${env.emulatorUrl}/__emulator/faults`;
      const fault = faultFor(mode, env.ajaxTimeout);
      const arm = fault ? [this.http.post(url, fault, { headers: JSON_HEADERS })] : [];
      return concat(this.http.delete(url), ...arm).pipe(reduce(() => mode, mode));
    });
  }

  /** The booked callbacks, oldest first. */
  bookings(): Observable<readonly EmulatorBooking[]> {
    return this.withEnvironment((env) =>
      this.http
        .get<{ callbacks: EmulatorBooking[] }>(`${env.emulatorUrl}/__emulator/callbacks`)
        .pipe(map((body) => body.callbacks)),
    );
  }

  /** Deletes every booking. */
  deleteBookings(): Observable<number> {
    return this.withEnvironment((env) =>
      this.http
        .delete<{ deleted: number }>(`${env.emulatorUrl}/__emulator/callbacks`)
        .pipe(map((body) => body.deleted)),
    );
  }

  /** The next free slots of the v1 service, from now. */
  freeSlots(count: number): Observable<readonly FreeSlot[]> {
    return this.withEnvironment((env) => {
      const params = {
        start: new Date().toISOString(),
        'number-of-days': 1,
        'max-time-slots': count,
      };
      return this.http
        .get<Record<string, number>>(`${env.v1DataUrl}/availability`, { params })
        .pipe(
          map((slots) =>
            Object.entries(slots)
              .filter(([, free]) => typeof free === 'number' && free > 0)
              .map(([utcTime, free]) => ({ utcTime, free }))
              .sort((a, b) => a.utcTime.localeCompare(b.utcTime)),
          ),
        );
    });
  }

  /** Books every free seat of `slot` with made-up numbers; emits how many were booked. */
  fillSlot(slot: FreeSlot): Observable<number> {
    return this.withEnvironment((env) => {
      // Distinct numbers: the emulator limits callbacks per number and day.
      const stamp = String(Date.now()).slice(-6);
      const bookings = Array.from({ length: slot.free }, (_, seat) =>
        this.http.post(
          env.v1DataUrl,
          {
            _customer_number: `+4420${stamp}${String(seat).padStart(2, '0')}`,
            _desired_time: slot.utcTime,
          },
          { headers: JSON_HEADERS },
        ),
      );
      return concat(...bookings).pipe(reduce((booked) => booked + 1, 0));
    });
  }

  private withEnvironment<T>(run: (env: DemoEnvironment) => Observable<T>): Observable<T> {
    return this.settings.environment$.pipe(take(1), switchMap(run));
  }
}
