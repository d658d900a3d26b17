import { localizeIssue, type Locale, type MessageParams, type Messages } from '@sijitong/core';
import type * as z from 'zod/mini';
import { FormsError } from '../errors.js';

/** One problem of a form schema: where, what (stable code) and a message in the asked locale. */
export interface FormProblem {
  /** Where in the schema, e.g. `['steps', 0, 'sections', 1, 'fields', 2, 'visibleWhen']`. */
  readonly path: readonly (string | number)[];
  /** Stable code, e.g. `FORM_ELEMENT_UNKNOWN`, `EXPR_UNEXPECTED_TOKEN`, `FORM_CYCLE` or a zod code such as `SCHEMA_INVALID_TYPE`. */
  readonly code: string;
  /** The values the message is built from. */
  readonly params: MessageParams;
  /** What is wrong and what to do, in the asked locale. */
  readonly message: string;
}

/** Collects problems in one locale. @internal */
export class ProblemList {
  readonly problems: FormProblem[] = [];
  readonly #locale: Locale;

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  /** Adds a problem of catalogue `messages`. */
  add<C extends string>(messages: Messages<C>, code: NoInfer<C>, params: MessageParams, path: readonly (string | number)[]): void {
    this.error(new FormsError(messages, code, params), path);
  }

  /** Adds a {@link FormsError} found at `path`. */
  error(error: FormsError, path: readonly (string | number)[]): void {
    this.problems.push({ path, code: error.code, params: error.params, message: error.localized(this.#locale) });
  }

  /** Adds every issue of a zod error, their paths after `prefix`. */
  zod(error: z.core.$ZodError, prefix: readonly (string | number)[]): void {
    for (const issue of error.issues) {
      const { code, params, message, path } = localizeIssue(issue, this.#locale);
      const rest = path.filter((p): p is string | number => typeof p !== 'symbol');
      this.problems.push({ path: [...prefix, ...rest], code, params, message });
    }
  }
}
