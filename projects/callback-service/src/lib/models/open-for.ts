/** What `openFor()` asks: how long a v3 service's office stays open from a moment on. */
export interface OpenForQuery {
  /** Overrides the config's `serviceName` for this query. */
  serviceName?: string;
  /** The moment to ask about (ISO-8601 instant or `Date`); absent = now, as the server decides. */
  start?: string | Date;
}

/** The outcome of a successful `openFor()`. */
export interface OpenForResult {
  /** Seconds the office stays open from `start` (GES `data.openFor`); `0` = closed then. */
  readonly openForSeconds: number;
  /** The server's body as received (untrusted data). */
  readonly raw: unknown;
}
