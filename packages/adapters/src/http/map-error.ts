import { isHTTPError, isTimeoutError } from 'ky';
import { translate } from '@sijitong/core';
import { AdapterError } from '../errors.js';
import { httpMessages } from '../i18n/messages/http.js';
import { isRetryableStatus } from './retry-policy.js';

/** What a failed call was, for the error's message. @internal */
export interface FailedCall {
  /** `METHOD /path`. */
  readonly what: string;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds since the call began. */
  readonly elapsedMs: number;
}

/** The `ADAPTER_HTTP_STATUS` error of `status`. @internal */
export function httpStatusError(status: number, what: string, cause?: unknown): AdapterError {
  const retryable = isRetryableStatus(status);
  const hint = retryable ? 'hint.retryable' : 'hint.client';
  return new AdapterError(
    httpMessages,
    'ADAPTER_HTTP_STATUS',
    { what, status, hint: translate(httpMessages, hint), hintEn: translate(httpMessages, hint, {}, 'en') },
    { retryable, cause },
  );
}

/**
 * The {@link AdapterError} for whatever ky (or fetch, or a body read) threw: the caller's abort
 * first (`ADAPTER_ABORTED`), then timeouts, HTTP statuses and network failures; an
 * `AdapterError` (from a signer or decoder) passes unchanged. Anything else is reported as a
 * network failure with the original as `cause`.
 * @internal
 */
export function toAdapterError(error: unknown, call: FailedCall): AdapterError {
  const { what } = call;
  if (call.signal?.aborted === true) return new AdapterError(httpMessages, 'ADAPTER_ABORTED', { what }, { cause: error });
  if (error instanceof AdapterError) return error;
  if (isTimeoutError(error) || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    // An abort we did not ask for is ky's own timeout firing.
    return new AdapterError(httpMessages, 'ADAPTER_TIMEOUT', { what, ms: Math.round(call.elapsedMs) }, { retryable: true, cause: error });
  }
  if (isHTTPError(error)) return httpStatusError(error.response.status, what, error);
  // ky's network errors and anything else unexpected alike.
  return new AdapterError(httpMessages, 'ADAPTER_NETWORK', { what }, { retryable: true, cause: error });
}

/** Whether a failed call says the province is down, for the circuit breaker. @internal */
export function isOutage(error: AdapterError): boolean {
  if (error.code === 'ADAPTER_TIMEOUT' || error.code === 'ADAPTER_NETWORK') return true;
  return error.code === 'ADAPTER_HTTP_STATUS' && typeof error.params['status'] === 'number' && error.params['status'] >= 500;
}
