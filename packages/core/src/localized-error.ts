import { fillTemplate, type Locale, type MessageParams, type Messages } from './i18n/define.js';

/** Where in an input a problem was found, as property names and array indexes. */
export type IssuePath = readonly (string | number)[];

/** Options of {@link LocalizedError} and the package errors built on it. */
export interface LocalizedErrorOptions {
  /** Where in the input the problem is. */
  readonly path?: IssuePath;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The shape every Sijitong package error shares (core's `SijitongError`, `AdapterError`,
 * `FormsError`): a stable `code`, structured `params`, the `path` of the problem, a zh-CN `message`
 * and {@link LocalizedError.localized} for any supported locale. It is built from the catalogue of
 * the concept the code belongs to (`i18n/messages/<concept>.ts`), so a bundle carries only the
 * messages of the concepts it uses; the code is type-checked against that catalogue.
 */
export class LocalizedError<C extends string = string> extends Error {
  /** Stable machine-readable code: branch on it, never on the message. */
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
  constructor(messages: Messages<C>, code: NoInfer<C>, params: MessageParams = {}, options: LocalizedErrorOptions = {}) {
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

  /** The catalogue this error was built from, for subclasses that copy it. */
  protected catalogue(): Messages<string> {
    return this.#messages;
  }
}
