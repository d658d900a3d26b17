/** A value a {@link KeyValueStore} can hold: anything JSON can represent. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Options of {@link KeyValueStore.set}. */
export interface StoreSetOptions {
  /** Time to live in milliseconds; without it the entry stays until deleted (or evicted). */
  readonly ttlMs?: number;
}

/** Options of {@link KeyValueStore.increment}. */
export interface StoreIncrementOptions {
  /** Time to live of the counter, in milliseconds, set when the increment creates it (not refreshed). */
  readonly ttlMs: number;
}

/**
 * The small store server-side state lives in: idempotency records, locks, rate-limit counters and
 * the catalogue cache. The default is {@link createMemoryStore} (one process); an integrator running
 * several instances plugs in a shared store such as Redis by implementing these four methods.
 *
 * Values are JSON-serialisable and copied in and out: mutating a value after `set` or after `get`
 * changes nothing stored.
 */
export interface KeyValueStore {
  /** The value under `key`, or `undefined` when absent or expired. */
  get(key: string): Promise<JsonValue | undefined>;
  /** Stores `value` under `key`, replacing any value and its time to live. */
  set(key: string, value: JsonValue, options?: StoreSetOptions): Promise<void>;
  /** Removes `key` (nothing happens when it is absent). */
  delete(key: string): Promise<void>;
  /**
   * Atomically adds 1 to the counter under `key` and returns the new value. A missing or expired
   * counter starts at 1 and gets `ttlMs`; an existing one keeps its expiry (a fixed window).
   * Atomicity is what locks and rate limits rely on (Redis: `INCR` + `PEXPIRE … NX`).
   */
  increment(key: string, options: StoreIncrementOptions): Promise<number>;
}
