import * as z from 'zod/mini';
import { standardElements, type ElementDictionary, type Locale } from '@sijitong/core';
import { schemaMessages } from '../i18n/messages/schema.js';
import { checkForm } from './check.js';
import { fieldDefinitionSchema, type FieldDefinition } from './field.js';
import { formEnvelopeSchema, type FormColumn, type FormField, type FormSchema } from './form.js';
import { ProblemList, type FormProblem } from './problems.js';
import { resolveOne, type Resolved } from './resolve.js';

type Path = readonly (string | number)[];

/** Options of {@link loadFormSchema}. */
export interface LoadFormOptions {
  /** The data-element dictionary fields refer to; core's `standardElements` when omitted. */
  readonly elements?: ElementDictionary | undefined;
  /** Language of the problem messages (default zh-CN). */
  readonly locale?: Locale | undefined;
}

/** What {@link loadFormSchema} found: the loaded form, or every problem. */
export type LoadFormResult =
  | {
      /** The form loaded without any problem. */
      readonly ok: true;
      /** The loaded form: elements resolved, ready for `evaluateForm`, `validateValues` and `mergeForms`. */
      readonly schema: FormSchema;
      /** Empty. */
      readonly problems: readonly FormProblem[];
    }
  | {
      /** The form has problems. */
      readonly ok: false;
      /** No form. */
      readonly schema?: undefined;
      /** Every problem, each with its path, code and message. */
      readonly problems: readonly FormProblem[];
    };

const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const prop = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

/**
 * Loads a stored form (e.g. JSON a province keeps): checks its shape, resolves each field's data
 * element (type, label, help and constraints come from the dictionary, local overrides win, the
 * type may not change), and checks its meaning. Reports ALL problems at once, each with a path:
 * shape errors, unknown elements and field types, constraints that do not fit the type, duplicate
 * keys and ids, two upload fields for one material, expression syntax errors, references to
 * unknown fields, functions or columns, and cycles among computed values and visibility.
 *
 * Loading a loaded form (or a merged one) gives it back unchanged.
 *
 * @example
 * ```ts
 * const result = loadFormSchema(await (await fetch('/forms/370112001000.json')).json());
 * if (!result.ok) console.table(result.problems.map((p) => [p.path.join('.'), p.message]));
 * ```
 */
export function loadFormSchema(input: unknown, options: LoadFormOptions = {}): LoadFormResult {
  const dictionary = options.elements ?? standardElements;
  const problems = new ProblemList(options.locale ?? 'zh-CN');
  const envelope = z.safeParse(formEnvelopeSchema, input);
  if (!envelope.success) problems.zod(envelope.error, []);

  const paths = new WeakMap<object, Path>();
  const knownKeys = new Set<string>();
  const resolved: Resolved<FormField>[] = [];
  const resolveColumns = (field: FormField, def: FieldDefinition, path: Path): FormField => {
    if (def.columns === undefined) return field;
    const columns: FormColumn[] = [];
    def.columns.forEach((columnDef, c) => {
      const columnPath = [...path, 'columns', c];
      const column = resolveOne(columnDef, dictionary, columnPath, problems, `${def.key}.${columnDef.key}`)?.field;
      if (column === undefined) return;
      if (column.type === 'table' || column.type === 'declaration') {
        problems.add(schemaMessages, 'FORM_COLUMN_TYPE_NOT_ALLOWED', { key: def.key, column: column.key, type: column.type }, [...columnPath, 'type']);
      }
      paths.set(column, columnPath);
      columns.push(column);
    });
    return { ...field, columns };
  };

  const steps = asArray(prop(input, 'steps')).map((step, s) => ({
    step,
    sections: asArray(prop(step, 'sections')).map((section, t) => ({
      section,
      fields: asArray(prop(section, 'fields')).flatMap((raw, f): FormField[] => {
        const path = ['steps', s, 'sections', t, 'fields', f];
        const key = prop(raw, 'key');
        if (typeof key === 'string') knownKeys.add(key);
        const parsed = z.safeParse(fieldDefinitionSchema, raw);
        if (!parsed.success) {
          problems.zod(parsed.error, path);
          return [];
        }
        const one = resolveOne(parsed.data, dictionary, path, problems);
        if (one === undefined) return [];
        const field = resolveColumns(one.field, parsed.data, path);
        paths.set(field, path);
        resolved.push({ ...one, field });
        return [field];
      }),
    })),
  }));

  // An element's validateAs names an element: point it at the field of this form asking for it.
  const byElement = new Map(resolved.map(({ field }) => [field.element ?? field.key, field]));
  const withValidateAs = new Map<FormField, FormField>();
  for (const { field, elementValidateAs: rule } of resolved) {
    const target = rule === undefined ? undefined : byElement.get(rule.element);
    if (rule === undefined || target === undefined) continue;
    const mapped = { ...field, validateAs: { when: { field: target.key, anyOf: [...rule.anyOf] }, type: rule.type } };
    paths.set(mapped, paths.get(field) ?? []);
    withValidateAs.set(field, mapped);
  }

  // When the envelope is malformed, its parts are read defensively so the other checks still run.
  const part = <T>(value: unknown): T => {
    if (envelope.success) return value as T;
    const id = prop(value, 'id');
    const visibleWhen = prop(value, 'visibleWhen');
    return { id: typeof id === 'string' ? id : '', visibleWhen: typeof visibleWhen === 'string' ? visibleWhen : undefined } as T;
  };
  const candidate: FormSchema = {
    ...(envelope.success ? envelope.data : part<FormSchema>(input)),
    steps: steps.map(({ step, sections }) => ({
      ...part<FormSchema['steps'][number]>(step),
      sections: sections.map(({ section, fields }) => ({
        ...part<FormSchema['steps'][number]['sections'][number]>(section),
        fields: fields.map((field) => withValidateAs.get(field) ?? field),
      })),
    })),
  };
  checkForm(candidate, { pathOf: (f) => paths.get(f) ?? [], knownKeys, problems });
  if (problems.problems.length > 0) return { ok: false, problems: problems.problems };
  return { ok: true, schema: candidate, problems: [] };
}
