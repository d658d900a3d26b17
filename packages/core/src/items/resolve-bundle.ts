import { conditionHolds, selectOptions, type Answers } from './answers.js';
import { bundleItemKey, type Bundle, type BundleItemRef, type SharedMaterial } from './bundle.js';

/** Which items of a bundle apply given the applicant's answers. */
export interface BundleOutcome {
  /** The item references that apply, in the bundle's order. */
  readonly items: BundleItemRef[];
  /** Shared materials among the applying items (uses of other items dropped; fewer than two uses: left out). */
  readonly sharedMaterials: SharedMaterial[];
  /** Required questions that are asked but not answered yet; the item list is final when this is empty. */
  readonly unanswered: string[];
  /** The questions to show given the answers so far (those whose `when` holds), in order. */
  readonly applicable: string[];
}

/**
 * Works out which items of a "one thing" bundle (一件事) apply, e.g. whether 新生儿出生 includes
 * 医保参保登记.
 *
 * An item applies when it has no `when`, or its `when` holds, or a selected option includes it
 * (`includeItem`); a selected option's `excludeItem` wins over both. Answers to questions whose
 * `when` does not hold are ignored; an unanswered question satisfies no condition.
 *
 * @throws {@link SijitongError} `ANSWER_QUESTION_UNKNOWN`, `ANSWER_OPTION_UNKNOWN`,
 * `ANSWER_SINGLE_EXPECTED` or `ANSWER_INVALID`; the error's path is the question id.
 */
export function resolveBundle(bundle: Pick<Bundle, 'items' | 'questions' | 'sharedMaterials'>, answers: Answers): BundleOutcome {
  const { selected, applicable, unanswered } = selectOptions(bundle.questions, answers);
  const included = new Set<string>();
  const excluded = new Set<string>();
  for (const question of bundle.questions) {
    const chosen = selected.get(question.id);
    if (chosen === undefined) continue;
    for (const option of question.options) {
      if (!chosen.includes(option.id)) continue;
      for (const effect of option.effects) (effect.kind === 'includeItem' ? included : excluded).add(effect.item);
    }
  }
  const items = bundle.items.filter((ref) => {
    const key = bundleItemKey(ref);
    if (excluded.has(key)) return false;
    return included.has(key) || ref.when === undefined || conditionHolds(ref.when, selected);
  });
  const keys = new Set(items.map(bundleItemKey));
  const sharedMaterials = (bundle.sharedMaterials ?? [])
    .map((shared) => ({ ...shared, uses: shared.uses.filter((use) => keys.has(use.item)) }))
    .filter((shared) => shared.uses.length >= 2);
  return { items, sharedMaterials, unanswered: [...unanswered], applicable: [...applicable] };
}
