import * as z from 'zod/mini';
import { civilDateSchema } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { elementsMessages } from '../i18n/messages/elements.js';

/*
 * The serialisable definition of a data element (数据元). A definition is plain data (it can come
 * from JSON): the value schema is built from its `type` and `constraints` by `elementSchemaOf`,
 * never stored in it.
 */

/**
 * Value types of data elements. They are the value-carrying field types of `@sijitong/forms`
 * (`table`, `file`, `declaration` and `computed` are layouts or derived values, not data elements).
 */
export const ELEMENT_TYPES = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'dateRange',
  'select',
  'radio',
  'checkboxGroup',
  'switch',
  'mobile',
  'email',
  'residentId',
  'creditCode',
  'division',
  'address',
] as const;
/** zod schema of an {@link ElementType}. */
export const elementTypeSchema = /* @__PURE__ */ z.enum(ELEMENT_TYPES);
/**
 * The value type of a data element. Values are: `string` for text-like types, identifiers, `date`
 * (YYYY-MM-DD), `select`, `radio` and `money` (a decimal string such as `100.50`, exact, no float);
 * `number` for `number`; `boolean` for `switch`; `string[]` for `checkboxGroup`; `{ from, to }`
 * (dates) for `dateRange`.
 */
export type ElementType = (typeof ELEMENT_TYPES)[number];

/** Types whose value is validated by a fixed identifier schema; a text element may switch to one of these. */
export const IDENTIFIER_ELEMENT_TYPES = ['mobile', 'email', 'residentId', 'creditCode', 'division'] as const;
/** A type with a fixed schema and no constraints: mobile number, e-mail, resident ID, credit code, division code. */
export type IdentifierElementType = (typeof IDENTIFIER_ELEMENT_TYPES)[number];

/**
 * Pattern of an element key: dot-separated lowerCamel ASCII segments, e.g. `applicant.idNumber`.
 * Province-specific keys should start with a namespace segment of their own, e.g. `shandong.`.
 */
export const ELEMENT_KEY_PATTERN = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/;

/** zod schema of an element key (see {@link ELEMENT_KEY_PATTERN}; at most 64 characters). */
export const elementKeySchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ checkWith<string>((value) => {
    if (value.length > 64 || !ELEMENT_KEY_PATTERN.test(value)) throw new SijitongError(elementsMessages, 'ELEMENT_KEY_INVALID', { value });
  }),
);

const label = () => z.string().check(z.trim(), z.minLength(1));

/** zod schema of a label in every locale of the kit (`{ 'zh-CN': '姓名', en: 'Name' }`). */
export const localizedLabelSchema = /* @__PURE__ */ z.strictObject({
  /** The Chinese label (source of truth). */
  'zh-CN': label(),
  /** The English label. */
  en: label(),
});

/** zod schema of one option of a `select`, `radio` or `checkboxGroup` element. */
export const elementOptionSchema = /* @__PURE__ */ z.strictObject({
  /** The stored value, e.g. `male`. */
  value: label(),
  /** The option as shown. */
  label: localizedLabelSchema,
  /** The national code of the value, if a standard has one (e.g. GB/T 2261.1 `1` for male). */
  code: z.optional(label()),
});
/** One option of a choice element. */
export type ElementOption = z.infer<typeof elementOptionSchema>;

/**
 * zod schema of a regular expression given as text (`pattern`): it must compile with the `u`
 * flag. It is matched against the whole value (anchored as `^(?:pattern)$`). Patterns run on user
 * input: keep them simple (no nested quantifiers such as `(a+)+`), as a bad one can hang the page.
 */
export const elementPatternSchema = /* @__PURE__ */ z.string().check(
  z.minLength(1),
  /* @__PURE__ */ checkWith<string>((pattern) => {
    try {
      new RegExp(`^(?:${pattern})$`, 'u');
    } catch (cause) {
      throw new SijitongError(elementsMessages, 'ELEMENT_PATTERN_INVALID', { pattern }, { cause });
    }
  }),
);

const count = () => z.int().check(z.gte(0));

function ordered<T>(pick: (value: T) => [number | string | undefined, number | string | undefined]) {
  return checkWith<T>((value) => {
    const [min, max] = pick(value);
    if (min !== undefined && max !== undefined && min > max) {
      throw new SijitongError(elementsMessages, 'ELEMENT_RANGE_INVERTED', { min, max });
    }
  });
}

function uniqueOptions(options: readonly ElementOption[]): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.value)) throw new SijitongError(elementsMessages, 'ELEMENT_OPTION_DUPLICATE', { value: option.value }, { path: [i, 'value'] });
    seen.add(option.value);
  });
}

const optionsSchema = /* @__PURE__ */ z.array(elementOptionSchema).check(z.minLength(1), /* @__PURE__ */ checkWith(uniqueOptions));

/** zod schema of a condition on another (choice) element: it holds when that element's value is one of `anyOf`. */
export const elementConditionSchema = /* @__PURE__ */ z.strictObject({
  /** Key of a `select` or `radio` element of the same dictionary. */
  element: elementKeySchema,
  /** Option values of that element. */
  anyOf: z.array(label()).check(z.minLength(1)),
});
/** A condition on another element's value, e.g. `{ element: 'applicant.idType', anyOf: ['residentId'] }`. */
export type ElementCondition = z.infer<typeof elementConditionSchema>;

const textConstraints = /* @__PURE__ */ z
  .strictObject({
    /** Minimum length after trimming (default 1: a present value is never blank). */
    minLength: z.optional(count()),
    /** Maximum length after trimming. */
    maxLength: z.optional(count()),
    /** Regular expression the whole (trimmed) value must match. */
    pattern: z.optional(elementPatternSchema),
    /** An example of a valid value, quoted in the pattern's error message. */
    example: z.optional(label()),
  })
  .check(/* @__PURE__ */ ordered((c) => [c.minLength, c.maxLength]));

const base = {
  /** Stable key, e.g. `applicant.idNumber`; the same key means the same thing in every item's form. */
  key: elementKeySchema,
  /** The element's label. */
  label: localizedLabelSchema,
  /** A longer explanation shown as help. */
  description: z.optional(localizedLabelSchema),
  /** Reference to the national or provincial standard defining it (e.g. a 数据元 identifier). */
  standard: z.optional(label()),
  /** Replace an element of the same key already in the dictionary; without it a duplicate key is an error. */
  override: z.optional(z.boolean()),
};

const textDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** Free text, multi-line text or a postal address. */
  type: z.literal(['text', 'textarea', 'address']),
  /** Length and pattern. */
  constraints: z.optional(textConstraints),
  /**
   * Validate the value as an identifier instead when a choice element has one of some values,
   * e.g. an ID number checked as a resident ID when the ID type is `residentId`.
   */
  validateAs: z.optional(
    z.strictObject({
      /** When this holds… */
      when: elementConditionSchema,
      /** …the value is validated as this type. */
      type: z.enum(IDENTIFIER_ELEMENT_TYPES),
    }),
  ),
});

const numberDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** A number. */
  type: z.literal('number'),
  /** Range, integrality and unit. */
  constraints: z.optional(
    z
      .strictObject({
        /** Smallest allowed value. */
        min: z.optional(z.number()),
        /** Largest allowed value. */
        max: z.optional(z.number()),
        /** Whole numbers only. */
        integer: z.optional(z.boolean()),
        /** Unit shown beside the input, e.g. 平方米. */
        unit: z.optional(localizedLabelSchema),
      })
      .check(/* @__PURE__ */ ordered((c) => [c.min, c.max])),
  ),
});

/** Units of a money element: 元 or 万元 (registered capital is usually in 万元). */
export const MONEY_UNITS = ['yuan', 'tenThousandYuan'] as const;
/** A unit of a money element. */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

const moneyDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** An amount of money, as a decimal string. */
  type: z.literal('money'),
  /** Range, decimals and unit. */
  constraints: z.optional(
    z
      .strictObject({
        /** Smallest amount (default 0: amounts are never negative unless `min` says so). */
        min: z.optional(z.number()),
        /** Largest amount. */
        max: z.optional(z.number()),
        /** Decimal places allowed (default 2). */
        scale: z.optional(z.int().check(z.gte(0), z.lte(8))),
        /** 元 (default) or 万元. */
        unit: z.optional(z.enum(MONEY_UNITS)),
      })
      .check(/* @__PURE__ */ ordered((c) => [c.min, c.max])),
  ),
});

const dateConstraints = /* @__PURE__ */ z
  .strictObject({
    /** Earliest allowed date. */
    minDate: z.optional(civilDateSchema),
    /** Latest allowed date. */
    maxDate: z.optional(civilDateSchema),
  })
  .check(/* @__PURE__ */ ordered((c) => [c.minDate, c.maxDate]));

const dateDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** A date (YYYY-MM-DD) or a `{ from, to }` range of dates. */
  type: z.literal(['date', 'dateRange']),
  /** Earliest and latest dates. */
  constraints: z.optional(dateConstraints),
});

const singleChoiceDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** One option (drop-down or radio buttons). */
  type: z.literal(['select', 'radio']),
  /** The options. */
  constraints: z.strictObject({
    /** The options, at least one, values unique. */
    options: optionsSchema,
  }),
});

const multipleChoiceDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** Several options. */
  type: z.literal('checkboxGroup'),
  /** The options and how many may be chosen. */
  constraints: z
    .strictObject({
      /** The options, at least one, values unique. */
      options: optionsSchema,
      /** Fewest options to choose. */
      minItems: z.optional(count()),
      /** Most options to choose. */
      maxItems: z.optional(count()),
    })
    .check(/* @__PURE__ */ ordered((c) => [c.minItems, c.maxItems])),
});

const fixedDefinition = /* @__PURE__ */ z.strictObject({
  ...base,
  /** Yes/no, or an identifier with a fixed schema. */
  type: z.literal(['switch', ...IDENTIFIER_ELEMENT_TYPES]),
  /** No constraints for these types. */
  constraints: z.optional(z.strictObject({})),
});

/**
 * zod schema of a data element definition, discriminated by `type`. Only serialisable data: load
 * a province's extra elements from JSON and check them with this schema.
 */
export const elementDefinitionSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  textDefinition,
  numberDefinition,
  moneyDefinition,
  dateDefinition,
  singleChoiceDefinition,
  multipleChoiceDefinition,
  fixedDefinition,
]);
/** A data element definition (数据元), parsed. */
export type ElementDefinition = z.infer<typeof elementDefinitionSchema>;
/** A data element definition as written (e.g. read from JSON). */
export type ElementDefinitionInput = z.input<typeof elementDefinitionSchema>;
