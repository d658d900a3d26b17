import type { Locale } from '@sijitong/core';
import type { CompiledExpression, ExpressionScope } from '../expressions/compile.js';
import { isEmptyValue } from '../expressions/values.js';
import { FormsError } from '../errors.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';
import type { FormColumn, FormField } from '../schema/form.js';
import type { CompiledField, CompiledForm, CompiledSpec } from './compiled.js';
import { fromExpressionValue, todayInChina, toExpressionValue, type FormValues } from './values.js';

/** Options of `evaluateForm` and `validateValues`. */
export interface EvaluateOptions {
  /** Language of error messages (default zh-CN). */
  readonly locale?: Locale | undefined;
  /** Today's date (YYYY-MM-DD) for `today()` and `age()`; today in China when omitted. Pass it to re-validate reproducibly. */
  readonly today?: string | undefined;
}

/** One problem with a value, or with evaluating one of a field's expressions. */
export interface FieldError {
  /** Key of the field. */
  readonly key: string;
  /** Where in the values: `[key]`, `[key, 'from']`, `[tableKey, row, column]`… */
  readonly path: readonly (string | number)[];
  /** Stable code, e.g. `FIELD_REQUIRED`, `RESIDENT_ID_CHECKSUM`, `FIELD_RULE_FAILED`, `EXPR_DIVISION_BY_ZERO`. */
  readonly code: string;
  /** The values the message is built from. */
  readonly params: Readonly<Record<string, string | number>>;
  /** What is wrong and what to do, in the asked locale. */
  readonly message: string;
}

/** The state of a table cell. */
export interface CellState {
  /** Shown. */
  readonly visible: boolean;
  /** A value is required. */
  readonly required: boolean;
  /** Not editable. */
  readonly disabled: boolean;
}

/** The state of a field given the values. */
export interface FieldState extends CellState {
  /** The field key. */
  readonly key: string;
  /** The value the form holds: the input, or the computed value; `undefined` when hidden. */
  readonly value: unknown;
  /** Table fields: the state of each cell, row by row. */
  readonly rows?: readonly Readonly<Record<string, CellState>>[] | undefined;
}

/** The outcome of one evaluation pass. @internal */
export interface Run {
  /** States in document order. */
  readonly states: ReadonlyMap<string, FieldState>;
  /** Value of each visible field (tables: rows with hidden cells dropped and computed cells filled). */
  readonly effective: ReadonlyMap<string, unknown>;
  /** Expression errors. */
  readonly errors: FieldError[];
  /** The scope top-level expressions read. */
  readonly scope: ExpressionScope;
  /** The locale of messages. */
  readonly locale: Locale;
}

/** Evaluates `expression`, turning an evaluation error into a {@link FieldError}; `fallback` on error. @internal */
export function safely<T>(
  errors: FieldError[],
  locale: Locale,
  path: readonly (string | number)[],
  fallback: T,
  evaluate: () => T,
): T {
  try {
    return evaluate();
  } catch (error) {
    if (!(error instanceof FormsError)) throw error;
    errors.push({ key: String(path[0]), path, code: error.code, params: error.params, message: error.localized(locale) });
    return fallback;
  }
}

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cells computed and hidden per row: the table's value as other expressions see it. */
function evaluateRows(field: CompiledField, raw: unknown, scope: ExpressionScope, errors: FieldError[], locale: Locale) {
  if (!Array.isArray(raw)) return { value: raw, visibleCells: [] as Set<string>[] };
  const visibleCells: Set<string>[] = [];
  const rows = raw.map((row: unknown, r) => {
    if (!isRow(row)) {
      visibleCells.push(new Set());
      return row;
    }
    const cells = new Map<string, unknown>();
    const visible = new Set<string>();
    const rowScope: ExpressionScope = { ...scope, value: scope.value, row: (c) => toExpressionValue(specOfColumn(field, c), cells.get(c)) };
    for (const column of field.columnOrder) {
      const path = [field.key, r, column.key];
      const shown = column.visibility.every((e) => safely(errors, locale, path, true, () => e.test(rowScope)));
      const compute = column.compute;
      const value =
        compute === undefined ? row[column.key] : safely(errors, locale, path, undefined, () => fromExpressionValue(column.spec, compute.evaluate(rowScope)));
      if (shown) {
        visible.add(column.key);
        cells.set(column.key, value);
      }
    }
    visibleCells.push(visible);
    const out: Record<string, unknown> = {};
    for (const column of field.columns) if (!isEmptyValue(cells.get(column.key))) out[column.key] = cells.get(column.key);
    return out;
  });
  return { value: rows, visibleCells };
}

function specOfColumn(field: CompiledField, column: string): FormColumn | undefined {
  return field.columns.find((c) => c.key === column)?.spec;
}

/** The scope of an expression of a table row (column rules and flags): `scope` and the row's cells. @internal */
export function rowScopeOf(scope: ExpressionScope, field: CompiledField, row: Readonly<Record<string, unknown>>): ExpressionScope {
  return { ...scope, row: (c) => toExpressionValue(specOfColumn(field, c), row[c]) };
}

function flag(spec: CompiledSpec, which: 'required' | 'disabled', scope: ExpressionScope, errors: FieldError[], locale: Locale, path: readonly (string | number)[]): boolean {
  if (spec.spec[which] === true) return true;
  const condition: CompiledExpression | undefined = which === 'required' ? spec.requiredWhen : spec.disabledWhen;
  return condition !== undefined && safely(errors, locale, path, false, () => condition.test(scope));
}

/**
 * Evaluates a form: visibility and computed values in dependency order (a hidden field reads as
 * empty to every expression), then requiredness and disabled state. @internal
 */
export function runForm(form: CompiledForm, values: FormValues, options: EvaluateOptions = {}): Run {
  const locale = options.locale ?? 'zh-CN';
  const errors: FieldError[] = [];
  const effective = new Map<string, unknown>();
  const visibleCells = new Map<string, Set<string>[]>();
  const scope: ExpressionScope = {
    today: options.today ?? todayInChina(),
    value: (key) => {
      const field = form.byKey.get(key);
      if (field === undefined) throw new FormsError(expressionsMessages, 'EXPR_FIELD_UNKNOWN', { key });
      return toExpressionValue(field.spec, effective.get(key));
    },
  };
  const shown = new Map<string, boolean>();
  for (const field of form.order) {
    const path = [field.key];
    const visible = field.visibility.every((e) => safely(errors, locale, path, true, () => e.test(scope)));
    shown.set(field.key, visible);
    if (!visible) continue;
    const compute = field.compute;
    let value = compute === undefined ? values[field.key] : safely(errors, locale, path, undefined, () => fromExpressionValue(field.spec, compute.evaluate(scope)));
    if (field.spec.type === 'table') {
      const rows = evaluateRows(field, value, scope, errors, locale);
      value = rows.value;
      visibleCells.set(field.key, rows.visibleCells);
    }
    effective.set(field.key, value);
  }

  const states = new Map<string, FieldState>();
  for (const field of form.fields) {
    if (states.has(field.key)) continue;
    const visible = shown.get(field.key) ?? true;
    const path = [field.key];
    const disabled = visible && flag(field, 'disabled', scope, errors, locale, path);
    const required = visible && !disabled && flag(field, 'required', scope, errors, locale, path);
    const value = visible ? effective.get(field.key) : undefined;
    const cells = visibleCells.get(field.key);
    const rows =
      cells === undefined || !Array.isArray(value)
        ? undefined
        : value.map((row: unknown, r) => {
            const scopeOfRow = rowScopeOf(scope, field, isRow(row) ? row : {});
            const visibleHere = cells[r] ?? new Set<string>();
            return Object.fromEntries(
              field.columns.map((column): [string, CellState] => {
                const cellPath = [field.key, r, column.key];
                const cellVisible = visibleHere.has(column.key);
                const cellDisabled = cellVisible && flag(column, 'disabled', scopeOfRow, errors, locale, cellPath);
                const cellRequired = cellVisible && !cellDisabled && flag(column, 'required', scopeOfRow, errors, locale, cellPath);
                return [column.key, { visible: cellVisible, required: cellRequired, disabled: cellDisabled }];
              }),
            );
          });
    states.set(field.key, { key: field.key, visible, required, disabled, value, rows });
  }
  return { states, effective, errors, scope, locale };
}

/** The submission of a run: visible, non-empty values (computed ones included), in document order. @internal */
export function submissionOf(form: CompiledForm, run: Run): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of form.fields) {
    const value = run.effective.get(field.key);
    if (run.states.get(field.key)?.visible === true && !isEmptyValue(value)) out[field.key] = value;
  }
  return out;
}

/** Whether `spec`'s value is computed rather than entered. @internal */
export const isComputed = (spec: FormField | FormColumn): boolean => spec.compute !== undefined || spec.type === 'computed';
