import { buildElementSchema, type ElementDefinition, type ElementSchema, type IdentifierElementType } from '@sijitong/core';
import { constraintsOfType, isValueFieldType } from '../schema/field-types.js';
import type { FormColumn, FormField } from '../schema/form.js';

const schemas = new WeakMap<FormField | FormColumn, ElementSchema>();
const identifierSchemas = new Map<IdentifierElementType, ElementSchema>();

/** The core element definition a value field amounts to. */
function definitionOf(spec: FormField | FormColumn): ElementDefinition {
  const constraints = constraintsOfType(spec.type, spec.constraints ?? {});
  return {
    key: spec.element ?? spec.key,
    label: spec.label,
    type: spec.type,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  } as ElementDefinition;
}

/**
 * The zod schema of a value field's present value: core's element schema built from the field's
 * type and (resolved) constraints, so a form validates exactly as the dictionary does; cached per
 * field. With `values`, a `validateAs` condition that holds switches to the identifier schema.
 * `undefined` for table, file, declaration and computed fields. @internal
 */
export function valueSchemaOf(spec: FormField | FormColumn, values?: (key: string) => unknown): ElementSchema | undefined {
  if (!isValueFieldType(spec.type)) return undefined;
  const rule = spec.validateAs;
  if (rule !== undefined && values !== undefined) {
    const other = values(rule.when.field);
    if (typeof other === 'string' && rule.when.anyOf.includes(other)) {
      let schema = identifierSchemas.get(rule.type);
      if (schema === undefined) {
        schema = buildElementSchema({ key: 'form.identifier', label: spec.label, type: rule.type } as ElementDefinition);
        identifierSchemas.set(rule.type, schema);
      }
      return schema;
    }
  }
  let schema = schemas.get(spec);
  if (schema === undefined) {
    schema = buildElementSchema(definitionOf(spec));
    schemas.set(spec, schema);
  }
  return schema;
}
