/** Options of the per-client rate limit. */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  readonly limit: number;
  /** Window length in milliseconds. */
  readonly windowMs: number;
}

/** The verdict on one request. */
export type RateLimitVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** A fixed-window counter per client (access key, paasId or remote address). */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  /** @param options - limit and window. */
  constructor(readonly options: RateLimitOptions) {}

  /** Counts a request of `client` at `now` (epoch ms). */
  hit(client: string, now: number): RateLimitVerdict {
    let window = this.#windows.get(client);
    if (window === undefined || now - window.start >= this.options.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= this.options.limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000)) };
  }

  /** Forgets every count (tests). */
  reset(): void {
    this.#windows.clear();
  }
}
