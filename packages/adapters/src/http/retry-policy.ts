/**
 * When a call to a province may be tried again, and how long to wait: idempotent requests only,
 * on network errors, timeouts and 408/429/5xx, with exponential backoff and jitter, honouring
 * `Retry-After`.
 */

/** Retry settings of an HTTP client. */
export interface RetryOptions {
  /** Retries after the first attempt; default 2. */
  readonly limit: number;
  /** The first backoff, doubled for each further retry; default 200 ms. */
  readonly backoffMs: number;
  /** The longest backoff; default 2000 ms. */
  readonly maxBackoffMs: number;
  /** Full jitter (a random wait between 0 and the backoff); default true. */
  readonly jitter: boolean;
}

/** The default retry settings. */
export const DEFAULT_RETRY: RetryOptions = { limit: 2, backoffMs: 200, maxBackoffMs: 2000, jitter: true };

/** HTTP statuses worth retrying: the request may succeed later as it is. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * Whether a request may be sent twice without doing twice what it asks: GET, HEAD, PUT, DELETE
 * and OPTIONS, or a POST (or PATCH) carrying an idempotency key the province deduplicates on.
 */
export function isIdempotent(method: string, idempotencyKey: string | undefined): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || (idempotencyKey !== undefined && idempotencyKey !== '');
}

/** Whether an HTTP status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.includes(status);
}

/** The backoff before retry number `retry` (from 1), before jitter and capping. */
export function backoffDelay(retry: number, options: RetryOptions): number {
  return Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (retry - 1));
}

/**
 * Milliseconds to wait according to a `Retry-After` value: delay seconds (`120`) or an HTTP
 * date; `undefined` when absent or malformed, 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
