/** Life-cycle states of a Genesys callback (GMS and GES use the same names). */
export type CallbackState =
  | 'SCHEDULED'
  | 'QUEUED'
  | 'ROUTING'
  | 'PROCESSING'
  | 'PAUSED'
  | 'COMPLETED'
  // Keeps autocompletion for the known states while accepting states added by newer servers.
  | (string & {});

/** What `CallbackService.retrieve()` reports about a booked callback, normalised across v1 and v3. */
export interface CallbackStatus {
  /** The callback id. */
  readonly id: string;
  /** Current state, e.g. `SCHEDULED` or `COMPLETED`. */
  readonly state?: CallbackState;
  /** Why a completed callback ended, e.g. `CANCELLED` or `AGENT_CONNECTED`. */
  readonly reason?: string;
  /** The booked time (UTC ISO-8601), when the server reports one. */
  readonly desiredTime?: string;
  /** The number that will be called. */
  readonly phoneNumber?: string;
  /** Position in the queue (v3). */
  readonly positionInQueue?: number;
  /** Estimated wait in seconds (v3). */
  readonly estimatedWaitTime?: number;
  /** The server's record as received (untrusted data). */
  readonly raw: unknown;
}
