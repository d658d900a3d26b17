import * as z from 'zod/mini';
import type { JsonValue } from '../../stores/store.js';

/*
 * The field-mapping language shared by the dialect adapters and the declarative adapter. A mapping
 * is plain JSON data: for every field of the object to build, where its value comes from in the
 * source object and how it is converted (code tables, comma lists, time formats). Province habits
 * live in these tables, not in code.
 */

/** A code table: native code → canonical value (`{ '01': 'licensing' }`), or the reverse for requests. */
export type CodeTable = Readonly<Record<string, JsonValue>>;

/**
 * Conversions applied to a leaf value after code tables (element by element on lists):
 * - `text`: a number or text → text; `number`: a number or digit text → number;
 * - `instantFromBeijing`: `yyyy-MM-dd HH:mm:ss` (Beijing time) → ISO 8601 with `+08:00`;
 * - `dateFromBeijing`: `yyyy-MM-dd` or `yyyy-MM-dd HH:mm:ss` → `yyyy-MM-dd` (its date part);
 * - `instantFromEpochMs`: epoch milliseconds → ISO 8601 with `+08:00`;
 * - `beijingFromInstant`: ISO 8601 instant → `yyyy-MM-dd HH:mm:ss` (Beijing time);
 * - `epochMsFromInstant`: ISO 8601 instant → epoch milliseconds;
 * - `base64`: bytes → standard Base64 text.
 */
export type Conversion =
  | 'text'
  | 'number'
  | 'instantFromBeijing'
  | 'dateFromBeijing'
  | 'instantFromEpochMs'
  | 'beijingFromInstant'
  | 'epochMsFromInstant'
  | 'base64';

/** Every {@link Conversion}. */
export const CONVERSIONS: readonly Conversion[] = [
  'text',
  'number',
  'instantFromBeijing',
  'dateFromBeijing',
  'instantFromEpochMs',
  'beijingFromInstant',
  'epochMsFromInstant',
  'base64',
];

/**
 * How one field is produced. Steps run in this order: read (`const`, `from` or `firstOf`), `default`
 * when absent, `split`, `codes` (or `status`), `as`, `join`. `object` and `each` build nested
 * objects instead of a leaf.
 */
export interface FieldRule {
  /** Dotted path of the value in the source (`DEPT_NAME`, `org.name`); default: the source itself. */
  readonly from?: string;
  /** The first of these paths that holds a value. */
  readonly firstOf?: readonly string[];
  /** A constant instead of a source value. */
  readonly const?: JsonValue;
  /** The value when the source has none. */
  readonly default?: JsonValue;
  /** Splits text on this separator (`"4,5"` → `['4', '5']`); a list passes unchanged. */
  readonly split?: string;
  /** Maps each code through a table: a table's name among the mapping's tables, or the table itself. */
  readonly codes?: string | CodeTable;
  /** Maps a case status code through the status table (unknown codes are an error, never a guess). */
  readonly status?: true;
  /** Converts the value (each entry of a list). */
  readonly as?: Conversion;
  /** Joins a list with this separator (`['4', '5']` → `"4,5"`). */
  readonly join?: string;
  /** Builds an object from the value at `from` (or from the source itself when `from` is absent). */
  readonly object?: ObjectSpec;
  /** Builds a list of objects, one per entry of the list at `from`. */
  readonly each?: ObjectSpec;
  /** For `object` without `from`: leave the field out when every field of the object is absent. */
  readonly optional?: true;
  /** Also keep the raw code in the built object's `native` map under this field's name. */
  readonly keepNative?: true;
}

/** A field: a dotted source path (shorthand for `{ from }`) or a {@link FieldRule}. */
export type FieldSpec = string | FieldRule;

/** How to build an object: target field name → {@link FieldSpec}. */
export type ObjectSpec = { readonly [field: string]: FieldSpec };

/**
 * An {@link ObjectSpec} that builds every field of `T` (optional ones included), e.g.
 * `ObjectSpecOf<PaymentOrder>` for a province's order mapped onto the contract's `PaymentOrder`.
 */
export type ObjectSpecOf<T> = { readonly [field in keyof T & string]-?: FieldSpec };

/**
 * How to build a profile whose fields depend on its kind (a person's or an organisation's): the
 * `kind` field is read first, then the object spec of that kind.
 */
export interface ProfileSpec {
  /** Where the kind (`person` or `organization`) comes from. */
  readonly kind: FieldSpec;
  /** The fields of a person's profile. */
  readonly person: ObjectSpec;
  /** The fields of an organisation's profile. */
  readonly organization: ObjectSpec;
}

const jsonValueSchema: z.ZodMiniType<JsonValue, JsonValue> = /* @__PURE__ */ z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.lazy(() => jsonValueSchema)),
  z.record(
    z.string(),
    z.lazy(() => jsonValueSchema),
  ),
]);

/** zod schema of a {@link CodeTable}. */
export const codeTableSchema = /* @__PURE__ */ z.record(z.string(), jsonValueSchema);

/** zod schema of a {@link FieldRule}; unknown keys are refused, so a typo is reported. */
export const fieldRuleSchema: z.ZodMiniType<FieldRule, FieldRule> = /* @__PURE__ */ z.strictObject({
  from: z.optional(z.string().check(z.minLength(1))),
  firstOf: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  const: z.optional(jsonValueSchema),
  default: z.optional(jsonValueSchema),
  split: z.optional(z.string().check(z.minLength(1))),
  codes: z.optional(z.union([z.string().check(z.minLength(1)), codeTableSchema])),
  status: z.optional(z.literal(true)),
  as: z.optional(z.enum(CONVERSIONS as [Conversion, ...Conversion[]])),
  join: z.optional(z.string()),
  get object() {
    return z.optional(objectSpecSchema);
  },
  get each() {
    return z.optional(objectSpecSchema);
  },
  optional: z.optional(z.literal(true)),
  keepNative: z.optional(z.literal(true)),
}) as unknown as z.ZodMiniType<FieldRule, FieldRule>;

/** zod schema of a {@link FieldSpec}. */
export const fieldSpecSchema: z.ZodMiniType<FieldSpec, FieldSpec> = /* @__PURE__ */ z.union([z.string().check(z.minLength(1)), z.lazy(() => fieldRuleSchema)]);

/** zod schema of an {@link ObjectSpec}. */
export const objectSpecSchema: z.ZodMiniType<ObjectSpec, ObjectSpec> = /* @__PURE__ */ z.record(
  z.string(),
  z.lazy(() => fieldSpecSchema),
);

/** The rule of a spec, with the shorthand expanded. */
export function ruleOf(spec: FieldSpec): FieldRule {
  return typeof spec === 'string' ? { from: spec } : spec;
}

/** Names of the code tables an object spec refers to, for checking a configuration. */
export function codeTableNames(spec: ObjectSpec, out: Set<string> = new Set()): Set<string> {
  for (const field of Object.values(spec)) {
    const rule = ruleOf(field);
    if (typeof rule.codes === 'string') out.add(rule.codes);
    if (rule.object !== undefined) codeTableNames(rule.object, out);
    if (rule.each !== undefined) codeTableNames(rule.each, out);
  }
  return out;
}
