import type { Messages } from './i18n/define.js';
import type { MessageCode } from './i18n/index.js';
import { LocalizedError, type IssuePath, type LocalizedErrorOptions } from './localized-error.js';

export type { IssuePath } from './localized-error.js';

/** Options of {@link SijitongError}. */
export type SijitongErrorOptions = LocalizedErrorOptions;

/**
 * The one error class of `@sijitong/core`. Every function that can fail on user data throws
 * this (or returns it inside a result) and nothing else.
 *
 * - `code` is stable: branch on it, never on the message.
 * - `params` are the structured facts behind the message (the bad value, the expected checksum…).
 * - `message` is zh-CN; `localized('en')` gives English.
 *
 * @example
 * ```ts
 * try { parseResidentIdNumber(input) }
 * catch (e) { if (isSijitongError(e, 'RESIDENT_ID_CHECKSUM')) showHint(e.localized('en')) }
 * ```
 */
export class SijitongError<C extends MessageCode = MessageCode> extends LocalizedError<C> {
  /** Always `'SijitongError'`. */
  override readonly name = 'SijitongError';

  /** The same error located at `path` of a larger input (this error becomes its `cause`). */
  withPath(path: IssuePath): SijitongError<C> {
    return new SijitongError<C>(this.catalogue() as Messages<C>, this.code, this.params, { path, cause: this });
  }
}

/** True when `value` is a {@link SijitongError}, optionally with the given code. */
export function isSijitongError(value: unknown, code?: MessageCode): value is SijitongError {
  return value instanceof SijitongError && (code === undefined || value.code === code);
}
