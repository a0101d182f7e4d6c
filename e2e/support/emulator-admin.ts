import { EMULATOR_URL } from './e2e-env';

/** A booking as the emulator's admin API lists it. */
export interface EmulatorBooking {
  readonly id: string;
  readonly apiVersion: 'v1' | 'v3';
  readonly serviceName: string;
  readonly phoneNumber: string;
  readonly desiredTime: string;
  readonly requestedTime?: string;
  readonly immediate: boolean;
  readonly userData: Record<string, unknown>;
  readonly state: string;
  readonly createdAt: string;
}

/** A fault as `POST /__emulator/faults` takes it. */
export interface EmulatorFault {
  readonly method?: string;
  readonly path?: string;
  /** Path globs: `*` within one segment, `**` across segments. */
  readonly pathGlob?: string | readonly string[];
  readonly count?: number;
  readonly latencyMs?: number;
  readonly status?: number;
  readonly drop?: boolean;
}

/** The emulator's admin API (and its v1 API, to book as other customers), for the tests. */
export class EmulatorAdmin {
  constructor(readonly url: string = EMULATOR_URL) {}

  /** Deletes every booking and disarms every fault. */
  async reset(): Promise<void> {
    await this.call('DELETE', '/__emulator/callbacks');
    await this.clearFaults();
  }

  /** Disarms every fault. */
  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/__emulator/faults');
  }

  /** Arms a fault. */
  async armFault(fault: EmulatorFault): Promise<void> {
    await this.call('POST', '/__emulator/faults', fault);
  }

  /**
   * The bookings, oldest first; only those of `phone` when given (as typed: spaces and the
   * like are dropped, as the emulator stores numbers). Tests filter by their own number, so
   * that a booking landing late from an earlier test (a slow answer) cannot disturb them.
   */
  async bookings(phone?: string): Promise<EmulatorBooking[]> {
    const number = phone?.replace(/[\s.()-]/g, '');
    const query = number ? `?phoneNumber=${encodeURIComponent(number)}` : '';
    const body = (await this.call('GET', `/__emulator/callbacks${query}`)) as {
      callbacks: EmulatorBooking[];
    };
    return body.callbacks;
  }

  /**
   * Books `utcTime` of the v1 `customer-care` service until the emulator answers 429 (full),
   * as other customers would; returns how many seats that took.
   */
  async fillSlot(utcTime: string): Promise<number> {
    for (let seat = 0; seat < 20; seat++) {
      const response = await fetch(`${this.url}/genesys/1/service/callback/customer-care`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          _customer_number: `+4420790000${String(seat).padStart(2, '0')}`,
          _desired_time: utcTime,
        }),
      });
      if (response.status === 429) return seat;
      if (!response.ok) throw new Error(`Filling ${utcTime}: HTTP ${response.status}`);
    }
    throw new Error(`${utcTime} still had room after 20 bookings.`);
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    }
    return response.json();
  }
}
