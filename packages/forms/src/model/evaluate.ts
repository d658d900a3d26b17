import type { FormSchema } from '../schema/form.js';
import { compiledForm } from './compiled.js';
import { runForm, submissionOf, type EvaluateOptions, type FieldError, type FieldState } from './run.js';
import type { FormValues } from './values.js';

/** What {@link evaluateForm} works out from the values. */
export interface FormEvaluation {
  /** Each field's state (visible, required, disabled, value; cells of tables) by key, in document order. */
  readonly fields: Readonly<Record<string, FieldState>>;
  /** The submission as it stands: visible, non-empty values with computed ones filled in (not validated). */
  readonly values: FormValues;
  /** Expressions that could not be evaluated (division by zero, type mismatch…), each on its field. */
  readonly errors: readonly FieldError[];
}

/**
 * Evaluates a form without a DOM: which fields are visible, required and disabled given the
 * values, and the computed values. Expressions run in dependency order, so a computed value or a
 * visibility condition sees the values it reads already settled; a hidden field reads as empty.
 * An expression that fails does not throw: its error is reported on its field, a failing
 * visibility condition leaves the field visible and a failing requiredness condition leaves it
 * optional.
 *
 * @example
 * ```ts
 * const { fields } = evaluateForm(schema, { 'application.viaAgent': true }, { today: '2026-05-01' });
 * fields['agent.name']?.visible; // true
 * ```
 */
export function evaluateForm(schema: FormSchema, values: FormValues, options: EvaluateOptions = {}): FormEvaluation {
  const form = compiledForm(schema);
  const run = runForm(form, values, options);
  return { fields: Object.fromEntries(run.states), values: submissionOf(form, run), errors: run.errors };
}
