import type { FormSchema, FormField } from '../schema/form.js';
import { compiledForm } from './compiled.js';
import { evaluateForm, type FormEvaluation } from './evaluate.js';
import type { EvaluateOptions } from './run.js';
import { validateValues, type ValidationResult } from './validate.js';
import type { FormValues } from './values.js';

/** A loaded form with its expressions compiled, ready to evaluate and validate many times. */
export interface FormModel {
  /** The form. */
  readonly schema: FormSchema;
  /** Every field by key, in document order. */
  readonly fields: ReadonlyMap<string, FormField>;
  /** See `evaluateForm`. */
  evaluate(values: FormValues, options?: EvaluateOptions): FormEvaluation;
  /** See `validateValues`. */
  validate(values: FormValues, options?: EvaluateOptions): ValidationResult;
}

/**
 * A form model: parses and compiles every expression of the form now (rather than on first
 * evaluation) and keeps them, so a renderer can evaluate on every keystroke.
 * @throws {@link FormsError} `FORM_SCHEMA_INVALID` when an expression does not compile (a form
 * that did not go through `loadFormSchema`).
 */
export function createFormModel(schema: FormSchema): FormModel {
  const form = compiledForm(schema);
  return {
    schema,
    fields: new Map(form.fields.map((field) => [field.key, field.spec])),
    evaluate: (values, options) => evaluateForm(schema, values, options),
    validate: (values, options) => validateValues(schema, values, options),
  };
}
