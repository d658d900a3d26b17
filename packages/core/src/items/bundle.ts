import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import {
  basicCodeSchema,
  itemDivisionCodeSchema,
  implementationCodeSchema,
  levelListSchema,
  localIdSchema,
  textSchema,
} from './fields.js';
import { checkIssues, prefixed, type ItemIssue } from './issues.js';
import { conditionIssues, conditionSchema, questionListIssues, questionSchemaOf } from './question.js';
import { itemsMessages } from '../i18n/messages/items.js';

/**
 * zod schema of an item in a bundle: exactly one of `implementationCode` (one implementation) or
 * `basicCode` (whichever implementation serves the applicant's division), and optionally a
 * condition over the bundle's questions under which the item applies.
 */
export const bundleItemRefSchema = /* @__PURE__ */ z
  .strictObject({
    /** 实施编码 of the item. */
    implementationCode: z.optional(implementationCodeSchema),
    /** 基本编码 of the item. */
    basicCode: z.optional(basicCodeSchema),
    /** The item applies only when this condition holds; always when omitted. */
    when: z.optional(conditionSchema),
    /** Why or when the item is part of the bundle, as shown. */
    note: z.optional(textSchema),
  })
  .check(
    checkWith<{ implementationCode?: string | undefined; basicCode?: string | undefined }>((ref) => {
      if ((ref.implementationCode === undefined) === (ref.basicCode === undefined)) {
        throw new SijitongError(itemsMessages, 'BUNDLE_ITEM_REF_INVALID');
      }
    }),
  );
/** An item of a bundle, referenced by implementation or basic code. */
export type BundleItemRef = z.infer<typeof bundleItemRefSchema>;

/** The code a bundle item is referenced by in effects and shared materials: its implementation or basic code. */
export function bundleItemKey(ref: BundleItemRef): string {
  return ref.implementationCode ?? ref.basicCode ?? '';
}

/** zod schema of a bundle effect: the item (by implementation or basic code) applies. */
export const includeItemEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('includeItem'),
  /** The item's code as written in the bundle's `items`. */
  item: textSchema,
});

/** zod schema of a bundle effect: the item does not apply (wins over `includeItem` and `when`). */
export const excludeItemEffectSchema = /* @__PURE__ */ z.strictObject({
  /** Effect kind. */
  kind: z.literal('excludeItem'),
  /** The item's code as written in the bundle's `items`. */
  item: textSchema,
});

/** zod schema of what selecting a bundle option does: include or exclude an item. */
export const bundleEffectSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [includeItemEffectSchema, excludeItemEffectSchema]);
/** An effect of a bundle option. */
export type BundleEffect = z.infer<typeof bundleEffectSchema>;

/** zod schema of a bundle question: same shape as a scenario question, but options include or exclude items. */
export const bundleQuestionSchema = /* @__PURE__ */ questionSchemaOf(bundleEffectSchema);
/** A question of a bundle, e.g. 是否需要办理医保参保？ */
export type BundleQuestion = z.infer<typeof bundleQuestionSchema>;

/** zod schema of a material shared across the items of a bundle (一套材料: handed in once). */
export const sharedMaterialSchema = /* @__PURE__ */ z.strictObject({
  /** Id within the bundle. */
  id: localIdSchema,
  /** Name as shown, e.g. 父母双方身份证明. */
  name: textSchema,
  /** Where the material appears: the item's code and the material's id in that item; at least two. */
  uses: z
    .array(
      z.strictObject({
        /** The item's code as written in the bundle's `items`. */
        item: textSchema,
        /** The material's id within that item. */
        materialId: localIdSchema,
      }),
    )
    .check(z.minLength(2)),
});
/** A material shared across a bundle's items. */
export type SharedMaterial = z.infer<typeof sharedMaterialSchema>;

interface BundleShape {
  readonly items: readonly BundleItemRef[];
  readonly questions: readonly BundleQuestion[];
  readonly sharedMaterials?: readonly SharedMaterial[] | undefined;
}

function* bundleIssues(bundle: BundleShape): Generator<ItemIssue> {
  yield* prefixed(['questions'], questionListIssues(bundle.questions));
  const keys = new Set<string>();
  for (const [i, ref] of bundle.items.entries()) {
    const key = bundleItemKey(ref);
    if (keys.has(key)) yield { path: ['items', i], code: 'BUNDLE_ITEM_DUPLICATE', params: { code: key } };
    keys.add(key);
    if (ref.when === undefined) continue;
    const { when } = ref;
    yield* conditionIssues(when, bundle.questions.find((q) => q.id === when.question), ['items', i, 'when']);
  }
  for (const [q, question] of bundle.questions.entries()) {
    for (const [o, option] of question.options.entries()) {
      for (const [e, effect] of option.effects.entries()) {
        if (!keys.has(effect.item)) {
          yield {
            path: ['questions', q, 'options', o, 'effects', e, 'item'],
            code: 'BUNDLE_ITEM_UNKNOWN',
            params: { code: effect.item },
          };
        }
      }
    }
  }
  const sharedIds = new Set<string>();
  for (const [s, shared] of (bundle.sharedMaterials ?? []).entries()) {
    if (sharedIds.has(shared.id)) yield { path: ['sharedMaterials', s, 'id'], code: 'MATERIAL_ID_DUPLICATE', params: { id: shared.id } };
    sharedIds.add(shared.id);
    for (const [u, use] of shared.uses.entries()) {
      if (!keys.has(use.item)) {
        yield { path: ['sharedMaterials', s, 'uses', u, 'item'], code: 'BUNDLE_ITEM_UNKNOWN', params: { code: use.item } };
      }
    }
  }
}

/**
 * zod schema of a "one thing" bundle (一件事): several items an applicant needs for one life or
 * business event (e.g. 新生儿出生), asked through one set of questions and one set of materials.
 * Integrity is enforced: unique item codes, question and option ids; conditions, effects and
 * shared materials must point at the bundle's own questions, options and items.
 */
export const bundleSchema = /* @__PURE__ */ z
  .strictObject({
    /** Stable id of the bundle, e.g. `newborn`. */
    id: localIdSchema,
    /** Name, e.g. 新生儿出生一件事. */
    name: textSchema,
    /** What the bundle covers. */
    description: z.optional(textSchema),
    /** 主题分类 (life events, themes). */
    topics: z._default(z.array(textSchema), () => []),
    /** Levels at which the bundle is offered, at least one. */
    levels: levelListSchema,
    /** Divisions where the bundle is offered. */
    divisionCodes: z.array(itemDivisionCodeSchema).check(z.minLength(1)),
    /** The items, at least one. */
    items: z.array(bundleItemRefSchema).check(z.minLength(1)),
    /** Questions deciding which items apply. */
    questions: z._default(z.array(bundleQuestionSchema), () => []),
    /** Materials handed in once for several items. */
    sharedMaterials: z.optional(z.array(sharedMaterialSchema)),
  })
  .check(checkIssues<BundleShape>(bundleIssues));
/** A "one thing" bundle (一件事), parsed. */
export type Bundle = z.infer<typeof bundleSchema>;
/** A bundle as written before parsing. */
export type BundleInput = z.input<typeof bundleSchema>;
