/**
 * One bookable time slot, normalised across Callback API v1 and v3.
 *
 * v1 (GMS) answers a `{ "<ISO time>": capacity }` map; v3 (GES) answers `data.slots[]` with
 * `utcTime`, `localTime`, `capacity` and `total`. Both become a list of `CallbackSlot`.
 */
export interface CallbackSlot {
  /** Start of the slot as a UTC instant, `YYYY-MM-DDTHH:mm:ss.SSSZ`. */
  readonly utcTime: string;
  /** Free places left in the slot; `0` means full. */
  readonly capacity: number;
  /** The server's local rendering of the time (v3, in the configured `timezone`). */
  readonly localTime?: string;
  /** Total places of the slot (v3). */
  readonly total?: number;
}
