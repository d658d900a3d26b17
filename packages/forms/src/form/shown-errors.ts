import type { Locale } from '@sijitong/core';
import type { FormModel } from '../model/form-model.js';
import { isComputed, type EvaluateOptions, type FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { FormColumn, FormField } from '../schema/form.js';
import { t } from './controls.js';
import { cellKey } from './table-control.js';

/*
 * The errors `<sjt-form>` shows, keyed by where they show: a field's errors under its key, a table
 * cell's under `tableKey.row.column` (so `controlId` of the key is the cell control's id, and the
 * summary link focuses the cell). A key of a field has no all-digit segment, so the two never mix.
 */

/** The key `error` is shown under: its field's key, or `tableKey.row.column` for a table cell. @internal */
export function errorKeyOf(error: FieldError): string {
  const [, row, column] = error.path;
  return typeof row === 'number' && typeof column === 'string' ? cellKey(error.key, row, column) : error.key;
}

/** What the summary leads an error with: the field's label, and the row for a cell ("家庭成员第 2 行"). @internal */
export function summaryLabel(error: FieldError, label: string | undefined, locale: Locale): string | undefined {
  const [, row, column] = error.path;
  return label !== undefined && typeof row === 'number' && typeof column === 'string' ? t('TABLE_CELL_LABEL', locale, { label, row: row + 1 }) : label;
}

/** Whether the shown key `shown` belongs to field `key`: the field itself or one of its cells. @internal */
export function within(shown: string, key: string): boolean {
  return shown === key || (shown.startsWith(`${key}.`) && /^\d/.test(shown.slice(key.length + 1)));
}

/** The field a shown key belongs to: the key itself, or the table of a cell key (`table.0.column`). @internal */
export function ownerOf(shown: string): string {
  const parts = shown.split('.');
  const row = parts.findIndex((p) => /^\d+$/.test(p));
  return row <= 0 ? shown : parts.slice(0, row).join('.');
}

/** One error per shown key, in document order. @internal */
export function firstPerKey(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = errorKeyOf(e);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** The field or column an error path names. */
function specAt(model: FormModel, path: readonly (string | number)[]): { spec: FormField | FormColumn; depth: number } | undefined {
  const field = model.fields.get(String(path[0]));
  if (field === undefined) return undefined;
  const column = typeof path[1] === 'number' ? field.columns?.find((c) => c.key === path[2]) : undefined;
  return column === undefined ? { spec: field, depth: 1 } : { spec: column, depth: 3 };
}

/**
 * Whether `error` is an expression of the form that could not be evaluated (`EXPR_*`). The element
 * draws these from the live evaluation (they come and go with other fields' answers), never from
 * its shown errors; the summary lists them on submit. @internal
 */
export const isExpressionError = (error: FieldError): boolean => error.code.startsWith('EXPR_');

/** The errors a field keeps showing once shown: all but expression errors (see {@link isExpressionError}). @internal */
export const fieldErrors = (errors: readonly FieldError[]): FieldError[] => errors.filter((e) => !isExpressionError(e));

/**
 * The shown errors with the expressions that cannot be evaluated now (`failing`) on their fields and
 * cells, as drawn; a shown error wins over an expression's on the same key. @internal
 */
export function withExpressionErrors(
  shown: ReadonlyMap<string, string>,
  failing: readonly FieldError[],
  model: FormModel,
  locale: Locale,
): ReadonlyMap<string, string> {
  if (failing.length === 0) return shown;
  const drawn = new Map(firstPerKey(presented(model, failing, locale)).map((e) => [errorKeyOf(e), e.message]));
  for (const [key, message] of shown) drawn.set(key, message);
  return drawn;
}

/**
 * Errors as the applicant reads them: a date range with one half missing says which half ("请填写
 * “设置期限”的结束日期。") rather than the element schema's type error; an expression of the form
 * that could not be evaluated (`EXPR_*`, e.g. a division by zero) names the field and what to check,
 * not the expression (its code and params stay for the host). @internal
 */
export function presented(model: FormModel, errors: readonly FieldError[], locale: Locale): FieldError[] {
  return errors.map((error) => {
    if (isExpressionError(error)) {
      const spec = specAt(model, error.path)?.spec;
      if (spec === undefined) return error;
      return { ...error, message: t(isComputed(spec) ? 'FIELD_NOT_COMPUTABLE' : 'FIELD_NOT_CHECKABLE', locale, { label: spec.label[locale] }) };
    }
    const half = error.path.at(-1);
    if (error.code !== 'SCHEMA_INVALID_TYPE' || (half !== 'from' && half !== 'to')) return error;
    const at = specAt(model, error.path);
    if (at === undefined || at.spec.type !== 'dateRange' || at.depth !== error.path.length - 1) return error;
    const label = at.spec.label[locale];
    return { ...error, message: t(half === 'from' ? 'DATE_RANGE_MISSING_FROM' : 'DATE_RANGE_MISSING_TO', locale, { label }) };
  });
}

/** Every error of `values`, presented. @internal */
export function validationErrors(model: FormModel, values: FormValues, options: EvaluateOptions): FieldError[] {
  return presented(model, model.validate(values, options).errors, options.locale ?? 'zh-CN');
}

/**
 * The shown errors after re-validating field or cell `key`: the errors shown within it are
 * refreshed (dropped once fixed); `key`'s own error is added when `own` (on blur), not otherwise
 * (while typing, an error is only updated once shown). @internal
 */
export function recheck(shown: ReadonlyMap<string, string>, errors: readonly FieldError[], key: string, own: boolean): Map<string, string> {
  const next = new Map([...shown].filter(([k]) => !within(k, key)));
  for (const error of firstPerKey(errors)) {
    const at = errorKeyOf(error);
    if (within(at, key) && ((own && at === key) || shown.has(at))) next.set(at, error.message);
  }
  return next;
}

/** The shown errors and summary again from `errors` (e.g. in a new locale): the same keys. @internal */
export function reshown(
  shown: ReadonlyMap<string, string>,
  summary: readonly FieldError[] | undefined,
  errors: readonly FieldError[],
): { errors: Map<string, string>; summary: FieldError[] | undefined } {
  const all = firstPerKey(errors);
  const inSummary = new Set(summary?.map(errorKeyOf));
  return {
    errors: new Map(firstPerKey(fieldErrors(errors)).filter((e) => shown.has(errorKeyOf(e))).map((e) => [errorKeyOf(e), e.message])),
    summary: summary === undefined ? undefined : all.filter((e) => inSummary.has(errorKeyOf(e))),
  };
}
