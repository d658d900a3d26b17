import { LocalizedError, type LocalizedErrorOptions, type Messages } from '@sijitong/core';

/** Options of {@link FormsError}. */
export interface FormsErrorOptions extends LocalizedErrorOptions {
  /** Where the problem is: in a form schema (`['steps', 0, 'sections', 1, 'fields', 2]`) or a value (`['household.members', 3, 'idNumber']`). */
  readonly path?: readonly (string | number)[];
}

/**
 * The one error class of `@sijitong/forms`. Like core's `SijitongError` (both extend core's
 * `LocalizedError`): a stable `code` (`EXPR_SYNTAX`, `FIELD_REQUIRED`…), structured `params`, the
 * `path` of the problem, a zh-CN `message` and `localized('en')`. It is built from the catalogue
 * of its concept (`i18n/messages/<concept>.ts`), so a bundle carries only the messages of the
 * concepts it uses.
 */
export class FormsError<C extends string = string> extends LocalizedError<C> {
  /** Always `'FormsError'`. */
  override readonly name = 'FormsError';

  /** The same error located at `path` of a larger input (this error becomes its `cause`). */
  withPath(path: readonly (string | number)[]): FormsError<C> {
    return new FormsError<C>(this.catalogue() as Messages<C>, this.code, this.params, { path, cause: this });
  }
}

/** True when `value` is a {@link FormsError}, optionally with the given code. */
export function isFormsError(value: unknown, code?: string): value is FormsError {
  return value instanceof FormsError && (code === undefined || value.code === code);
}
