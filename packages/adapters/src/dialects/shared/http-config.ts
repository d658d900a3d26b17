import * as z from 'zod/mini';
import type { CircuitBreakerOptions } from '../../http/circuit-breaker.js';
import type { RetryOptions } from '../../http/retry-policy.js';
import type { FetchLike } from '../../http/signing-fetch.js';
import type { KeyValueStore } from '../../stores/store.js';

/*
 * Configuration fields every dialect adapter shares: timeouts, retries, the circuit breaker, an
 * injectable fetch and the store that remembers submissions.
 */

/** zod schema of a display name `{ 'zh-CN', en }`. */
export const displayNameSchema = /* @__PURE__ */ z.object({
  'zh-CN': z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});

/** zod schema of the transport overrides (all optional; the http client's defaults apply). */
export const transportConfigShape = {
  /** Budget of a whole call, retries included, in ms. */
  timeoutMs: z.optional(z.int().check(z.gte(100), z.lte(600_000))),
  /** Budget of one attempt, in ms. */
  attemptTimeoutMs: z.optional(z.int().check(z.gte(50), z.lte(600_000))),
  /** Retry settings (idempotent calls only). */
  retry: z.optional(
    z.object({
      limit: z.optional(z.int().check(z.gte(0), z.lte(10))),
      backoffMs: z.optional(z.int().check(z.gte(0))),
      maxBackoffMs: z.optional(z.int().check(z.gte(0))),
      jitter: z.optional(z.boolean()),
    }),
  ),
  /** Circuit breaker settings, or `false` for none. */
  circuitBreaker: z.optional(
    z.union([
      z.literal(false),
      z.object({ failureThreshold: z.optional(z.int().check(z.gte(1))), resetMs: z.optional(z.int().check(z.gte(0))) }),
    ]),
  ),
  /** The `fetch` to use (tests, proxies); defaults to the global one. */
  fetch: z.optional(z.custom<FetchLike>((value) => typeof value === 'function')),
  /** Where submissions are remembered per idempotency key; default an in-memory store (one instance only). */
  store: z.optional(
    z.custom<KeyValueStore>((value) => value !== null && typeof value === 'object' && typeof (value as { get?: unknown }).get === 'function'),
  ),
};

/** The transport part of a dialect configuration (all optional; the http client's defaults apply). */
export interface TransportConfig {
  /** Budget of a whole call, retries included, in ms (100–600000). */
  readonly timeoutMs?: number | undefined;
  /** Budget of one attempt, in ms (50–600000). */
  readonly attemptTimeoutMs?: number | undefined;
  /** Retry settings (idempotent calls only). */
  readonly retry?: Partial<RetryOptions> | undefined;
  /** Circuit breaker settings, or `false` for none. */
  readonly circuitBreaker?: Partial<CircuitBreakerOptions> | false | undefined;
  /** The `fetch` to use (tests, proxies); defaults to the global one. */
  readonly fetch?: FetchLike | undefined;
  /** Where submissions are remembered per idempotency key; default an in-memory store (one instance only). */
  readonly store?: KeyValueStore | undefined;
}

/** The OAuth client of a province's unified login (both values are secrets: server side only). */
export interface OAuthClientConfig {
  /** The client id. */
  readonly clientId: string;
  /** The client secret. */
  readonly clientSecret: string;
}

/** Drops `undefined` entries, for `exactOptionalPropertyTypes`-friendly option objects. */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The http client options of a transport configuration. */
export function transportOptions(config: TransportConfig) {
  return defined({
    timeoutMs: config.timeoutMs,
    attemptTimeoutMs: config.attemptTimeoutMs,
    retry: config.retry === undefined ? undefined : defined(config.retry),
    circuitBreaker: config.circuitBreaker === undefined || config.circuitBreaker === false ? config.circuitBreaker : defined(config.circuitBreaker),
    fetch: config.fetch,
  });
}

/** The per-call options of the http client from the contract's `CallOptions` (signal, budget). */
export function callOptions(options: { readonly signal?: AbortSignal | undefined; readonly timeoutMs?: number | undefined } = {}) {
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
}

/**
 * An idempotency key for a POST that only reads (a lookup, a search): the http client retries
 * only idempotent calls, and a read is safe to send twice. Fresh per call.
 */
export function readOnlyKey(): string {
  return `read-${crypto.randomUUID()}`;
}
