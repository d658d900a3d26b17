import { AdapterError } from '../errors.js';
import type { ProxyErrorPayload } from '../http/proxy-wire.js';

/** HTTP statuses of the codes the proxy knows; others get 503 when retryable, else 422. */
export const PROXY_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  // The proxy's own refusals.
  ADAPTER_CAPABILITY_FORBIDDEN: 403,
  ADAPTER_CAPABILITY_MISSING: 501,
  PROXY_METHOD_UNKNOWN: 404,
  PROXY_HTTP_METHOD: 405,
  PROXY_BODY_NOT_JSON: 400,
  PROXY_BODY_TOO_LARGE: 413,
  INPUT_INVALID: 400,
  ADAPTER_RATE_LIMITED: 429,
  ADAPTER_INTERNAL: 500,
  // The province could not be reached or answered badly.
  ADAPTER_TIMEOUT: 504,
  ADAPTER_NETWORK: 502,
  ADAPTER_HTTP_STATUS: 502,
  ADAPTER_CIRCUIT_OPEN: 503,
  ADAPTER_ABORTED: 499,
  RESPONSE_NOT_JSON: 502,
  RESPONSE_INVALID: 502,
  ENVELOPE_CODE_MISSING: 502,
  // The province answered "no".
  ADAPTER_CASE_NOT_FOUND: 404,
  ADAPTER_ITEM_NOT_FOUND: 404,
  ADAPTER_DIVISION_NOT_FOUND: 404,
  ADAPTER_CAPTCHA_INVALID: 422,
  ADAPTER_ITEM_VERSION_STALE: 409,
  ADAPTER_IDEMPOTENCY_CONFLICT: 409,
  ADAPTER_SESSION_INVALID: 401,
};

/** The HTTP status the proxy answers an error with. */
export function proxyStatusOf(error: AdapterError): number {
  return PROXY_STATUS_BY_CODE[error.code] ?? (error.retryable ? 503 : 422);
}

/** The error body of `error`: code, zh-CN and English messages, retryable, params and path. */
export function proxyErrorPayload(error: AdapterError): ProxyErrorPayload {
  return {
    code: error.code,
    message: error.message,
    messageEn: error.localized('en'),
    retryable: error.retryable,
    params: error.params,
    ...(error.path.length === 0 ? {} : { path: error.path }),
  };
}

/** A JSON response of the proxy (never cached: answers are personal or change). */
export function jsonResponse(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** The JSON error response of `error`, with `Retry-After` for rate limits and an open circuit. */
export function errorResponse(error: AdapterError, headers: Readonly<Record<string, string>> = {}): Response {
  const seconds = error.params['seconds'];
  const retryAfter: Record<string, string> =
    (error.code === 'ADAPTER_RATE_LIMITED' || error.code === 'ADAPTER_CIRCUIT_OPEN') && typeof seconds === 'number'
      ? { 'retry-after': String(seconds) }
      : {};
  return jsonResponse(proxyStatusOf(error), { error: proxyErrorPayload(error) }, { ...retryAfter, ...headers });
}
