import { LocalizedError, type LocalizedErrorOptions, type Messages } from '@sijitong/core';

/** Options of {@link AdapterError}. */
export interface AdapterErrorOptions extends LocalizedErrorOptions {
  /** Whether trying again later may succeed (timeouts, 5xx, rate limits, an open circuit). */
  readonly retryable?: boolean;
}

/**
 * The one error class of `@sijitong/adapters`. Like core's `SijitongError` (both extend core's
 * `LocalizedError`): a stable `code` (`ADAPTER_TIMEOUT`, `RESPONSE_INVALID`…), structured
 * `params`, the `path` of the bad field (e.g. `['data', 'rows', 3, 'TASK_CODE']`), a zh-CN
 * `message` and `localized('en')`; plus `retryable`, so a widget can say "try again".
 */
export class AdapterError<C extends string = string> extends LocalizedError<C> {
  /** Always `'AdapterError'`. */
  override readonly name = 'AdapterError';
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;

  /**
   * @param messages - the catalogue of the concept the code belongs to.
   * @param code - the code, a key of `messages`.
   * @param params - values for the message's placeholders.
   */
  constructor(messages: Messages<C>, code: NoInfer<C>, params: Readonly<Record<string, string | number>> = {}, options: AdapterErrorOptions = {}) {
    super(messages, code, params, options);
    this.retryable = options.retryable ?? false;
  }
}

/** True when `value` is an {@link AdapterError}, optionally with the given code. */
export function isAdapterError(value: unknown, code?: string): value is AdapterError {
  return value instanceof AdapterError && (code === undefined || value.code === code);
}
