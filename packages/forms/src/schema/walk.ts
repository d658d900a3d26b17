import type { FormField, FormSchema, FormSection, FormStep } from './form.js';

/** A field of a form with where it sits. */
export interface LocatedField {
  /** The field. */
  readonly field: FormField;
  /** Its step. */
  readonly step: FormStep;
  /** Its section. */
  readonly section: FormSection;
  /** Its path in the schema: `['steps', s, 'sections', t, 'fields', f]`. */
  readonly path: readonly (string | number)[];
}

/** Every field of `schema` in document order, with its step, section and path. */
export function fieldsOf(schema: FormSchema): LocatedField[] {
  const out: LocatedField[] = [];
  schema.steps.forEach((step, s) =>
    step.sections.forEach((section, t) =>
      section.fields.forEach((field, f) => out.push({ field, step, section, path: ['steps', s, 'sections', t, 'fields', f] })),
    ),
  );
  return out;
}

/** The fields of `schema` by key. @internal */
export function fieldMap(schema: FormSchema): Map<string, FormField> {
  return new Map(fieldsOf(schema).map(({ field }) => [field.key, field]));
}
