import * as z from 'zod/mini';
import { civilDateSchema } from '../dates/civil-date.js';
import { divisionCodeSchema } from '../divisions/division-code.js';
import { SijitongError } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { unifiedSocialCreditCodeSchema } from '../identifiers/credit-code.js';
import { mobileNumberSchema } from '../identifiers/mobile.js';
import { residentIdNumberSchema } from '../identifiers/resident-id.js';
import type { ElementDefinition, IdentifierElementType } from './element-definition.js';
import { commonMessages } from '../i18n/messages/common.js';
import { elementsMessages } from '../i18n/messages/elements.js';

/** The value of a `dateRange` element: two dates (YYYY-MM-DD), `from` not after `to`. */
export interface DateRangeValue {
  /** First day. */
  readonly from: string;
  /** Last day. */
  readonly to: string;
}

/** Any data element's value (see {@link ElementType} for which type takes which). */
export type ElementValue = string | number | boolean | readonly string[] | DateRangeValue;

/** The zod schema validating one element's value; its issues localise with `localizeZodError`. */
export type ElementSchema = z.ZodMiniType<unknown>;

/** Values of other elements by key, for conditions such as `validateAs`. */
export type ElementValues = Readonly<Record<string, unknown>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** zod schema of an e-mail address (a pragmatic shape check, at most 254 characters). */
export const emailAddressSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ checkWith<string>((value) => {
    if (value.length > 254 || !EMAIL_PATTERN.test(value)) throw new SijitongError(elementsMessages, 'ELEMENT_EMAIL_INVALID', { value });
  }),
);

const IDENTIFIER_SCHEMAS: Record<IdentifierElementType, ElementSchema> = {
  mobile: mobileNumberSchema,
  email: emailAddressSchema,
  residentId: residentIdNumberSchema,
  creditCode: unifiedSocialCreditCodeSchema,
  division: divisionCodeSchema,
};

type Def<T extends ElementDefinition['type']> = Extract<ElementDefinition, { type: T }>;

function textSchema(def: Def<'text' | 'textarea' | 'address'>): ElementSchema {
  const c = def.constraints ?? {};
  const checks: z.core.$ZodCheck<string>[] = [z.trim(), z.minLength(c.minLength ?? 1)];
  if (c.maxLength !== undefined) checks.push(z.maxLength(c.maxLength));
  if (c.pattern !== undefined) {
    const pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
    const { example } = c;
    checks.push(
      checkWith<string>((value) => {
        if (pattern.test(value)) return;
        throw example === undefined
          ? new SijitongError(elementsMessages, 'ELEMENT_PATTERN_MISMATCH')
          : new SijitongError(elementsMessages, 'ELEMENT_PATTERN_MISMATCH_EXAMPLE', { example });
      }),
    );
  }
  return z.string().check(...checks);
}

function numberSchema(def: Def<'number'>): ElementSchema {
  const c = def.constraints ?? {};
  const checks: z.core.$ZodCheck<number>[] = [];
  if (c.integer === true) {
    checks.push(
      checkWith<number>((value) => {
        if (!Number.isInteger(value)) throw new SijitongError(elementsMessages, 'ELEMENT_INTEGER_EXPECTED', { value });
      }),
    );
  }
  if (c.min !== undefined) checks.push(z.gte(c.min));
  if (c.max !== undefined) checks.push(z.lte(c.max));
  return z.number().check(...checks);
}

function moneySchema(def: Def<'money'>): ElementSchema {
  const c = def.constraints ?? {};
  const scale = c.scale ?? 2;
  const shape = new RegExp(scale === 0 ? '^-?\\d+$' : `^-?\\d+(?:\\.\\d{1,${scale}})?$`);
  const min = c.min ?? 0;
  const { max } = c;
  return z.string().check(
    checkWith<string>((value) => {
      if (!shape.test(value)) throw new SijitongError(elementsMessages, 'ELEMENT_MONEY_INVALID', { value, scale });
      const amount = Number(value);
      if (amount < min) throw new SijitongError(commonMessages, 'SCHEMA_TOO_SMALL', { minimum: String(min) });
      if (max !== undefined && amount > max) throw new SijitongError(commonMessages, 'SCHEMA_TOO_BIG', { maximum: String(max) });
    }),
  );
}

function dateBounds(minDate: string | undefined, maxDate: string | undefined, value: string, path: (string | number)[]): void {
  if (minDate !== undefined && value < minDate) throw new SijitongError(elementsMessages, 'ELEMENT_DATE_BEFORE_MIN', { value, min: minDate }, { path });
  if (maxDate !== undefined && value > maxDate) throw new SijitongError(elementsMessages, 'ELEMENT_DATE_AFTER_MAX', { value, max: maxDate }, { path });
}

function dateSchema(def: Def<'date' | 'dateRange'>): ElementSchema {
  const { minDate, maxDate } = def.constraints ?? {};
  if (def.type === 'date') {
    if (minDate === undefined && maxDate === undefined) return civilDateSchema;
    return civilDateSchema.check(checkWith<string>((value) => dateBounds(minDate, maxDate, value, [])));
  }
  return z.strictObject({ from: civilDateSchema, to: civilDateSchema }).check(
    checkWith<DateRangeValue>(({ from, to }) => {
      if (from > to) throw new SijitongError(commonMessages, 'DATE_RANGE_INVERTED', { from, to });
      dateBounds(minDate, undefined, from, ['from']);
      dateBounds(undefined, maxDate, to, ['to']);
    }),
  );
}

function choiceValues(options: readonly { value: string }[]): [string, ...string[]] {
  return options.map((option) => option.value) as [string, ...string[]];
}

function choiceSchema(def: Def<'select' | 'radio' | 'checkboxGroup'>): ElementSchema {
  const values = z.enum(choiceValues(def.constraints.options));
  if (def.type !== 'checkboxGroup') return values;
  const { minItems, maxItems } = def.constraints;
  const checks: z.core.$ZodCheck<string[]>[] = [
    checkWith<string[]>((chosen) => {
      chosen.forEach((value, i) => {
        if (chosen.indexOf(value) !== i) throw new SijitongError(elementsMessages, 'ELEMENT_CHOICE_DUPLICATE', { value }, { path: [i] });
      });
    }),
  ];
  if (minItems !== undefined) checks.push(z.minLength(minItems));
  if (maxItems !== undefined) checks.push(z.maxLength(maxItems));
  return z.array(values).check(...checks);
}

/**
 * Builds the zod schema of an element's value from its type and constraints. Identifier types
 * use the kit's identifier schemas (resident ID, credit code, mobile, division code); text values
 * are trimmed before the length and pattern checks. Schemas validate a present value: whether a
 * value is required is the form's business, not the element's.
 */
export function buildElementSchema(definition: ElementDefinition): ElementSchema {
  switch (definition.type) {
    case 'text':
    case 'textarea':
    case 'address':
      return textSchema(definition);
    case 'number':
      return numberSchema(definition);
    case 'money':
      return moneySchema(definition);
    case 'date':
    case 'dateRange':
      return dateSchema(definition);
    case 'select':
    case 'radio':
    case 'checkboxGroup':
      return choiceSchema(definition);
    case 'switch':
      return z.boolean();
    default:
      return IDENTIFIER_SCHEMAS[definition.type];
  }
}

/**
 * The identifier type a text element is validated as given the other elements' values (its
 * `validateAs` condition holds), or `undefined` when its own schema applies.
 */
export function effectiveIdentifierType(definition: ElementDefinition, values: ElementValues | undefined): IdentifierElementType | undefined {
  if (values === undefined || !('validateAs' in definition) || definition.validateAs === undefined) return undefined;
  const { when, type } = definition.validateAs;
  const other = values[when.element];
  return typeof other === 'string' && when.anyOf.includes(other) ? type : undefined;
}

/** The fixed schema of an identifier type. */
export function identifierSchemaOf(type: IdentifierElementType): ElementSchema {
  return IDENTIFIER_SCHEMAS[type];
}
