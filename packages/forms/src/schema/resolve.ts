import * as z from 'zod/mini';
import { elementDefinitionSchema, type ElementDefinition, type ElementDictionary } from '@sijitong/core';
import { schemaMessages } from '../i18n/messages/schema.js';
import type { ColumnDefinition, FieldConstraints, FieldDefinition, ValidateAs } from './field.js';
import { CHOICE_TYPES, CONSTRAINTS_BY_TYPE, constraintsOfType, FIELD_TYPES, isFieldType, isValueFieldType, type FieldType } from './field-types.js';
import type { FormColumn, FormField } from './form.js';
import type { ProblemList } from './problems.js';

type Path = readonly (string | number)[];

/** A field being resolved: the result plus the element's `validateAs`, mapped to a field once every field is known. @internal */
export interface Resolved<F> {
  /** The resolved field or column. */
  readonly field: F;
  /** The element's conditional identifier check, still naming an element. */
  readonly elementValidateAs?: { readonly element: string; readonly anyOf: readonly string[]; readonly type: ValidateAs['type'] } | undefined;
}

const PLACEHOLDER_LABEL = { 'zh-CN': '-', en: '-' };

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The element definition a value field amounts to, checked with core's element schema (ranges, options, patterns). */
function checkValueConstraints(key: string, type: FieldType, constraints: FieldConstraints, label: FormField['label'] | undefined, path: Path, problems: ProblemList): void {
  const picked = constraintsOfType(type, constraints);
  const hasConstraints = Object.keys(picked).length > 0;
  const candidate = { key, label: label ?? PLACEHOLDER_LABEL, type, ...(hasConstraints ? { constraints: picked } : {}) };
  const result = z.safeParse(elementDefinitionSchema, candidate);
  if (!result.success) problems.zod(result.error, path);
}

function checkRange(key: string, min: number | undefined, max: number | undefined, path: Path, problems: ProblemList): void {
  if (min !== undefined && max !== undefined && min > max) problems.add(schemaMessages, 'FORM_RANGE_INVERTED', { key, min, max }, path);
}

/** Properties that only some types may carry. */
const TYPED_PROPERTIES: readonly { property: 'materialId' | 'statement' | 'validateAs' | 'compute' | 'columns'; types: readonly FieldType[] }[] = [
  { property: 'materialId', types: ['file'] },
  { property: 'statement', types: ['declaration'] },
  { property: 'validateAs', types: ['text', 'textarea', 'address'] },
  { property: 'columns', types: ['table'] },
  { property: 'compute', types: FIELD_TYPES.filter((t) => t !== 'table' && t !== 'file' && t !== 'declaration') },
];

/** Checks what a field of a known type must and must not have. */
function checkTyped(def: FieldDefinition | ColumnDefinition, key: string, type: FieldType, constraints: FieldConstraints, label: FormField['label'] | undefined, path: Path, problems: ProblemList): void {
  for (const [name, value] of Object.entries(def.constraints ?? {})) {
    if (value !== undefined && !CONSTRAINTS_BY_TYPE[type].includes(name)) {
      problems.add(schemaMessages, 'FORM_CONSTRAINT_NOT_APPLICABLE', { key, type, constraint: name }, [...path, 'constraints', name]);
    }
  }
  for (const { property, types } of TYPED_PROPERTIES) {
    if ((def as Record<string, unknown>)[property] !== undefined && !types.includes(type)) {
      problems.add(schemaMessages, 'FORM_PROPERTY_NOT_APPLICABLE', { key, type, property }, [...path, property]);
    }
  }
  if (CHOICE_TYPES.includes(type) && constraints.options === undefined) {
    problems.add(schemaMessages, 'FORM_OPTIONS_MISSING', { key }, [...path, 'constraints']);
  } else if (isValueFieldType(type)) {
    checkValueConstraints(key, type, constraints, label, path, problems);
  }
  if (type === 'table') {
    if (!('columns' in def) || def.columns === undefined) problems.add(schemaMessages, 'FORM_COLUMNS_MISSING', { key }, path);
    checkRange(key, constraints.minRows, constraints.maxRows, [...path, 'constraints'], problems);
  }
  if (type === 'file') checkRange(key, constraints.minFiles, constraints.maxFiles, [...path, 'constraints'], problems);
  if (type === 'declaration' && def.statement === undefined) problems.add(schemaMessages, 'FORM_STATEMENT_MISSING', { key }, path);
  if (type === 'computed' && def.compute === undefined) problems.add(schemaMessages, 'FORM_COMPUTE_MISSING', { key }, path);
}

/** The element a field refers to: `element`, or its own key when that is a dictionary element. */
function elementOf(def: FieldDefinition | ColumnDefinition, dictionary: ElementDictionary, key: string, path: Path, problems: ProblemList): ElementDefinition | undefined {
  if (def.element !== undefined) {
    const element = dictionary.get(def.element);
    if (element === undefined) problems.add(schemaMessages, 'FORM_ELEMENT_UNKNOWN', { key, element: def.element }, [...path, 'element']);
    return element;
  }
  return dictionary.get(def.key);
}

/**
 * Resolves a field or column against the dictionary: type, label, help and constraints default
 * to its element's; reports what is wrong at `path` (naming the field `key`, `table.column` for a
 * column). `undefined` when the type cannot be known.
 * @internal
 */
export function resolveOne<D extends FieldDefinition | ColumnDefinition>(
  def: D,
  dictionary: ElementDictionary,
  path: Path,
  problems: ProblemList,
  key: string = def.key,
): Resolved<D extends FieldDefinition ? FormField : FormColumn> | undefined {
  const element = elementOf(def, dictionary, key, path, problems);
  if (def.element !== undefined && element === undefined) return undefined;
  const typeName = def.type ?? element?.type;
  if (typeName === undefined) {
    problems.add(schemaMessages, 'FORM_FIELD_TYPE_MISSING', { key }, path);
    return undefined;
  }
  if (!isFieldType(typeName)) {
    problems.add(schemaMessages, 'FORM_FIELD_TYPE_UNKNOWN', { key, type: typeName, types: FIELD_TYPES.join(', ') }, [...path, 'type']);
    return undefined;
  }
  if (element !== undefined && def.type !== undefined && def.type !== element.type) {
    problems.add(schemaMessages, 'FORM_ELEMENT_TYPE_OVERRIDE', { key, type: def.type, element: element.key, elementType: element.type }, [...path, 'type']);
  }
  const resolvedLabel = def.label ?? element?.label;
  if (resolvedLabel === undefined) problems.add(schemaMessages, 'FORM_FIELD_LABEL_MISSING', { key }, path);
  const constraints: FieldConstraints = defined({ ...(element?.constraints ?? {}), ...(def.constraints ?? {}) });
  checkTyped(def, key, typeName, constraints, resolvedLabel, path, problems);

  const field = defined({
    ...def,
    element: element?.key,
    type: typeName,
    label: resolvedLabel ?? PLACEHOLDER_LABEL,
    help: def.help ?? element?.description,
    constraints: Object.keys(constraints).length > 0 ? constraints : undefined,
  });
  const validateAs = element !== undefined && 'validateAs' in element && def.validateAs === undefined ? element.validateAs : undefined;
  return {
    field: field as unknown as D extends FieldDefinition ? FormField : FormColumn,
    elementValidateAs: validateAs === undefined ? undefined : { element: validateAs.when.element, anyOf: validateAs.when.anyOf, type: validateAs.type },
  };
}
