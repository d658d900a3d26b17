import { AdapterError } from '../errors.js';
import { storesMessages } from '../i18n/messages/stores.js';
import type { KeyValueStore } from './store.js';

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed per client and window. */
  readonly limit: number;
  /** The window, in ms. */
  readonly windowMs: number;
  /** Key prefix; default `rate:`. */
  readonly prefix?: string;
  /** The clock; defaults to `Date.now`. */
  readonly now?: () => number;
}

/** The answer of {@link RateLimiter.hit}. */
export interface RateLimitResult {
  /** Whether this request may go ahead. */
  readonly allowed: boolean;
  /** Requests left in the current window. */
  readonly remaining: number;
  /** When refused, ms until the window ends (for `Retry-After`); 0 when allowed. */
  readonly retryAfterMs: number;
}

/** A rate limiter; see {@link createRateLimiter}. */
export interface RateLimiter {
  /** Counts one request of `clientId` (an IP, a session id…) and says whether it is allowed. */
  hit(clientId: string): Promise<RateLimitResult>;
}

/**
 * A fixed-window rate limiter on a {@link KeyValueStore} (one counter per client and window, which
 * `increment` keeps atomic across instances sharing the store). Protects the public lookup from
 * guessing case numbers and a province from bursts. A client may get up to twice `limit` across a
 * window boundary: the usual trade of fixed windows.
 */
export function createRateLimiter(store: KeyValueStore, options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  if (!Number.isSafeInteger(limit) || limit <= 0 || !Number.isSafeInteger(windowMs) || windowMs <= 0) {
    throw new AdapterError(storesMessages, 'STORE_LIMIT_INVALID', { limit: String(limit), windowMs: String(windowMs) });
  }
  const now = options.now ?? Date.now;
  const prefix = options.prefix ?? 'rate:';
  return {
    async hit(clientId) {
      const t = now();
      const window = Math.floor(t / windowMs);
      const count = await store.increment(`${prefix}${clientId}:${window}`, { ttlMs: windowMs });
      const allowed = count <= limit;
      return { allowed, remaining: Math.max(0, limit - count), retryAfterMs: allowed ? 0 : (window + 1) * windowMs - t };
    },
  };
}
