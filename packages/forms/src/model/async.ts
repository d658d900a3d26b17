import type { Locale } from '@sijitong/core';
import type { FormValues } from './values.js';

/** What an {@link AsyncValidator} is given. */
export interface AsyncValidationContext {
  /** Key of the field being validated. */
  readonly key: string;
  /** Its value. */
  readonly value: unknown;
  /** Every value of the form (the submission as it stands). */
  readonly values: FormValues;
  /** The language of the message to return. */
  readonly locale: Locale;
  /** Aborted when the value changes again before the check ends. */
  readonly signal: AbortSignal;
}

/** The outcome of an asynchronous check: nothing wrong, or a message. */
export type AsyncValidationResult =
  | {
      /** Nothing wrong. */
      readonly ok: true;
    }
  | {
      /** Something is wrong. */
      readonly ok: false;
      /** Stable code of the problem. */
      readonly code: string;
      /** What is wrong and what to do, in the asked locale. */
      readonly message: string;
    };

/**
 * A check that needs the network (is this enterprise name taken? does this credit code exist?),
 * run by the renderer after the synchronous validation of the field passed. Not part of
 * `validateValues`: a server re-runs its own checks. Register them by field key, e.g.
 * `{ 'enterprise.creditCode': checkWithAdapter }`.
 */
export type AsyncValidator = (context: AsyncValidationContext) => Promise<AsyncValidationResult>;

/** Asynchronous validators by field key. */
export type AsyncValidators = Readonly<Record<string, AsyncValidator>>;
