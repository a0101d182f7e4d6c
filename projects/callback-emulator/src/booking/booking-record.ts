/** Which API booked a callback. */
export type ApiVersion = 'v1' | 'v3';

/**
 * Life-cycle states the emulator uses (GMS and GES share the names): `SCHEDULED` for a
 * booking with a desired time, `QUEUED` for an immediate ("as soon as possible") one,
 * `COMPLETED` once cancelled (reason `CANCELLED`).
 */
export type CallbackState = 'SCHEDULED' | 'QUEUED' | 'COMPLETED';

/** User data attached to a callback: JSON values keyed by name, null-prototype free. */
export type UserData = Record<string, unknown>;

/**
 * One booked callback as the emulator stores and journals it, and as
 * `GET /__emulator/callbacks` lists it. Both APIs render it in their own shape.
 */
export interface BookingRecord {
  /** Callback id (v1 `_id`, v3 `data.id`). */
  readonly id: string;
  /** The API that booked it. */
  readonly apiVersion: ApiVersion;
  /** Service name the callback belongs to. */
  readonly serviceName: string;
  /** Number to call, as the client sent it (trimmed). */
  readonly phoneNumber: string;
  /**
   * UTC ISO-8601 time of the callback: the start of the booked slot for a scheduled
   * callback (an off-grid desired time is rounded down), the request time for an immediate one.
   */
  readonly desiredTime: string;
  /** The desired time exactly as requested, when it differed from `desiredTime`. */
  readonly requestedTime?: string;
  /** Whether it was booked "as soon as possible" (no desired time). */
  readonly immediate: boolean;
  /** Attached data (v1: the fields without a leading `_`; v3: `userData`). */
  readonly userData: UserData;
  /** v1 GMS options sent with a leading `_` (e.g. `_call_direction`), kept for inspection. */
  readonly options?: Readonly<Record<string, string>>;
  /** Current state. */
  readonly state: CallbackState;
  /** Why a `COMPLETED` callback ended (`CANCELLED`). */
  readonly reason?: string;
  /** When it was booked (UTC ISO-8601). */
  readonly createdAt: string;
  /** When its state last changed, if ever (UTC ISO-8601). */
  readonly updatedAt?: string;
}

/** Returns whether a booking still holds a seat in its slot. */
export function holdsSlot(record: BookingRecord): boolean {
  return record.state === 'SCHEDULED' && !record.immediate;
}

/**
 * The digits of a phone number with an optional leading `+`, after removing spaces, dots,
 * dashes and parentheses; `null` unless 3–15 digits remain (the rule our library applies
 * client-side, so both sides agree on what a valid number is).
 */
export function normalizePhoneNumber(raw: string): string | null {
  const compact = raw.trim().replace(/[\s.()-]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : null;
}
