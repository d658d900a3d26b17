import { evaluateForm } from '../model/evaluate.js';
import type { EvaluateOptions } from '../model/run.js';
import { validateValues } from '../model/validate.js';
import type { FormValues } from '../model/values.js';
import type { MergedForm } from './types.js';

/** One item's share of a merged submission. */
export interface SubmissionPart {
  /** The item's code. */
  readonly itemCode: string;
  /** Its payload, keyed by its own form's keys. */
  readonly values: FormValues;
}

/**
 * Splits the values of a merged form into one payload per item: each item receives, under its
 * own form's keys, the values of the fields it needs (`merged.sources`); then the payload is
 * evaluated against the item's ORIGINAL form, so fields that form hides are dropped and its
 * computed values are its own. Validate the merged values first (`validateValues(merged.schema,
 * values)`): when they are valid, each part is valid against its item's form.
 *
 * @example
 * ```ts
 * const checked = validateValues(merged.schema, input);
 * if (checked.ok) for (const part of splitSubmission(merged, checked.values)) await submit(part.itemCode, part.values);
 * ```
 */
export function splitSubmission(merged: MergedForm, values: FormValues, options: EvaluateOptions = {}): SubmissionPart[] {
  const submission = validateValues(merged.schema, values, options).values;
  const byItem = new Map<string, [string, string][]>();
  for (const [mergedKey, sources] of Object.entries(merged.sources)) {
    for (const source of sources) byItem.set(source.item, [...(byItem.get(source.item) ?? []), [mergedKey, source.key]]);
  }
  return merged.items.map(({ itemCode, schema }) => {
    const part: Record<string, unknown> = {};
    for (const [mergedKey, key] of byItem.get(itemCode) ?? []) if (Object.hasOwn(submission, mergedKey)) part[key] = submission[mergedKey];
    return { itemCode, values: evaluateForm(schema, part, options).values };
  });
}
