import type { ValidationRule } from '../schema/field.js';
import type { FormColumn, FormField } from '../schema/form.js';
import { allOf, anyOf, ALWAYS, type Renamer } from './conditions.js';
import type { MergeReport } from './conflicts.js';
import { reconcileConstraints } from './constraints.js';

/** One item's definition of a key, with the conditions under which that item's form shows it. @internal */
export interface SpecSource<F extends FormField | FormColumn> {
  /** The item. */
  readonly item: string;
  /** Its field or column. */
  readonly spec: F;
  /** What shows the field in that item's form besides its own `visibleWhen` (step and section; for a column, its table), renamed. */
  readonly outer: string | undefined;
  /** Rewrites that item's expressions into the merged keys. */
  readonly renamer: Renamer;
}

/** How to reconcile. @internal */
export interface ReconcileOptions {
  /** Key of the result (material uploads: may differ from the sources' keys). */
  readonly key: string;
  /** Key as shown in conflicts (`table.column` for columns). */
  readonly shownKey?: string | undefined;
  /** Force `required` (the notification requires the material). */
  readonly required?: boolean | undefined;
  /** Keep `materialId` (false for merged material uploads, which serve several items). */
  readonly keepMaterialId?: boolean | undefined;
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/**
 * Reconciles one key's definitions across items into one, the stricter winning. Visibility: shown
 * when any item's form shows it. Requiredness: required when an item that shows it requires it.
 * Disabled when any says so. Rules of every item apply while that item's form shows the field.
 * Conflicts (types, options, units, ranges, computations, statements) go to `report`; the result is
 * then `undefined`. @internal
 */
export function reconcileSpec<F extends FormField | FormColumn>(
  sources: readonly SpecSource<F>[],
  options: ReconcileOptions,
  report: MergeReport,
): F | undefined {
  const first = sources[0] as SpecSource<F>;
  // One item, nothing to fold or rename: its definition as it is (the common case).
  if (sources.length === 1 && first.outer === undefined && !first.renamer.renames && options.required !== true && first.spec.key === options.key) {
    if (options.keepMaterialId !== false || first.spec.materialId === undefined) return first.spec;
    const { materialId: _dropped, ...rest } = first.spec;
    return rest as F;
  }
  const key = options.shownKey ?? options.key;
  const types = new Set(sources.map((s) => s.spec.type));
  if (types.size > 1) {
    report.conflict('MERGE_TYPE_MISMATCH', key, sources.map((s) => ({ item: s.item, value: s.spec.type })));
    return undefined;
  }
  let ok = true;
  const type = first.spec.type;
  const constraints = reconcileConstraints(key, type, sources.map((s) => ({ item: s.item, constraints: s.spec.constraints ?? {} })), report);
  if (constraints === undefined) ok = false;

  const rename = (s: SpecSource<F>, source: string | undefined) => s.renamer.apply(source);
  const visibility = sources.map((s) => allOf([s.outer, rename(s, s.spec.visibleWhen)]));
  const visibleWhen = visibility.includes(undefined) ? undefined : anyOf(visibility as string[]);

  // An item's condition matters only where the merged field shows more than that item's form does.
  const within = (i: number, condition: string) => (visibility[i] === visibleWhen ? condition : (allOf([visibility[i], condition]) ?? ALWAYS));
  const requiredTerms = sources.flatMap((s, i) => {
    const own = s.spec.required === true ? ALWAYS : rename(s, s.spec.requiredWhen);
    return own === undefined ? [] : [within(i, own)];
  });
  const requiredAny = anyOf(requiredTerms);
  // Required exactly when shown is simply required.
  const required = options.required === true || requiredAny === ALWAYS || (requiredAny !== undefined && requiredAny === visibleWhen);
  const requiredWhen = required ? undefined : requiredAny;

  const disabled = sources.some((s) => s.spec.disabled === true);
  const disabledWhen = disabled ? undefined : anyOf(sources.flatMap((s) => rename(s, s.spec.disabledWhen) ?? []));

  const computing = sources.filter((s) => s.spec.compute !== undefined);
  const computes = new Set(computing.map((s) => rename(s, s.spec.compute)));
  if (computes.size > 1) {
    report.conflict('MERGE_COMPUTE_MISMATCH', key, computing.map((s) => ({ item: s.item, value: rename(s, s.spec.compute) })));
    ok = false;
  }
  const statements = sources.filter((s) => s.spec.statement !== undefined);
  if (new Set(statements.map((s) => s.spec.statement?.['zh-CN'])).size > 1) {
    report.conflict('MERGE_STATEMENT_MISMATCH', key, statements.map((s) => ({ item: s.item, value: s.spec.statement?.['zh-CN'] })));
    ok = false;
  }
  const validateAs = sources.filter((s) => s.spec.validateAs !== undefined);
  if (new Set(validateAs.map((s) => JSON.stringify(s.spec.validateAs))).size > 1) {
    report.conflict('MERGE_VALIDATE_AS_MISMATCH', key, validateAs.map((s) => ({ item: s.item, value: s.spec.validateAs })));
    ok = false;
  }

  const rules = new Map<string, ValidationRule>();
  sources.forEach((s, i) => {
    for (const rule of s.spec.validations ?? []) {
      const when = within(i, rename(s, rule.when) as string);
      const merged = { ...rule, when };
      rules.set(`${when}\u0000${rule.message['zh-CN']}`, merged);
    }
  });

  let columns: FormColumn[] | undefined;
  if (type === 'table') {
    columns = reconcileColumns(sources as readonly SpecSource<FormField>[], visibility, options.key, report);
    if (columns === undefined) ok = false;
  }
  if (!ok) return undefined;

  const spec = first.spec;
  return definedOnly({
    ...spec,
    key: options.key,
    element: spec.element,
    visibleWhen,
    required: required ? true : undefined,
    requiredWhen,
    disabled: disabled ? true : undefined,
    disabledWhen,
    compute: computing[0] === undefined ? undefined : rename(computing[0], computing[0].spec.compute),
    constraints: constraints === undefined || Object.keys(constraints).length === 0 ? undefined : constraints,
    validations: [...rules.values()],
    validateAs: validateAs[0]?.spec.validateAs,
    materialId: options.keepMaterialId === false ? undefined : spec.materialId,
    columns,
  }) as unknown as F;
}

/** Columns of a table across items, matched by column key; a column shows while its item's form shows the table. */
function reconcileColumns(sources: readonly SpecSource<FormField>[], visibility: readonly (string | undefined)[], key: string, report: MergeReport): FormColumn[] | undefined {
  const byKey = new Map<string, SpecSource<FormColumn>[]>();
  sources.forEach((s, i) => {
    for (const column of s.spec.columns ?? []) {
      const list = byKey.get(column.key) ?? [];
      list.push({ item: s.item, spec: column, outer: visibility[i], renamer: s.renamer });
      byKey.set(column.key, list);
    }
  });
  let ok = true;
  const columns: FormColumn[] = [];
  for (const [column, list] of byKey) {
    const merged = reconcileSpec(list, { key: column, shownKey: `${key}.${column}` }, report);
    if (merged === undefined) ok = false;
    else columns.push(merged);
  }
  return ok ? columns : undefined;
}
