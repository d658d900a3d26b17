import { selectOptions, type Answers } from './answers.js';
import type { Item } from './item.js';
import type { Material, MaterialChanges } from './material.js';
import type { ScenarioEffect } from './scenario.js';

/** What an applicant's answers make of an item: the tailored material list and conditions. */
export interface ScenarioOutcome {
  /** The materials to hand in: the item's, then those scenarios add, minus those they remove. */
  readonly materials: Material[];
  /** The acceptance conditions, tailored the same way. */
  readonly acceptanceConditions: string[];
  /** Required questions that are asked but not answered yet; the list is final when this is empty. */
  readonly unanswered: string[];
  /** The questions to show given the answers so far (those whose `when` holds), in order. */
  readonly applicable: string[];
}

function withChanges(material: Material, changes: MaterialChanges): Material {
  const next: Record<string, unknown> = { ...material };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) next[key] = value;
  }
  return next as Material;
}

/**
 * Tailors an item's materials and acceptance conditions to the applicant's answers to its
 * scenario questions (情形), for the one-time notification (一次性告知).
 *
 * Deterministic: effects are applied in the item's question order and each question's option order,
 * whatever the order of `answers`. First every `addMaterial` (once per id, appended after the
 * item's own materials), then every `changeMaterial` (later changes win; a change to a material that
 * is not in the list, because no selected option added it, is skipped), then every `removeMaterial`
 * (removal wins). Conditions likewise: adds, then removes. Unanswered questions have no effect;
 * answers to questions whose `when` does not hold are ignored. Returned materials are fresh objects.
 *
 * @param item A parsed item (only its materials, conditions and scenarios are read).
 * @param answers Option id (or ids, for `multiple` questions) by question id.
 * @throws {@link SijitongError} `ANSWER_QUESTION_UNKNOWN`, `ANSWER_OPTION_UNKNOWN`,
 * `ANSWER_SINGLE_EXPECTED` or `ANSWER_INVALID`; the error's path is the question id.
 *
 * @example
 * ```ts
 * const { materials, unanswered } = applyScenarioAnswers(item, { agent: 'yes' });
 * ```
 */
export function applyScenarioAnswers(
  item: Pick<Item, 'materials' | 'acceptanceConditions' | 'scenarios'>,
  answers: Answers,
): ScenarioOutcome {
  const { selected, applicable, unanswered } = selectOptions(item.scenarios, answers);
  const effects: ScenarioEffect[] = [];
  for (const scenario of item.scenarios) {
    const chosen = selected.get(scenario.id);
    if (chosen === undefined) continue;
    for (const option of scenario.options) {
      if (chosen.includes(option.id)) effects.push(...option.effects);
    }
  }

  let materials = item.materials.map((material) => ({ ...material }));
  const conditions = [...item.acceptanceConditions];
  const removedMaterials = new Set<string>();
  const removedConditions = new Set<string>();
  for (const effect of effects) {
    if (effect.kind === 'addMaterial' && !materials.some((m) => m.id === effect.material.id)) {
      materials.push({ ...effect.material });
    } else if (effect.kind === 'addCondition' && !conditions.includes(effect.condition)) {
      conditions.push(effect.condition);
    } else if (effect.kind === 'removeMaterial') {
      removedMaterials.add(effect.materialId);
    } else if (effect.kind === 'removeCondition') {
      removedConditions.add(effect.condition);
    }
  }
  for (const effect of effects) {
    if (effect.kind !== 'changeMaterial') continue;
    materials = materials.map((m) => (m.id === effect.materialId ? withChanges(m, effect.changes) : m));
  }
  return {
    materials: materials.filter((m) => !removedMaterials.has(m.id)),
    acceptanceConditions: conditions.filter((c) => !removedConditions.has(c)),
    unanswered: [...unanswered],
    applicable: [...applicable],
  };
}
