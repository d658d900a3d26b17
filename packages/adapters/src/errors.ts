import { fillTemplate, type Locale, type MessageParams, type Messages } from '@sijitong/core';

/** Options of {@link AdapterError}. */
export interface AdapterErrorOptions {
  /** Where in a response or input the problem is, e.g. `['data', 'items', 3, 'TASK_CODE']`. */
  readonly path?: readonly (string | number)[];
  /** The underlying error (a network error, a zod error…). */
  readonly cause?: unknown;
  /** Whether trying again later may succeed (timeouts, 5xx, rate limits, an open circuit). */
  readonly retryable?: boolean;
}

/**
 * The one error class of `@sijitong/adapters`. Like core's `SijitongError`: a stable `code`
 * (`ADAPTER_TIMEOUT`, `RESPONSE_INVALID`…), structured `params`, the `path` of the bad field, a
 * zh-CN `message` and `localized('en')`; plus `retryable`, so a widget can say "try again".
 * It is built from the catalogue of its concept (`i18n/messages/<concept>.ts`).
 */
export class AdapterError<C extends string = string> extends Error {
  /** Always `'AdapterError'`. */
  override readonly name = 'AdapterError';
  /** Stable machine-readable code. */
  readonly code: C;
  /** Structured values the message is built from. */
  readonly params: MessageParams;
  /** Where the problem is. */
  readonly path: readonly (string | number)[];
  /** Whether trying again later may succeed. */
  readonly retryable: boolean;
  readonly #messages: Messages<string>;

  /**
   * @param messages - the catalogue of the concept the code belongs to.
   * @param code - the code, a key of `messages`.
   * @param params - values for the message's placeholders.
   */
  constructor(messages: Messages<C>, code: NoInfer<C>, params: MessageParams = {}, options: AdapterErrorOptions = {}) {
    super(fillTemplate(messages['zh-CN'][code], params), options.cause === undefined ? undefined : { cause: options.cause });
    this.#messages = messages as Messages<string>;
    this.code = code;
    this.params = params;
    this.path = options.path ?? [];
    this.retryable = options.retryable ?? false;
  }

  /** The message in `locale` (zh-CN or en). */
  localized(locale: Locale): string {
    return fillTemplate(this.#messages[locale][this.code] ?? this.code, this.params);
  }
}

/** True when `value` is an {@link AdapterError}, optionally with the given code. */
export function isAdapterError(value: unknown, code?: string): value is AdapterError {
  return value instanceof AdapterError && (code === undefined || value.code === code);
}
