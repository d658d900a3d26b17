import * as z from 'zod/mini';
import {
  civilDateSchema,
  elementKeySchema,
  elementOptionSchema,
  IDENTIFIER_ELEMENT_TYPES,
  localizedLabelSchema,
  MONEY_UNITS,
} from '@sijitong/core';
import { EXPRESSION_MAX_LENGTH } from '../expressions/limits.js';
import { columnKeySchema, fieldKeySchema, formIdSchema } from './keys.js';

/*
 * The serialisable definition of a form field, as a province stores it. Everything type-specific
 * is optional here and checked by `loadFormSchema`, which reports every problem with its path
 * (a zod union would stop at "no variant matched").
 */

export { EXPRESSION_MAX_LENGTH };

/** zod schema of an expression's source text, e.g. `age(applicant.idNumber) >= 60`. */
export const expressionSourceSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(EXPRESSION_MAX_LENGTH));

/** zod schema of a text in every locale of the kit (`{ 'zh-CN': '姓名', en: 'Name' }`), core's label schema. */
export const localizedTextSchema = localizedLabelSchema;
/** A text in every locale of the kit. */
export type LocalizedText = z.infer<typeof localizedLabelSchema>;

const count = () => z.int().check(z.gte(0));

/**
 * zod schema of a field's constraints. Which ones a type accepts is listed in
 * `CONSTRAINTS_BY_TYPE`; they have the meaning of core's element constraints, plus those of
 * tables (`minRows`, `maxRows`) and uploads (`accept`, `maxSize`, `minFiles`, `maxFiles`).
 */
export const fieldConstraintsSchema = /* @__PURE__ */ z.strictObject({
  /** Text: fewest characters after trimming (default 1). */
  minLength: z.optional(count()),
  /** Text: most characters after trimming. */
  maxLength: z.optional(count()),
  /** Text: a regular expression the whole value must match (anchored, `u` flag). */
  pattern: z.optional(z.string().check(z.minLength(1))),
  /** Text: an example of a valid value, quoted when the pattern does not match. */
  example: z.optional(z.string().check(z.minLength(1))),
  /** Number or money: the smallest value. */
  min: z.optional(z.number()),
  /** Number or money: the largest value. */
  max: z.optional(z.number()),
  /** Number: whole numbers only. */
  integer: z.optional(z.boolean()),
  /** Number: a unit label (平方米); money: `yuan` (default) or `tenThousandYuan`. */
  unit: z.optional(z.union([localizedLabelSchema, z.enum(MONEY_UNITS)])),
  /** Money: decimal places allowed (default 2). */
  scale: z.optional(z.int().check(z.gte(0), z.lte(8))),
  /** Date or date range: the earliest date. */
  minDate: z.optional(civilDateSchema),
  /** Date or date range: the latest date. */
  maxDate: z.optional(civilDateSchema),
  /** Choices: the options (values unique). */
  options: z.optional(z.array(elementOptionSchema).check(z.minLength(1))),
  /** Checkbox group: fewest options to choose. */
  minItems: z.optional(count()),
  /** Checkbox group: most options to choose. */
  maxItems: z.optional(count()),
  /** Table: fewest rows. */
  minRows: z.optional(count()),
  /** Table: most rows. */
  maxRows: z.optional(count()),
  /** Upload: accepted MIME types (`application/pdf`, `image/*`) or extensions (`.pdf`); any when omitted. */
  accept: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** Upload: largest file in bytes. */
  maxSize: z.optional(z.int().check(z.gt(0))),
  /** Upload: fewest files. */
  minFiles: z.optional(count()),
  /** Upload: most files. */
  maxFiles: z.optional(count()),
});
/** A field's constraints, see {@link fieldConstraintsSchema}. */
export type FieldConstraints = z.infer<typeof fieldConstraintsSchema>;

/** zod schema of a cross-field rule: when `when` holds, the field shows `message` as an error. */
export const validationRuleSchema = /* @__PURE__ */ z.strictObject({
  /** Optional id of the rule, reported with its error. */
  id: z.optional(formIdSchema),
  /** The error condition, e.g. `age(applicant.idNumber) < 16`: the value is wrong when it holds. */
  when: expressionSourceSchema,
  /** What is wrong and what to do, in every locale. */
  message: localizedLabelSchema,
});
/** A cross-field rule, see {@link validationRuleSchema}. */
export type ValidationRule = z.infer<typeof validationRuleSchema>;

/** zod schema of a conditional identifier check: validate a text value as `type` when another field's value is one of `anyOf`. */
export const validateAsSchema = /* @__PURE__ */ z.strictObject({
  /** The condition on a `select` or `radio` field of the form. */
  when: z.strictObject({
    /** Key of that field. */
    field: fieldKeySchema,
    /** Its option values. */
    anyOf: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
  /** The identifier type to validate as. */
  type: z.enum(IDENTIFIER_ELEMENT_TYPES),
});
/** A conditional identifier check, e.g. an ID number checked as a resident ID when the ID type is `residentId`. */
export type ValidateAs = z.infer<typeof validateAsSchema>;

const shape = {
  /** Data element the field asks for; its type, label, help and constraints are the defaults. A field whose key is a dictionary element refers to it without saying so. */
  element: z.optional(elementKeySchema),
  /** The field type; comes from the element when omitted (and may not differ from it). */
  type: z.optional(z.string()),
  /** The label; the element's when omitted. */
  label: z.optional(localizedLabelSchema),
  /** Help shown with the field; the element's description when omitted. */
  help: z.optional(localizedLabelSchema),
  /** Placeholder text of the input. */
  placeholder: z.optional(localizedLabelSchema),
  /** Whether a value is required whenever the field is visible. */
  required: z.optional(z.boolean()),
  /** Shown only while this expression holds (hidden fields are neither validated nor submitted). */
  visibleWhen: z.optional(expressionSourceSchema),
  /** Required while this expression holds. */
  requiredWhen: z.optional(expressionSourceSchema),
  /** Shown but not editable (e.g. prefilled from 实名认证); its present value is still validated and submitted. */
  disabled: z.optional(z.boolean()),
  /** Not editable while this expression holds. */
  disabledWhen: z.optional(expressionSourceSchema),
  /** The value is this expression's result (read-only), e.g. `sex(applicant.idNumber)`. */
  compute: z.optional(expressionSourceSchema),
  /** Constraints, replacing the element's constraint of the same name. */
  constraints: z.optional(fieldConstraintsSchema),
  /** Cross-field rules. */
  validations: z.optional(z.array(validationRuleSchema)),
  /** Validate the (text) value as an identifier under a condition; copied from the element's `validateAs`. */
  validateAs: z.optional(validateAsSchema),
  /** Upload slot: the id of the item's material (申请材料) it collects. */
  materialId: z.optional(formIdSchema), // an item-local id: core's LOCAL_ID_PATTERN, the same as FORM_ID_PATTERN
  /** Declaration: the statement the applicant confirms (告知承诺书 text). */
  statement: z.optional(localizedLabelSchema),
};

/** zod schema of a table column: a field without nested tables, keyed by one segment (`$row.column`). */
export const columnDefinitionSchema = /* @__PURE__ */ z.strictObject({
  /** Column key, one lowerCamel segment. */
  key: columnKeySchema,
  ...shape,
});
/** A table column as stored. */
export type ColumnDefinition = z.infer<typeof columnDefinitionSchema>;

/** zod schema of a field as stored: a key, usually a data element, and what the form adds to it. */
export const fieldDefinitionSchema = /* @__PURE__ */ z.strictObject({
  /** Stable semantic key, e.g. `applicant.idNumber`: the same key means the same thing in every form. */
  key: fieldKeySchema,
  ...shape,
  /** Table: its columns. */
  columns: z.optional(z.array(columnDefinitionSchema).check(z.minLength(1))),
});
/** A field as stored (before `loadFormSchema` resolves its element). */
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;
/** A field as written, e.g. read from JSON. */
export type FieldDefinitionInput = z.input<typeof fieldDefinitionSchema>;
