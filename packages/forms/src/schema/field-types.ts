import * as z from 'zod/mini';
import { ELEMENT_TYPES, type ElementType } from '@sijitong/core';

/**
 * Every field type of a form: the value types of core's data elements (`text` … `address`),
 * plus `table` (a repeating group with columns), `file` (an upload slot, usually for one of the
 * item's materials), `declaration` (告知承诺书: a statement and a confirming checkbox) and
 * `computed` (a read-only value derived by an expression).
 */
export const FIELD_TYPES = [...ELEMENT_TYPES, 'table', 'file', 'declaration', 'computed'] as const;
/** A field type, see {@link FIELD_TYPES}. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** zod schema of a {@link FieldType}. */
export const fieldTypeSchema = /* @__PURE__ */ z.enum(FIELD_TYPES);

/** Field types whose value is described by a data element (and validated by core's element schema). */
export type ValueFieldType = ElementType;

const VALUE_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(ELEMENT_TYPES);

/** True when `type` is one of the data-element value types (not table, file, declaration or computed). */
export function isValueFieldType(type: string): type is ValueFieldType {
  return VALUE_TYPES.has(type);
}

/** True when `type` is a known {@link FieldType}. */
export function isFieldType(type: string): type is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(type);
}

/** Types whose constraints hold `options`. */
export const CHOICE_TYPES: readonly FieldType[] = ['select', 'radio', 'checkboxGroup'];

/**
 * Which constraint names each field type accepts; any other constraint on a field of that type
 * is a schema problem (`CONSTRAINT_NOT_APPLICABLE`).
 */
export const CONSTRAINTS_BY_TYPE: Readonly<Record<FieldType, readonly string[]>> = {
  text: ['minLength', 'maxLength', 'pattern', 'example'],
  textarea: ['minLength', 'maxLength', 'pattern', 'example'],
  address: ['minLength', 'maxLength', 'pattern', 'example'],
  number: ['min', 'max', 'integer', 'unit'],
  money: ['min', 'max', 'scale', 'unit'],
  date: ['minDate', 'maxDate'],
  dateRange: ['minDate', 'maxDate'],
  select: ['options'],
  radio: ['options'],
  checkboxGroup: ['options', 'minItems', 'maxItems'],
  switch: [],
  mobile: [],
  email: [],
  residentId: [],
  creditCode: [],
  division: [],
  table: ['minRows', 'maxRows'],
  file: ['accept', 'maxSize', 'minFiles', 'maxFiles'],
  declaration: [],
  computed: [],
};

/** The constraints of `constraints` a field of `type` takes (see {@link CONSTRAINTS_BY_TYPE}), unset ones left out. @internal */
export function constraintsOfType(type: FieldType, constraints: object): Record<string, unknown> {
  const allowed = CONSTRAINTS_BY_TYPE[type];
  return Object.fromEntries(Object.entries(constraints).filter(([name, v]) => v !== undefined && allowed.includes(name)));
}
