import { fillTemplate, type Locale, type MessageParams, type Messages } from './i18n/define.js';
import type { MessageCode } from './i18n/index.js';

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
 * The constructor takes the catalogue the code belongs to, so an error carries the messages of
 * its own concept only (a bundle that validates ID numbers does not ship the calendar's
 * messages); the code is type-checked against that catalogue.
 *
 * @example
 * ```ts
 * try { parseResidentIdNumber(input) }
 * catch (e) { if (isSijitongError(e, 'RESIDENT_ID_CHECKSUM')) showHint(e.localized('en')) }
 * ```
 */
export class SijitongError<C extends MessageCode = MessageCode> extends Error {
  /** Always `'SijitongError'`. */
  override readonly name = 'SijitongError';
  /** Stable machine-readable code, e.g. `CALENDAR_OUT_OF_RANGE`. */
  readonly code: C;
  /** Structured values the message is built from. */
  readonly params: MessageParams;
  /** Where in the input the problem is (empty when the input is a single value). */
  readonly path: IssuePath;
  readonly #messages: Messages<string>;

  /**
   * @param messages - the catalogue of the concept the code belongs to.
   * @param code - the code, a key of `messages`.
   * @param params - values for the message's placeholders.
   */
  constructor(messages: Messages<C>, code: NoInfer<C>, params: MessageParams = {}, options: SijitongErrorOptions = {}) {
    super(fillTemplate(messages['zh-CN'][code], params), options.cause === undefined ? undefined : { cause: options.cause });
    this.#messages = messages as Messages<string>;
    this.code = code;
    this.params = params;
    this.path = options.path ?? [];
  }

  /** The message in `locale` (zh-CN or en). */
  localized(locale: Locale): string {
    return fillTemplate(this.#messages[locale][this.code] ?? this.code, this.params);
  }

  /** The same error located at `path` of a larger input (this error becomes its `cause`). */
  withPath(path: IssuePath): SijitongError<C> {
    return new SijitongError<C>(this.#messages as Messages<C>, this.code, this.params, { path, cause: this });
  }
}

/** True when `value` is a {@link SijitongError}, optionally with the given code. */
export function isSijitongError(value: unknown, code?: MessageCode): value is SijitongError {
  return value instanceof SijitongError && (code === undefined || value.code === code);
}
