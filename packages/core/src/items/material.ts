import * as z from 'zod/mini';
import {
  materialClassSchema,
  materialFormSchema,
  materialSourceSchema,
  materialTypeSchema,
  necessitySchema,
  paperSizeSchema,
} from './enums.js';
import { countSchema, linkSchema, localIdSchema, nativeValuesSchema, textSchema } from './fields.js';

/** zod schema of the electronic licence (电子证照) type that can replace a material. */
export const eLicenceTypeSchema = /* @__PURE__ */ z.strictObject({
  /** The licence type's code in the e-licence catalogue (GB/T 36902). */
  code: textSchema,
  /** The licence type's name, e.g. 居民身份证. */
  name: textSchema,
});
/** An electronic licence type that can replace a material. */
export type ELicenceType = z.infer<typeof eLicenceTypeSchema>;

/**
 * zod schema of an application material (申请材料). Its `id` is stable within the item and is what
 * scenarios and bundles reference. Whether a written promise may replace it (告知承诺) or it may be
 * supplied after acceptance (容缺后补) is told by `necessity` alone.
 *
 * The schema carries no cross-field checks, so `z.partial`/`z.omit` work on it (scenarios use a
 * partial material to change one).
 */
export const materialSchema = /* @__PURE__ */ z.strictObject({
  /** Stable identifier within the item, e.g. `id-card`. */
  id: localIdSchema,
  /** 材料名称. */
  name: textSchema,
  /** One of the four classes of the one-form model: 证件类, 批文类, 中介服务类, 文书类. */
  class: materialClassSchema,
  /** 材料类型: original, copy, or either. */
  type: materialTypeSchema,
  /** 材料形式: paper, electronic, or either. */
  form: materialFormSchema,
  /** 必要性: required, optional, deferrable (容缺后补) or promise (告知承诺). */
  necessity: necessitySchema,
  /** 来源渠道: applicant, government, intermediary or other. */
  source: materialSourceSchema,
  /** 原件份数. */
  originalCount: countSchema,
  /** 复印件份数. */
  copyCount: countSchema,
  /** 纸质规格. */
  paperSize: z.optional(paperSizeSchema),
  /** 填报须知: how to fill it in or prepare it. */
  instructions: z.optional(textSchema),
  /** 受理标准: what the window checks. */
  acceptanceStandard: z.optional(textSchema),
  /** 要求依据: the rule that requires it. */
  basis: z.optional(textSchema),
  /** 非必要时的办理情形: when an optional material is needed. */
  optionalWhen: z.optional(textSchema),
  /** 空白表格: link to the blank form. */
  blankFormUrl: z.optional(linkSchema),
  /** 示例样表: link to a filled-in sample. */
  sampleUrl: z.optional(linkSchema),
  /** The electronic licence type that can replace it (免提交), if any. */
  eLicenceType: z.optional(eLicenceTypeSchema),
  /** The province's own values of fields (e.g. `{ necessity: '4' }`), kept verbatim. */
  native: z.optional(nativeValuesSchema),
});
/** An application material (申请材料) of an item. */
export type Material = z.infer<typeof materialSchema>;

/** zod schema of a change to a material: any of its fields except `id`. */
export const materialChangesSchema = /* @__PURE__ */ z.partial(z.omit(materialSchema, { id: true }));
/** Fields of a material a scenario changes, e.g. `{ necessity: 'optional' }`. */
export type MaterialChanges = z.infer<typeof materialChangesSchema>;
