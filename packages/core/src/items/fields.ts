import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import type { MessageKey } from '../i18n/define.js';
import { levelSchema, timeLimitUnitSchema, type Level } from './enums.js';
import { itemsMessages } from '../i18n/messages/items.js';

/*
 * Field schemas shared by items, materials, scenarios and bundles. Each pattern check reports a
 * code of ours, so the message says what to do; the JSON Schema script adds the same patterns.
 */

type ItemMessageCode = MessageKey<typeof itemsMessages>;

function patternSchema(pattern: RegExp, code: ItemMessageCode) {
  return z.string().check(
    checkWith<string>((value) => {
      if (!pattern.test(value)) throw new SijitongError(itemsMessages, code, { value });
    }),
  );
}

/** Non-empty text after trimming. @internal */
export const textSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/** Pattern of a local identifier: letters, digits and `. _ : -`, starting with a letter or digit. */
export const LOCAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
/**
 * zod schema of a local identifier (of a material, question, option or bundle): stable, ASCII,
 * safe in URLs and DOM ids, at most 64 characters.
 */
export const localIdSchema = /* @__PURE__ */ patternSchema(LOCAL_ID_PATTERN, 'ITEM_ID_INVALID');

/** Pattern of a basic code (基本编码): 12 digits or capital letters. */
export const BASIC_CODE_PATTERN = /^[0-9A-Z]{12}$/;
/** zod schema of a basic code (基本编码), e.g. `000104002000`. */
export const basicCodeSchema = /* @__PURE__ */ patternSchema(BASIC_CODE_PATTERN, 'ITEM_BASIC_CODE_INVALID');

/**
 * Pattern of an implementation code (实施编码): the implementing body's unified social credit code
 * (18 characters of the GB 32100 alphabet), one level digit, and the 12-character basic code.
 */
export const IMPLEMENTATION_CODE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}\d[0-9A-Z]{12}$/;
/** zod schema of an implementation code (31 characters; the credit code's checksum is not checked). */
export const implementationCodeSchema = /* @__PURE__ */ patternSchema(IMPLEMENTATION_CODE_PATTERN, 'ITEM_IMPLEMENTATION_CODE_INVALID');

/** Pattern of a unified social credit code's shape (18 characters without I, O, Z, S, V). */
export const CREDIT_CODE_SHAPE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
/** zod schema of a unified social credit code's shape; the identifiers module checks the checksum. */
export const creditCodeShapeSchema = /* @__PURE__ */ patternSchema(CREDIT_CODE_SHAPE_PATTERN, 'ITEM_CREDIT_CODE_INVALID');

/** Pattern of a division code: 6 digits (county and above), 9 (township) or 12 (township, village). */
export const DIVISION_CODE_PATTERN = /^\d{6}(?:\d{3}){0,2}$/;
/** zod schema of a division code where an item is served (shape only; the divisions module knows the codes). */
export const itemDivisionCodeSchema = /* @__PURE__ */ patternSchema(DIVISION_CODE_PATTERN, 'ITEM_DIVISION_CODE_INVALID');

/** Pattern of a link: an absolute http(s) URL or a root-relative path such as `/forms/a.pdf`. */
export const LINK_PATTERN = /^(?:https?:\/\/[^\s/?#]+\S*|\/(?!\/)\S*)$/;
/** zod schema of a link to a form, sample or page; other schemes (e.g. `javascript:`) are refused. */
export const linkSchema = /* @__PURE__ */ patternSchema(LINK_PATTERN, 'ITEM_LINK_INVALID');

/** zod schema of a count (non-negative integer). @internal */
export const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/** zod schema of a time limit: a non-negative whole number of working days, natural days or hours. */
export const timeLimitSchema = /* @__PURE__ */ z.strictObject({
  /** How many units; 0 means on the spot (即办). */
  value: countSchema,
  /** 工作日, 自然日 or 小时. */
  unit: timeLimitUnitSchema,
});
/** A time limit, e.g. `{ value: 20, unit: 'workingDay' }`. */
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** zod schema of a time limit with an explanation (法定/承诺办结时限说明). */
export const explainedTimeLimitSchema = /* @__PURE__ */ z.strictObject({
  ...timeLimitSchema.shape,
  /** Explanation, e.g. what the limit does not count. */
  note: z.optional(textSchema),
});
/** A time limit with an optional explanation. */
export type ExplainedTimeLimit = z.infer<typeof explainedTimeLimitSchema>;

/** zod schema of the `native` map: a province's own values of fields, kept verbatim by adapters. @internal */
export const nativeValuesSchema = /* @__PURE__ */ z.record(z.string(), z.string());

/** zod schema of a non-empty list of levels (行使层级). @internal */
export const levelListSchema = /* @__PURE__ */ z.array(levelSchema).check(
  checkWith<Level[]>((levels) => {
    if (levels.length === 0) throw new SijitongError(itemsMessages, 'ITEM_LEVELS_EMPTY');
  }),
);
