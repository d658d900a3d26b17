/**
 * Calling provincial systems over HTTP: a ky-based client (timeouts, retries for idempotent
 * requests, Retry-After, circuit breaker, cancellation, per-attempt signing), the habits of
 * Chinese government APIs as data (envelopes, paging styles, field tables), and the browser's
 * remote adapter that calls the integrator's proxy.
 * @module
 */
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpRequestWithSchema,
  type QueryValue,
} from './client.js';
export type { FetchLike } from './signing-fetch.js';
export { DEFAULT_RETRY, isIdempotent, isRetryableStatus, parseRetryAfter, RETRYABLE_STATUSES, type RetryOptions } from './retry-policy.js';
export {
  CircuitBreaker,
  DEFAULT_CIRCUIT_BREAKER,
  type CircuitBreakerOptions,
  type CircuitPermit,
  type CircuitState,
} from './circuit-breaker.js';
export {
  DEFAULT_PAGE_SIZE,
  ENVELOPE_RULES,
  fromUpperSnake,
  PAGING_STYLES,
  pageParams,
  readPage,
  renameKeys,
  unwrapEnvelope,
  upperSnakeToCamel,
  valueAt,
  type EnvelopeRule,
  type EnvelopeRuleName,
  type PagingStyle,
  type PagingStyleName,
  type RenameOptions,
} from './envelope.js';
export { adapterErrorFromPayload, createRemoteAdapter, type RemoteAdapterOptions } from './remote-adapter.js';
export {
  DEFAULT_PROXY_ALLOW,
  isProxyMethod,
  PROXY_METHODS,
  proxyErrorBodySchema,
  proxyPath,
  type ProxyErrorPayload,
  type ProxyMethod,
  type WireMaterial,
} from './proxy-wire.js';
