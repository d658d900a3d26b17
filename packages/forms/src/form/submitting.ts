import type { Locale } from '@sijitong/core';
import type { FormModel } from '../model/form-model.js';
import type { FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import { presented } from './shown-errors.js';
import { visibleSteps } from './step.js';

/*
 * What pressing the primary button of `<sjt-form>` leads to: the errors of the step (or of the
 * whole form on the last page), once every synchronous and asynchronous check has run; else the
 * next step, the review page, or the submission.
 */

/** Where the applicant is when pressing the button. @internal */
export interface SubmitPosition {
  readonly model: FormModel;
  readonly value: FormValues;
  readonly locale: Locale;
  readonly today: string | undefined;
  readonly stepId: string | undefined;
  readonly reviewing: boolean;
  /** Back to the review page after an edit made from it. */
  readonly returnToReview: boolean;
  /** The step of each field key. */
  readonly stepOf: ReadonlyMap<string, string>;
  /** Runs the asynchronous checks of these keys, when the form has any. */
  readonly checkAsync?: ((keys: readonly string[]) => Promise<FieldError[]>) | undefined;
}

/** What follows the button. @internal */
export type SubmitOutcome =
  | { readonly kind: 'errors'; readonly errors: readonly FieldError[]; readonly async: boolean }
  | { readonly kind: 'review' }
  | { readonly kind: 'step'; readonly stepId: string | undefined }
  | { readonly kind: 'submit'; readonly values: FormValues };

/**
 * Checks the step (or the form) at `at` and says what follows: at once when no asynchronous check
 * is to run, so the next step shows in the same update. @internal
 */
export function submitOutcome(at: SubmitPosition): SubmitOutcome | Promise<SubmitOutcome> {
  const { model, value } = at;
  const options = { locale: at.locale, today: at.today };
  const result = model.validate(value, options);
  const evaluation = model.evaluate(value, options);
  const steps = visibleSteps(model.schema, (key) => evaluation.fields[key]);
  const index = Math.max(0, steps.findIndex((s) => s.id === at.stepId));
  const inStep = model.schema.steps.length > 1 && !at.reviewing;
  const ofStep = (key: string) => !inStep || at.stepOf.get(key) === steps[index]?.id;
  const errors = presented(model, result.errors, at.locale).filter((e) => ofStep(e.key));
  if (errors.length > 0) return { kind: 'errors', errors, async: false };
  const next = (): SubmitOutcome => {
    if (!inStep) return { kind: 'submit', values: result.values };
    return at.returnToReview || index === steps.length - 1 ? { kind: 'review' } : { kind: 'step', stepId: steps[index + 1]?.id };
  };
  if (at.checkAsync === undefined) return next();
  return at.checkAsync([...model.fields.keys()].filter(ofStep)).then((late) => (late.length > 0 ? { kind: 'errors', errors: late, async: true } : next()));
}
