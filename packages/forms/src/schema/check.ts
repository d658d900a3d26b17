import type { ExpressionReferences, ExpressionNode } from '../expressions/ast.js';
import { expressionReferences } from '../expressions/ast.js';
import { checkExpression, type ExpressionContext } from '../expressions/compile.js';
import { parseExpression } from '../expressions/parse.js';
import { FormsError } from '../errors.js';
import { schemaMessages } from '../i18n/messages/schema.js';
import { dependencyGraphs, dependencySources } from './dependencies.js';
import type { FormColumn, FormField, FormSchema } from './form.js';
import { findCycles } from './graph.js';
import type { ProblemList } from './problems.js';
import { fieldsOf } from './walk.js';

type Path = readonly (string | number)[];

/** What the checks need besides the schema. @internal */
export interface CheckContext {
  /** Where each field and column object came from in the input. */
  readonly pathOf: (field: FormField | FormColumn) => Path;
  /** Every key of the input, including fields that failed to parse (so they are not reported as unknown twice). */
  readonly knownKeys: ReadonlySet<string>;
  /** Where problems go. */
  readonly problems: ProblemList;
}

/** Parses each distinct source once; a syntax error is reported at each place it appears. */
class ExpressionCache {
  readonly #nodes = new Map<string, ExpressionNode | FormsError>();
  readonly #refs = new Map<string, ExpressionReferences>();

  node(source: string): ExpressionNode | FormsError {
    let node = this.#nodes.get(source);
    if (node === undefined) {
      try {
        node = parseExpression(source);
      } catch (error) {
        if (!(error instanceof FormsError)) throw error;
        node = error;
      }
      this.#nodes.set(source, node);
    }
    return node;
  }

  references(source: string): ExpressionReferences | undefined {
    let refs = this.#refs.get(source);
    if (refs === undefined) {
      const node = this.node(source);
      if (node instanceof FormsError) return undefined;
      refs = expressionReferences(node);
      this.#refs.set(source, refs);
    }
    return refs;
  }
}

function checkDuplicates(schema: FormSchema, { pathOf, problems }: CheckContext): void {
  const keys = new Map<string, Path>();
  const slots = new Map<string, string>();
  const stepIds = new Set<string>();
  schema.steps.forEach((step, s) => {
    if (step.id !== '' && stepIds.has(step.id)) problems.add(schemaMessages, 'FORM_STEP_ID_DUPLICATE', { id: step.id }, ['steps', s, 'id']);
    stepIds.add(step.id);
    const sectionIds = new Set<string>();
    step.sections.forEach((section, t) => {
      if (section.id !== '' && sectionIds.has(section.id)) {
        problems.add(schemaMessages, 'FORM_SECTION_ID_DUPLICATE', { id: section.id, step: step.id }, ['steps', s, 'sections', t, 'id']);
      }
      sectionIds.add(section.id);
      for (const field of section.fields) {
        const path = pathOf(field);
        const first = keys.get(field.key);
        if (first !== undefined) problems.add(schemaMessages, 'FORM_KEY_DUPLICATE', { key: field.key, first: first.join('.') }, [...path, 'key']);
        else keys.set(field.key, path);
        if (field.type === 'file' && field.materialId !== undefined) {
          const other = slots.get(field.materialId);
          if (other !== undefined) {
            problems.add(schemaMessages, 'FORM_MATERIAL_SLOT_DUPLICATE', { materialId: field.materialId, first: other, key: field.key }, [...path, 'materialId']);
          } else slots.set(field.materialId, field.key);
        }
        const columns = new Set<string>();
        for (const column of field.columns ?? []) {
          if (columns.has(column.key)) problems.add(schemaMessages, 'FORM_COLUMN_DUPLICATE', { key: field.key, column: column.key }, [...pathOf(column), 'key']);
          columns.add(column.key);
        }
      }
    });
  });
}

function checkValidateAs(fields: readonly FormField[], { pathOf, problems }: CheckContext): void {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const field of fields) {
    const rule = field.validateAs;
    if (rule === undefined) continue;
    const target = byKey.get(rule.when.field);
    const path = [...pathOf(field), 'validateAs', 'when'];
    if (target === undefined || (target.type !== 'select' && target.type !== 'radio')) {
      problems.add(schemaMessages, 'FORM_VALIDATE_AS_FIELD_UNKNOWN', { key: field.key, field: rule.when.field }, [...path, 'field']);
      continue;
    }
    rule.when.anyOf.forEach((value, i) => {
      if (!(target.constraints?.options ?? []).some((option) => option.value === value)) {
        problems.add(schemaMessages, 'FORM_VALIDATE_AS_OPTION_UNKNOWN', { key: field.key, field: target.key, value }, [...path, 'anyOf', i]);
      }
    });
  }
}

const CONDITIONS = ['visibleWhen', 'requiredWhen', 'disabledWhen', 'compute'] as const;

function checkExpressions(schema: FormSchema, fields: readonly FormField[], cache: ExpressionCache, { pathOf, knownKeys, problems }: CheckContext): void {
  const tables = new Map(fields.filter((f) => f.columns !== undefined).map((f) => [f.key, (f.columns ?? []).map((c) => c.key)]));
  const base: ExpressionContext = { hasField: (key) => knownKeys.has(key), rowColumns: null, tableColumns: (key) => tables.get(key) };
  const check = (source: string | undefined, path: Path, context: ExpressionContext) => {
    if (source === undefined) return;
    const node = cache.node(source);
    if (node instanceof FormsError) return problems.error(node, path);
    for (const problem of checkExpression(node, context)) problems.error(problem, path);
  };
  const checkAll = (f: FormField | FormColumn, context: ExpressionContext) => {
    const path = pathOf(f);
    for (const name of CONDITIONS) check(f[name], [...path, name], context);
    f.validations?.forEach((rule, i) => check(rule.when, [...path, 'validations', i, 'when'], context));
  };
  schema.steps.forEach((step, s) => {
    check(step.visibleWhen, ['steps', s, 'visibleWhen'], base);
    step.sections.forEach((section, t) => check(section.visibleWhen, ['steps', s, 'sections', t, 'visibleWhen'], base));
  });
  for (const field of fields) {
    checkAll(field, base);
    const rowColumns = field.columns?.map((c) => c.key);
    for (const column of field.columns ?? []) checkAll(column, { ...base, rowColumns });
  }
}

function checkCycles(schema: FormSchema, fields: readonly FormField[], cache: ExpressionCache, { pathOf, problems }: CheckContext): void {
  const graphs = dependencyGraphs(dependencySources(schema), (source) => cache.references(source));
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const cycle of findCycles(graphs.fields)) {
    const field = byKey.get(cycle[0] as string) as FormField;
    problems.add(schemaMessages, 'FORM_CYCLE', { cycle: cycle.join(' → ') }, pathOf(field));
  }
  for (const [table, graph] of graphs.columns) {
    const field = byKey.get(table) as FormField;
    for (const cycle of findCycles(graph)) {
      const column = field.columns?.find((c) => c.key === cycle[0]) as FormColumn;
      problems.add(schemaMessages, 'FORM_COLUMN_CYCLE', { key: table, cycle: cycle.join(' → ') }, pathOf(column));
    }
  }
}

/**
 * Checks the meaning of a resolved form: duplicate keys, ids and material slots; `validateAs`
 * targets; every expression's syntax, functions and references; cycles among computed values and
 * visibility (fields, and columns within each table). Reports every problem found.
 * @internal
 */
export function checkForm(schema: FormSchema, context: CheckContext): void {
  const fields = fieldsOf(schema).map(({ field }) => field);
  const cache = new ExpressionCache();
  checkDuplicates(schema, context);
  checkValidateAs(fields, context);
  checkExpressions(schema, fields, cache, context);
  checkCycles(schema, fields, cache, context);
}
