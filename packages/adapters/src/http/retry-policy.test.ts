import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY, isIdempotent, isRetryableStatus, parseRetryAfter } from './retry-policy.js';

describe('retry policy', () => {
  it('retries idempotent methods, and POST only with a key', () => {
    for (const m of ['GET', 'head', 'PUT', 'DELETE', 'OPTIONS']) expect(isIdempotent(m, undefined)).toBe(true);
    expect(isIdempotent('POST', undefined)).toBe(false);
    expect(isIdempotent('POST', '')).toBe(false);
    expect(isIdempotent('POST', 'k')).toBe(true);
    expect(isIdempotent('PATCH', undefined)).toBe(false);
  });

  it('retries 408, 429 and transient 5xx only', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 501, 505].some(isRetryableStatus)).toBe(false);
  });

  it('doubles the backoff up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, DEFAULT_RETRY))).toEqual([200, 400, 800, 1600, 2000]);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 2, 2, 1, 30, 0);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
