import ky, { isHTTPError } from 'ky';
import type * as z from 'zod/mini';
import { AdapterError } from '../errors.js';
import { httpMessages } from '../i18n/messages/http.js';
import { parseResponse } from '../parse/parse-response.js';
import type { Signer } from '../signing/signer.js';
import { CircuitBreaker, DEFAULT_CIRCUIT_BREAKER, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker.js';
import { unwrapEnvelope, type EnvelopeRule } from './envelope.js';
import { isOutage, toAdapterError } from './map-error.js';
import { backoffDelay, DEFAULT_RETRY, isIdempotent, parseRetryAfter, RETRYABLE_STATUSES, type RetryOptions } from './retry-policy.js';
import { signingFetch, type FetchLike } from './signing-fetch.js';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** The gateway's base URL; request paths are appended to it (`https://gw.example.cn/api`). */
  readonly baseUrl: string | URL;
  /** Signs every attempt (retries included). */
  readonly signer?: Signer;
  /** The `fetch` to use; defaults to the global one. */
  readonly fetch?: FetchLike;
  /** Budget of a whole call, retries and waits included; default 10000 ms. */
  readonly timeoutMs?: number;
  /** Budget of one attempt; default 4000 ms. */
  readonly attemptTimeoutMs?: number;
  /** Retry settings (idempotent requests only). */
  readonly retry?: Partial<RetryOptions>;
  /** Circuit breaker settings, or `false` for none. */
  readonly circuitBreaker?: Partial<CircuitBreakerOptions> | false;
  /** How the province wraps answers (error codes inside HTTP 200). */
  readonly envelope?: EnvelopeRule;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Turns the body text into JSON text before parsing (e.g. opens an SM4/SM2 envelope). */
  readonly decodeBody?: (text: string, response: Response) => string | Promise<string>;
  /** The clock of the circuit breaker (ms); defaults to `Date.now`. */
  readonly now?: () => number;
  /** Random numbers in [0, 1) for jitter; defaults to `Math.random`. */
  readonly random?: () => number;
}

/** A query parameter value; `undefined` leaves the parameter out, an array repeats it. */
export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

/** One call to the province. */
export interface HttpRequest {
  /** HTTP method. */
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** Path under the base URL (`/items` or `items`). */
  readonly path: string;
  /** Query parameters, in order. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body (serialised with `JSON.stringify`, `Content-Type: application/json`). */
  readonly json?: unknown;
  /** A text body, sent as it is (set the content type in `headers`). */
  readonly body?: string;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Makes a POST retryable; sent as `Idempotency-Key`. */
  readonly idempotencyKey?: string;
  /** Cancels the call and any retry. */
  readonly signal?: AbortSignal;
  /** Overrides the client's total budget for this call. */
  readonly timeoutMs?: number;
  /** Overrides the client's envelope rule for this call; `false` for none. */
  readonly envelope?: EnvelopeRule | false;
}

/** A call with a zod schema for its (unwrapped) payload. */
export interface HttpRequestWithSchema<S extends z.core.$ZodType> extends HttpRequest {
  /** Validates the payload; a mismatch throws `RESPONSE_INVALID` naming the field. */
  readonly schema: S;
}

/** A client for one provincial gateway. */
export interface HttpClient {
  /** Sends a call and returns its payload, validated by `schema`. */
  request<S extends z.core.$ZodType>(request: HttpRequestWithSchema<S>): Promise<z.output<S>>;
  /** Sends a call and returns its (unwrapped) JSON payload. */
  request(request: HttpRequest): Promise<unknown>;
  /** The circuit breaker's state (`closed` when there is none). */
  readonly circuitState: CircuitState;
}

/** `path` under `baseUrl` (slashes between them collapsed), with `query` appended in order. @internal */
export function buildUrl(baseUrl: string | URL, path: string, query: HttpRequest['query']): URL {
  const base = String(baseUrl).replace(/\/+$/, '');
  const url = new URL(`${base}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  return url;
}

const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/**
 * A client for one provincial gateway, on ky: a total budget and a per-attempt timeout; retries
 * with exponential backoff and jitter for idempotent requests only (GET, HEAD, PUT, DELETE,
 * OPTIONS, or any request with an `idempotencyKey`), on network errors, timeouts and
 * 408/429/500/502/503/504, honouring `Retry-After` within the budget; the signer applied on every
 * attempt; a circuit breaker; cancellation; envelope rules and zod validation of the payload.
 * Every failure is an {@link AdapterError}.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const totalDefault = options.timeoutMs ?? 10_000;
  const attemptTimeout = options.attemptTimeoutMs ?? 4000;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const breaker =
    options.circuitBreaker === false ? undefined : new CircuitBreaker({ ...DEFAULT_CIRCUIT_BREAKER, ...options.circuitBreaker }, now);
  const baseFetch = options.fetch ?? defaultFetch;

  async function send(request: HttpRequest, url: URL, what: string): Promise<unknown> {
    const total = request.timeoutMs ?? totalDefault;
    const started = performance.now();
    const signal = request.signal;
    if (signal?.aborted === true) throw new AdapterError(httpMessages, 'ADAPTER_ABORTED', { what });

    const permit = breaker?.tryAcquire();
    if (breaker !== undefined && permit === undefined) {
      throw new AdapterError(httpMessages, 'ADAPTER_CIRCUIT_OPEN', { what, seconds: Math.ceil(breaker.retryInMs / 1000) }, { retryable: true });
    }

    const headers = new Headers({ accept: 'application/json', ...options.headers, ...request.headers });
    let body = request.body;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    if (request.idempotencyKey !== undefined) headers.set('Idempotency-Key', request.idempotencyKey);
    const retryable = isIdempotent(request.method, request.idempotencyKey);

    try {
      const call = ky(url, {
        method: request.method,
        headers,
        fetch: signingFetch(baseFetch, options.signer, body),
        timeout: Math.min(attemptTimeout, total),
        totalTimeout: total,
        throwHttpErrors: true,
        ...(signal === undefined ? {} : { signal }),
        retry: {
          limit: retryable ? retry.limit : 0,
          methods: retryable ? [request.method.toLowerCase()] : [],
          statusCodes: [...RETRYABLE_STATUSES],
          afterStatusCodes: [...RETRYABLE_STATUSES],
          maxRetryAfter: total,
          retryOnTimeout: true,
          delay: (attempt) => backoffDelay(attempt, retry),
          backoffLimit: retry.maxBackoffMs,
          jitter: retry.jitter ? (delay) => random() * delay : false,
          // A Retry-After beyond the remaining budget: fail now with the status rather than time out waiting.
          shouldRetry: ({ error }) => {
            if (!isHTTPError(error)) return undefined;
            const wait = parseRetryAfter(error.response.headers.get('retry-after'));
            return wait !== undefined && wait >= total - (performance.now() - started) ? false : undefined;
          },
        },
      });
      const response = await call;
      // ky's body read is bounded by the budget too (a peer that stalls mid-body times out).
      const text = await call.text();
      const data = await decode(text, response, what, request);
      permit?.success();
      return data;
    } catch (error) {
      const failure = toAdapterError(error, { what, signal, elapsedMs: performance.now() - started });
      if (failure.code === 'ADAPTER_ABORTED') permit?.release();
      else if (isOutage(failure)) permit?.failure();
      else permit?.success();
      throw failure;
    }
  }

  async function decode(text: string, response: Response, what: string, request: HttpRequest): Promise<unknown> {
    const decoded = options.decodeBody === undefined ? text : await options.decodeBody(text, response);
    let json: unknown;
    if (decoded.trim() === '') json = undefined;
    else {
      try {
        json = JSON.parse(decoded);
      } catch (cause) {
        throw new AdapterError(httpMessages, 'RESPONSE_NOT_JSON', { what, status: response.status }, { cause });
      }
    }
    const rule = request.envelope === undefined ? options.envelope : request.envelope === false ? undefined : request.envelope;
    return rule === undefined ? json : unwrapEnvelope(json, rule, what);
  }

  return {
    async request(request: HttpRequest & { readonly schema?: z.core.$ZodType }): Promise<never> {
      const url = buildUrl(options.baseUrl, request.path, request.query);
      const what = `${request.method} ${url.pathname}`;
      const data = await send(request, url, what);
      return (request.schema === undefined ? data : parseResponse(request.schema, data, { what })) as never;
    },
    get circuitState() {
      return breaker?.state ?? 'closed';
    },
  };
}
