import type { Adapter } from '../contract/adapter.js';
import type { CallOptions } from '../contract/call.js';
import { AdapterError } from '../errors.js';
import { DEFAULT_PROXY_ALLOW, isProxyMethod, type ProxyMethod } from '../http/proxy-wire.js';
import { proxyMessages } from '../i18n/messages/proxy.js';
import { parseInput } from '../parse/parse-response.js';
import { createMemoryStore } from '../stores/memory-store.js';
import { createRateLimiter, type RateLimiter } from '../stores/rate-limiter.js';
import type { KeyValueStore } from '../stores/store.js';
import { callOptionsBodySchema, PROXY_CALLS, readLimitedText } from './proxy-calls.js';
import { errorResponse, jsonResponse } from './proxy-status.js';

/** What the hosting server knows about a request beyond the standard `Request`. */
export interface ProxyContext {
  /** The client's address as the server saw it (`toNodeListener` fills it from the socket). */
  readonly clientAddress?: string;
}

/** A standard Fetch API handler (with an optional context), as Hono, Next.js and others mount. */
export type ProxyHandler = (request: Request, context?: ProxyContext) => Promise<Response>;

/** Rate limiting of the proxy: `limit` calls per client per `windowMs`. */
export interface ProxyRateLimit {
  /** Calls allowed per client and window. */
  readonly limit: number;
  /** The window, in ms. */
  readonly windowMs: number;
  /** Who a request comes from; default the context's `clientAddress`, else one shared bucket. */
  readonly clientId?: (request: Request, context: ProxyContext) => string;
  /** Where counters live; default in memory (pass a shared store when several instances run). */
  readonly store?: KeyValueStore;
  /** The clock; defaults to `Date.now`. */
  readonly now?: () => number;
}

/** Options of {@link createProxyHandler}. */
export interface ProxyHandlerOptions {
  /** The adapter the proxy calls (signing adapters hold their secrets here, on the server). */
  readonly adapter: Adapter;
  /** The calls a browser may make; default {@link DEFAULT_PROXY_ALLOW} (public, read-only). */
  readonly allow?: readonly ProxyMethod[];
  /** Per-client rate limit; none when absent. */
  readonly rateLimit?: ProxyRateLimit;
  /** Largest request body accepted; default 20 MiB (materials travel in Base64). */
  readonly maxBodyBytes?: number;
  /** Cap on a caller's `timeoutMs`; default 30000. */
  readonly maxTimeoutMs?: number;
  /** Told of unexpected (non-`AdapterError`) failures, for logging; they answer `ADAPTER_INTERNAL`. */
  readonly onError?: (error: unknown, method: string) => void;
}

const ROUTE = /(?:^|\/)([A-Za-z]+)\/([A-Za-z]+)\/?$/;

/**
 * A Fetch API handler exposing the allowed adapter calls to browsers as JSON POST endpoints
 * `/{capability}/{method}` (the last two path segments, so it can be mounted under any prefix),
 * answering `{ result }`, or `{ error: { code, message, messageEn, retryable, params, path } }`
 * with a fitting status (403 for a call not allowed, 400 for an invalid body, 429 when rate
 * limited, 502/503/504 when the province fails…). Bodies are validated with the contract's
 * schemas before the adapter sees them. Keep signing adapters and their secrets behind it.
 *
 * @example
 * ```ts
 * const handler = createProxyHandler({ adapter: zhejiang, allow: ['catalog.list', 'cases.lookup'] });
 * createServer(toNodeListener(handler)).listen(8080);
 * ```
 */
export function createProxyHandler(options: ProxyHandlerOptions): ProxyHandler {
  const allow = new Set<ProxyMethod>(options.allow ?? DEFAULT_PROXY_ALLOW);
  const maxBodyBytes = options.maxBodyBytes ?? 20 * 1024 * 1024;
  const maxTimeoutMs = options.maxTimeoutMs ?? 30_000;
  const limit = options.rateLimit;
  const limiter: RateLimiter | undefined =
    limit === undefined
      ? undefined
      : createRateLimiter(limit.store ?? createMemoryStore(), { limit: limit.limit, windowMs: limit.windowMs, ...(limit.now ? { now: limit.now } : {}) });

  async function handle(request: Request, context: ProxyContext): Promise<Response> {
    if (request.method !== 'POST') {
      return errorResponse(new AdapterError(proxyMessages, 'PROXY_HTTP_METHOD', { httpMethod: request.method.slice(0, 10) }), { allow: 'POST' });
    }
    if (limiter !== undefined && limit !== undefined) {
      const client = limit.clientId?.(request, context) ?? context.clientAddress ?? 'anonymous';
      const verdict = await limiter.hit(client);
      if (!verdict.allowed) {
        throw new AdapterError(proxyMessages, 'ADAPTER_RATE_LIMITED', { seconds: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)) }, { retryable: true });
      }
    }
    const match = ROUTE.exec(new URL(request.url).pathname);
    const method = match === null ? '' : `${match[1]}.${match[2]}`;
    if (!isProxyMethod(method)) throw new AdapterError(proxyMessages, 'PROXY_METHOD_UNKNOWN', { method: method.slice(0, 60) || '/' });
    if (!allow.has(method)) throw new AdapterError(proxyMessages, 'ADAPTER_CAPABILITY_FORBIDDEN', { method });

    const text = await readLimitedText(request, maxBodyBytes);
    let raw: unknown;
    try {
      raw = text.trim() === '' ? {} : JSON.parse(text);
    } catch (cause) {
      throw new AdapterError(proxyMessages, 'PROXY_BODY_NOT_JSON', {}, { cause });
    }
    const spec = PROXY_CALLS[method];
    const input = parseInput(spec.body, raw, { what: method });
    const { timeoutMs } = parseInput(callOptionsBodySchema, raw, { what: method });
    const callOptions: CallOptions = { signal: request.signal, ...(timeoutMs === undefined ? {} : { timeoutMs: Math.min(timeoutMs, maxTimeoutMs) }) };
    const pending = spec.invoke(options.adapter, input, callOptions);
    if (pending === undefined) throw new AdapterError(proxyMessages, 'ADAPTER_CAPABILITY_MISSING', { method });
    const result = await pending;
    return jsonResponse(200, { result: result ?? null });
  }

  return async (request, context = {}) => {
    try {
      return await handle(request, context);
    } catch (error) {
      if (error instanceof AdapterError) return errorResponse(error);
      options.onError?.(error, new URL(request.url).pathname);
      return errorResponse(new AdapterError(proxyMessages, 'ADAPTER_INTERNAL'));
    }
  };
}
