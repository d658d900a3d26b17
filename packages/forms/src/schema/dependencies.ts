import type { ExpressionReferences } from '../expressions/ast.js';
import type { FormColumn, FormField, FormSchema } from './form.js';
import { fieldsOf } from './walk.js';

/** The expressions that decide a field's value and visibility (not its requiredness or rules). @internal */
export interface DependencySource {
  /** Field key. */
  readonly key: string;
  /** Sources of its step's, section's and own `visibleWhen` and its `compute`. */
  readonly expressions: readonly string[];
  /** Table columns and their `visibleWhen` and `compute` sources. */
  readonly columns?: readonly { readonly key: string; readonly expressions: readonly string[] }[] | undefined;
}

/** Field and column dependency graphs of a form. @internal */
export interface DependencyGraphs {
  /** Field key → the field keys its value and visibility read (a table: also what its columns read). */
  readonly fields: Map<string, string[]>;
  /** Table key → column key → the columns (`$row.x`) its value and visibility read. */
  readonly columns: Map<string, Map<string, string[]>>;
}

const present = (sources: readonly (string | undefined)[]): string[] => sources.filter((e): e is string => e !== undefined);
const valueExpressions = (f: FormField | FormColumn): string[] => present([f.visibleWhen, f.compute]);

/** The dependency sources of a loaded form, in document order. @internal */
export function dependencySources(schema: FormSchema): DependencySource[] {
  return fieldsOf(schema).map(({ field, step, section }) => ({
    key: field.key,
    expressions: [...present([step.visibleWhen, section.visibleWhen]), ...valueExpressions(field)],
    columns: field.columns?.map((column) => ({ key: column.key, expressions: valueExpressions(column) })),
  }));
}

/**
 * Builds the graphs from sources; `referencesOf` gives what an expression reads, or `undefined`
 * when it does not parse (it then adds no edge). @internal
 */
export function dependencyGraphs(
  sources: readonly DependencySource[],
  referencesOf: (source: string) => ExpressionReferences | undefined,
): DependencyGraphs {
  const fields = new Map<string, string[]>();
  const columns = new Map<string, Map<string, string[]>>();
  for (const source of sources) {
    const deps = new Set<string>();
    for (const expression of source.expressions) for (const key of referencesOf(expression)?.fields ?? []) deps.add(key);
    if (source.columns !== undefined) {
      const graph = new Map<string, string[]>();
      for (const column of source.columns) {
        const columnDeps = new Set<string>();
        for (const expression of column.expressions) {
          const refs = referencesOf(expression);
          for (const key of refs?.fields ?? []) deps.add(key);
          for (const c of refs?.columns ?? []) columnDeps.add(c);
        }
        if (!graph.has(column.key)) graph.set(column.key, [...columnDeps]);
      }
      columns.set(source.key, graph);
    }
    if (!fields.has(source.key)) fields.set(source.key, [...deps]);
  }
  return { fields, columns };
}
