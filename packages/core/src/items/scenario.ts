import * as z from 'zod/mini';
import { canonicalJson } from '../canonical-json.js';
import type { ItemIssue } from './issues.js';
import { localIdSchema, textSchema } from './fields.js';
import { materialChangesSchema, materialSchema, type Material } from './material.js';
import { questionListIssues, questionSchemaOf } from './question.js';

/** zod schema of a scenario effect: adds a material that only this situation needs. */
export const addMaterialEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('addMaterial'),
  /** The full material; its id must not be one of the item's own materials. */
  material: materialSchema,
});

/** zod schema of a scenario effect: removes one of the item's materials by id. */
export const removeMaterialEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('removeMaterial'),
  /** Id of the material to remove. */
  materialId: localIdSchema,
});

/** zod schema of a scenario effect: changes some fields of a material (e.g. necessity, copy count). */
export const changeMaterialEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('changeMaterial'),
  /** Id of the material to change (the item's own, or one a scenario adds). */
  materialId: localIdSchema,
  /** The fields to change. */
  changes: materialChangesSchema,
});

/** zod schema of a scenario effect: adds an acceptance condition (受理条件). */
export const addConditionEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('addCondition'),
  /** The condition's text. */
  condition: textSchema,
});

/** zod schema of a scenario effect: removes an acceptance condition, matched by its exact text. */
export const removeConditionEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('removeCondition'),
  /** The condition's text, exactly as in the item (or as a scenario adds it). */
  condition: textSchema,
});

/** zod schema of what selecting a scenario option does to the material list and conditions. */
export const scenarioEffectSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  addMaterialEffectSchema,
  removeMaterialEffectSchema,
  changeMaterialEffectSchema,
  addConditionEffectSchema,
  removeConditionEffectSchema,
]);
/** An effect of a scenario option: add, remove or change a material; add or remove a condition. */
export type ScenarioEffect = z.infer<typeof scenarioEffectSchema>;

/**
 * zod schema of a scenario question (情形): a question about the applicant's situation whose
 * options tailor the item's materials and acceptance conditions, e.g. 是否委托代理人办理？ with
 * 是 adding 授权委托书 and 代理人身份证明.
 */
export const scenarioSchema = /* @__PURE__ */ questionSchemaOf(scenarioEffectSchema);
/** A scenario question (情形) of an item. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** One option of a scenario question. */
export type ScenarioOption = Scenario['options'][number];

function sameMaterial(a: Material, b: Material): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Integrity issues of an item's scenarios against its materials and acceptance conditions: question
 * and option ids, conditions, material ids referenced or added, conditions removed. Paths start at
 * the item (`['scenarios', …]`).
 * @internal
 */
export function scenarioIssues(
  materials: readonly Material[],
  acceptanceConditions: readonly string[],
  scenarios: readonly Scenario[],
): ItemIssue[] {
  const issues: ItemIssue[] = questionListIssues(scenarios).map((issue) => ({
    ...issue,
    path: ['scenarios', ...issue.path],
  }));
  const own = new Set(materials.map((material) => material.id));
  const added = new Map<string, Material>();
  const conditions = new Set(acceptanceConditions);
  for (const scenario of scenarios) {
    for (const option of scenario.options) {
      for (const effect of option.effects) {
        if (effect.kind === 'addMaterial' && !added.has(effect.material.id)) added.set(effect.material.id, effect.material);
        if (effect.kind === 'addCondition') conditions.add(effect.condition);
      }
    }
  }
  scenarios.forEach((scenario, q) => {
    scenario.options.forEach((option, o) => {
      option.effects.forEach((effect, e) => {
        const at = ['scenarios', q, 'options', o, 'effects', e];
        switch (effect.kind) {
          case 'addMaterial': {
            const { id } = effect.material;
            if (own.has(id)) {
              issues.push({ path: [...at, 'material', 'id'], code: 'SCENARIO_MATERIAL_EXISTS', params: { id } });
            } else if (!sameMaterial(added.get(id) ?? effect.material, effect.material)) {
              issues.push({ path: [...at, 'material'], code: 'SCENARIO_MATERIAL_CONFLICT', params: { id } });
            }
            break;
          }
          case 'removeMaterial':
          case 'changeMaterial':
            if (!own.has(effect.materialId) && !added.has(effect.materialId)) {
              issues.push({ path: [...at, 'materialId'], code: 'SCENARIO_MATERIAL_UNKNOWN', params: { id: effect.materialId } });
            }
            break;
          case 'removeCondition':
            if (!conditions.has(effect.condition)) {
              issues.push({
                path: [...at, 'condition'],
                code: 'SCENARIO_CONDITION_UNKNOWN',
                params: { condition: effect.condition },
              });
            }
            break;
          case 'addCondition':
            break;
        }
      });
    });
  });
  return issues;
}
