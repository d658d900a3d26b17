import { formatMessage, type Locale, type MessageCode, type MessageParams } from './i18n/index.js';

/** Where in an input a problem was found, as property names and array indexes. */
export type IssuePath = readonly (string | number)[];

/** Options of {@link SijitongError}. */
export interface SijitongErrorOptions {
  /** Where in the input the problem is. */
  readonly path?: IssuePath;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error class of `@sijitong/core`. Every function that can fail on user data throws
 * this (or returns it inside a result) and nothing else.
 *
 * - `code` is stable: branch on it, never on the message.
 * - `params` are the structured facts behind the message (the bad value, the expected checksum…).
 * - `message` is zh-CN; {@link SijitongError.localized} gives any supported locale.
 *
 * @example
 * ```ts
 * try { parseResidentIdNumber(input) }
 * catch (e) { if (e instanceof SijitongError && e.code === 'RESIDENT_ID_CHECKSUM') … }
 * ```
 */
export class SijitongError extends Error {
  /** Always `'SijitongError'`. */
  override readonly name = 'SijitongError';
  /** Stable machine-readable code, e.g. `CALENDAR_OUT_OF_RANGE`. */
  readonly code: MessageCode;
  /** Structured values the message is built from. */
  readonly params: MessageParams;
  /** Where in the input the problem is (empty when the input is a single value). */
  readonly path: IssuePath;

  constructor(code: MessageCode, params: MessageParams = {}, options: SijitongErrorOptions = {}) {
    super(formatMessage(code, params, 'zh-CN'), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.params = params;
    this.path = options.path ?? [];
  }

  /** The message in `locale` (zh-CN or en). */
  localized(locale: Locale): string {
    return formatMessage(this.code, this.params, locale);
  }
}

/** True when `value` is a {@link SijitongError}, optionally with the given code. */
export function isSijitongError(value: unknown, code?: MessageCode): value is SijitongError {
  return value instanceof SijitongError && (code === undefined || value.code === code);
}
