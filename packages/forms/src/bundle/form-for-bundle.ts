import { bundleItemKey, isSijitongError, resolveBundle, type Answers, type Bundle, type BundleOutcome, type Item } from '@sijitong/core';
import { FormsError } from '../errors.js';
import { bundleMessages } from '../i18n/messages/bundle.js';
import { mergeForms } from '../merge/merge.js';
import type { MergeEntry, MergeOptions, MergeResult } from '../merge/types.js';
import type { FormSchema } from '../schema/form.js';

/** Options of {@link formForBundle}. */
export interface BundleFormOptions extends Omit<MergeOptions, 'sharedMaterials'> {
  /**
   * The items themselves (parsed; e.g. those serving the applicant's division). With them, a
   * bundle item referenced by basic code finds its implementation, and the materials section is
   * exactly the one-time notification of the applying items (see `mergeForms`).
   */
  readonly items?: readonly Item[] | undefined;
  /** Answers to each item's scenario questions (情形), by the code the bundle refers to it by (or its implementation code). */
  readonly itemAnswers?: Readonly<Record<string, Answers>> | undefined;
}

/** A bundle's form: which items apply, and their forms merged. */
export type BundleFormResult = MergeResult & {
  /** `resolveBundle`'s outcome: the applying items and shared materials. */
  readonly outcome: BundleOutcome;
};

/** The form of a bundle item: by the code the bundle uses, else by the implementation of the given item, else the one form whose implementation code embeds the basic code. */
function formOf(code: string, item: Item | undefined, forms: Readonly<Record<string, FormSchema>>): FormSchema | undefined {
  if (Object.hasOwn(forms, code)) return forms[code];
  if (item !== undefined && Object.hasOwn(forms, item.implementationCode)) return forms[item.implementationCode];
  const matches = Object.keys(forms).filter((key) => key.length === 31 && key.endsWith(code));
  return matches.length === 1 ? forms[matches[0] as string] : undefined;
}

/**
 * A "one thing" bundle (一件事) as one form: core's `resolveBundle` picks the items that apply
 * given the applicant's answers to the bundle's questions, and their forms are merged with the
 * bundle's shared materials (一套材料). Split the submission with `splitSubmission` to send each
 * item its own payload.
 *
 * @param bundle A parsed bundle.
 * @param answers Answers to the bundle's questions.
 * @param formsByItemCode Loaded forms by implementation code (or by the basic code the bundle uses).
 * @throws {@link FormsError} `BUNDLE_UNANSWERED` (required bundle questions left open),
 * `BUNDLE_ANSWERS_INVALID`, `BUNDLE_NO_ITEM`, `BUNDLE_FORM_MISSING` (listing every item without a
 * form), or those of `mergeForms`.
 *
 * @example
 * ```ts
 * const { ok, form } = formForBundle(openRestaurant, { licensed: 'no', scale: 'small', signboard: 'none' }, junanFormSchemas());
 * ```
 */
export function formForBundle(
  bundle: Bundle,
  answers: Answers,
  formsByItemCode: Readonly<Record<string, FormSchema>>,
  options: BundleFormOptions = {},
): BundleFormResult {
  let outcome: BundleOutcome;
  try {
    outcome = resolveBundle(bundle, answers);
  } catch (error) {
    if (!isSijitongError(error)) throw error;
    throw new FormsError(bundleMessages, 'BUNDLE_ANSWERS_INVALID', { detail: error.message, detailEn: error.localized('en') }, { path: [...error.path], cause: error });
  }
  if (outcome.unanswered.length > 0) {
    throw new FormsError(bundleMessages, 'BUNDLE_UNANSWERED', { count: outcome.unanswered.length, questions: outcome.unanswered.join(', ') });
  }
  if (outcome.items.length === 0) throw new FormsError(bundleMessages, 'BUNDLE_NO_ITEM');
  const missing: string[] = [];
  const entries: MergeEntry[] = outcome.items.flatMap((ref) => {
    const code = bundleItemKey(ref);
    const item = options.items?.find((i) => (ref.implementationCode ?? i.implementationCode) === i.implementationCode && (ref.basicCode ?? i.basicCode) === i.basicCode);
    const schema = formOf(code, item, formsByItemCode);
    if (schema === undefined) {
      missing.push(code);
      return [];
    }
    const itemAnswers = options.itemAnswers?.[code] ?? (item === undefined ? undefined : options.itemAnswers?.[item.implementationCode]);
    return [{ itemCode: code, schema, item, answers: itemAnswers }];
  });
  if (missing.length > 0) throw new FormsError(bundleMessages, 'BUNDLE_FORM_MISSING', { codes: missing.join(', ') });
  return { ...mergeForms(entries, { ...options, sharedMaterials: outcome.sharedMaterials }), outcome };
}
