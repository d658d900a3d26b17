import { compileExpression, type CompiledExpression } from '../expressions/compile.js';
import { FormsError } from '../errors.js';
import { modelMessages } from '../i18n/messages/model.js';
import { dependencyGraphs, dependencySources } from '../schema/dependencies.js';
import type { ValidationRule } from '../schema/field.js';
import type { FormColumn, FormField, FormSchema } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import { topologicalOrder } from '../schema/graph.js';

/** A compiled cross-field rule. @internal */
export interface CompiledRule {
  /** The rule as written. */
  readonly rule: ValidationRule;
  /** Its condition. */
  readonly when: CompiledExpression;
}

/** What fields and columns share once compiled. @internal */
export interface CompiledSpec<F extends FormField | FormColumn = FormField | FormColumn> {
  /** The key (a column's own key for columns). */
  readonly key: string;
  /** The field or column. */
  readonly spec: F;
  /** Every visibility condition (step, section, own for fields; own for columns). */
  readonly visibility: readonly CompiledExpression[];
  /** Required while this holds. */
  readonly requiredWhen?: CompiledExpression | undefined;
  /** Disabled while this holds. */
  readonly disabledWhen?: CompiledExpression | undefined;
  /** The value is computed by this. */
  readonly compute?: CompiledExpression | undefined;
  /** Cross-field rules. */
  readonly rules: readonly CompiledRule[];
}

/** A compiled table field: its columns in display order and in evaluation order. @internal */
export interface CompiledField extends CompiledSpec<FormField> {
  /** Path of the field in the schema. */
  readonly path: readonly (string | number)[];
  /** Columns in display order. */
  readonly columns: readonly CompiledSpec<FormColumn>[];
  /** Columns, each after the columns its value and visibility read. */
  readonly columnOrder: readonly CompiledSpec<FormColumn>[];
}

/** A form compiled once: fields by key, in document and evaluation order. @internal */
export interface CompiledForm {
  /** The form. */
  readonly schema: FormSchema;
  /** Fields by key. */
  readonly byKey: ReadonlyMap<string, CompiledField>;
  /** Fields in document order. */
  readonly fields: readonly CompiledField[];
  /** Fields, each after those its value and visibility read. */
  readonly order: readonly CompiledField[];
  /**
   * Keys of the fields some visibility, requiredness, disabled or computed-value expression reads
   * (a change to any other field changes nothing but its own value: see `LiveEvaluation.change`).
   */
  readonly readers: ReadonlySet<string>;
}

const cache = new WeakMap<FormSchema, CompiledForm>();

function compileAll(schema: FormSchema): CompiledForm {
  const expressions = new Map<string, CompiledExpression>();
  let where: readonly (string | number)[] = [];
  const compile = (source: string | undefined, at: string | number): CompiledExpression | undefined => {
    if (source === undefined) return undefined;
    let compiled = expressions.get(source);
    if (compiled === undefined) {
      try {
        compiled = compileExpression(source);
      } catch (error) {
        if (!(error instanceof FormsError)) throw error;
        const path = [...where, at].join('.');
        throw new FormsError(
          modelMessages,
          'FORM_SCHEMA_INVALID',
          { id: schema.id, count: 1, path, detail: error.message, detailEn: error.localized('en') },
          { path: [...where, at], cause: error },
        );
      }
      expressions.set(source, compiled);
    }
    return compiled;
  };
  const specOf = <F extends FormField | FormColumn>(spec: F, outer: readonly (CompiledExpression | undefined)[]): CompiledSpec<F> => ({
    key: spec.key,
    spec,
    visibility: [...outer, compile(spec.visibleWhen, 'visibleWhen')].filter((e): e is CompiledExpression => e !== undefined),
    requiredWhen: compile(spec.requiredWhen, 'requiredWhen'),
    disabledWhen: compile(spec.disabledWhen, 'disabledWhen'),
    compute: compile(spec.compute, 'compute'),
    rules: (spec.validations ?? []).map((rule) => ({ rule, when: compile(rule.when, 'validations') as CompiledExpression })),
  });

  const located = fieldsOf(schema).map(({ field, step, section, path }) => {
    where = path;
    const outer = [compile(step.visibleWhen, 'visibleWhen'), compile(section.visibleWhen, 'visibleWhen')];
    const columns = (field.columns ?? []).map((column, c) => {
      where = [...path, 'columns', c];
      return specOf(column, []);
    });
    where = path;
    return { base: specOf(field, outer), path, columns };
  });
  // Every expression is compiled by now; the graphs read their references from the cache.
  const graphs = dependencyGraphs(dependencySources(schema), (source) => expressions.get(source)?.references);
  const fields = located.map(({ base, path, columns }): CompiledField => {
    const byColumn = new Map(columns.map((c) => [c.key, c]));
    const columnGraph = graphs.columns.get(base.key) ?? new Map<string, string[]>();
    return { ...base, path, columns, columnOrder: topologicalOrder(columnGraph).flatMap((key) => byColumn.get(key) ?? []) };
  });
  const byKey = new Map<string, CompiledField>();
  for (const field of fields) if (!byKey.has(field.key)) byKey.set(field.key, field);
  const order = topologicalOrder(graphs.fields).flatMap((key) => byKey.get(key) ?? []);
  const readers = new Set<string>();
  const read = (spec: CompiledSpec) => {
    for (const e of [...spec.visibility, spec.requiredWhen, spec.disabledWhen, spec.compute]) for (const key of e?.references.fields ?? []) readers.add(key);
  };
  for (const field of fields) {
    read(field);
    field.columns.forEach(read);
  }
  return { schema, byKey, fields, order, readers };
}

/**
 * The compiled form of a loaded schema, built on first use and cached per schema object: every
 * expression parsed and compiled once, fields ordered for evaluation.
 * @throws {@link FormsError} `FORM_SCHEMA_INVALID` when an expression does not compile (a schema
 * that did not go through `loadFormSchema`).
 * @internal
 */
export function compiledForm(schema: FormSchema): CompiledForm {
  let compiled = cache.get(schema);
  if (compiled === undefined) {
    compiled = compileAll(schema);
    cache.set(schema, compiled);
  }
  return compiled;
}
