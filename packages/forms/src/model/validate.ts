import * as z from 'zod/mini';
import { localizeIssue, translate, type ElementSchema, type Locale, type MessageParams, type Messages } from '@sijitong/core';
import type { ExpressionScope } from '../expressions/compile.js';
import { isEmptyValue } from '../expressions/values.js';
import { FormsError } from '../errors.js';
import { validationMessages } from '../i18n/messages/validation.js';
import type { FormSchema } from '../schema/form.js';
import { compiledForm, type CompiledField, type CompiledSpec } from './compiled.js';
import { fileProblems } from './files.js';
import { isComputed, rowScopeOf, runForm, safely, type CellState, type EvaluateOptions, type FieldError, type FieldState } from './run.js';
import { valueSchemaOf } from './value-schema.js';
import type { FormValues } from './values.js';

/** What {@link validateValues} found. */
export interface ValidationResult {
  /** No error. */
  readonly ok: boolean;
  /** Every error: each field's, each cell's, each failed rule and each expression that could not be evaluated. */
  readonly errors: readonly FieldError[];
  /**
   * The submission: the visible fields' values (computed ones recomputed, hidden fields and
   * unknown keys dropped, text trimmed), in document order. Send this, not the raw input.
   */
  readonly values: FormValues;
}

type Path = readonly (string | number)[];

/** Collects errors with their paths, in one locale. @internal */
export class Collector {
  readonly errors: FieldError[] = [];
  readonly locale: Locale;

  constructor(locale: Locale) {
    this.locale = locale;
  }

  /**
   * Adds the error `code` of `catalogue` at `path`. Building the `FieldError` directly, without a
   * `FormsError` in between, keeps `Error` construction (a slow runtime call) off the keystroke path.
   */
  issue<K extends string>(catalogue: Messages<K>, code: NoInfer<K>, params: MessageParams, path: Path): void {
    this.errors.push({ key: String(path[0]), path: [...path], code, params, message: translate(catalogue, code, params, this.locale) });
  }

  add(error: FormsError, path: Path): void {
    const at = [...path, ...error.path];
    this.errors.push({ key: String(at[0]), path: at, code: error.code, params: error.params, message: error.localized(this.locale) });
  }

  zod(issues: readonly z.core.$ZodIssue[], path: Path): void {
    for (const issue of issues) {
      const { code, params, message, path: inner } = localizeIssue(issue, this.locale);
      const at = [...path, ...inner.filter((p): p is string | number => typeof p !== 'symbol')];
      this.errors.push({ key: String(at[0]), path: at, code, params, message });
    }
  }
}

type Parsed = { readonly success: true; readonly data: unknown } | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Parses `value` with `schema` through zod's Standard Schema interface (`~standard.validate`), which
 * returns zod's finalized issues without building an error object: a failing keystroke only needs
 * the issues, and constructing an `Error` costs more than the check. Our value schemas are
 * synchronous; should one ever answer with a promise (a check that throws), `z.safeParse` gives
 * the synchronous answer (or throws) as before.
 */
function parseValue(schema: ElementSchema, value: unknown): Parsed {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    result.catch(() => undefined); // answered below, synchronously
    const parsed = z.safeParse(schema, value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
  }
  // zod's Standard Schema issues are its own finalized issues (code, path, params), typed as the standard's.
  return result.issues === undefined ? { success: true, data: result.value } : { success: false, issues: result.issues as readonly z.core.$ZodIssue[] };
}

const labelParams = (spec: CompiledSpec) => ({ label: spec.spec.label['zh-CN'], labelEn: spec.spec.label.en });

/** Validates one field's or cell's value; returns the value to submit (normalised when valid). */
function validateOne(spec: CompiledSpec, value: unknown, state: CellState, path: Path, scope: ExpressionScope, out: Collector): unknown {
  for (const { rule, when } of spec.rules) {
    if (safely(out.errors, out.locale, path, false, () => when.test(scope))) {
      const params = { rule: rule.id ?? '', message: rule.message['zh-CN'], messageEn: rule.message.en };
      out.issue(validationMessages, 'FIELD_RULE_FAILED', params, path);
    }
  }
  if (isComputed(spec.spec)) return value;
  if (isEmptyValue(value)) {
    if (state.required) out.issue(validationMessages, 'FIELD_REQUIRED', { key: spec.key, ...labelParams(spec) }, path);
    return undefined;
  }
  switch (spec.spec.type) {
    case 'declaration':
      if (typeof value !== 'boolean') out.issue(validationMessages, 'DECLARATION_INVALID', labelParams(spec), path);
      else if (state.required && !value) out.issue(validationMessages, 'DECLARATION_NOT_CONFIRMED', labelParams(spec), path);
      return value;
    case 'file':
      for (const problem of fileProblems(spec.spec, value)) out.add(problem, path);
      return value;
    case 'table':
      return value;
    default: {
      const schema = valueSchemaOf(spec.spec, (key) => scope.value(key));
      if (schema === undefined) return value;
      const result = parseValue(schema, value);
      if (!result.success) {
        out.zod(result.issues, path);
        return value;
      }
      return result.data;
    }
  }
}

/** Validates a table's rows and their visible cells; returns the rows to submit. */
function validateTable(field: CompiledField, value: unknown, rows: readonly Readonly<Record<string, CellState>>[], scope: ExpressionScope, out: Collector): unknown {
  const label = labelParams(field);
  if (!Array.isArray(value)) {
    out.issue(validationMessages, 'TABLE_INVALID', label, [field.key]);
    return value;
  }
  const { minRows, maxRows } = field.spec.constraints ?? {};
  if (minRows !== undefined && value.length < minRows) out.issue(validationMessages, 'TABLE_TOO_FEW_ROWS', { ...label, min: minRows }, [field.key]);
  if (maxRows !== undefined && value.length > maxRows) out.issue(validationMessages, 'TABLE_TOO_MANY_ROWS', { ...label, max: maxRows }, [field.key]);
  return value.map((row: unknown, r) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      out.issue(validationMessages, 'TABLE_ROW_INVALID', { ...label, row: r + 1 }, [field.key, r]);
      return row;
    }
    const cells = row as Readonly<Record<string, unknown>>;
    const rowScope = rowScopeOf(scope, field, cells);
    const submitted: Record<string, unknown> = {};
    for (const column of field.columns) {
      const state = rows[r]?.[column.key];
      if (state === undefined || !state.visible) continue;
      const cell = validateOne(column, cells[column.key], state, [field.key, r, column.key], rowScope, out);
      if (!isEmptyValue(cell)) submitted[column.key] = cell;
    }
    return submitted;
  });
}

/**
 * Validates a visible field (`value` as the evaluation left it): its value, its rules and, for a
 * table, its rows and cells; returns the value to submit. @internal
 */
export function validateField(field: CompiledField, value: unknown, state: FieldState, scope: ExpressionScope, out: Collector): unknown {
  const submitted = validateOne(field, value, state, [field.key], scope, out);
  return field.spec.type === 'table' && !isEmptyValue(value) ? validateTable(field, value, state.rows ?? [], scope, out) : submitted;
}

/**
 * Validates a form's values the same way in the browser and on the server: evaluates visibility,
 * computed values and requiredness (see `evaluateForm`), then checks every visible field (hidden
 * fields are neither validated nor submitted):
 *
 * - empty and required → `FIELD_REQUIRED` (a disabled field is never required: the applicant cannot fill it);
 * - a present value → the zod schema of its data element, built by core from its type and
 *   constraints (identifier checksums, lengths, patterns, ranges, options…), with `validateAs`
 *   applied (an ID number is checked as a resident ID when the ID type says so);
 * - uploads → count, size and type limits; tables → row counts, then each visible cell as a field;
 *   declarations → confirmed when required;
 * - each cross-field rule whose `when` holds → `FIELD_RULE_FAILED` with the rule's message;
 * - an expression that cannot be evaluated (division by zero, type mismatch) → its `EXPR_*` error
 *   on that field, never an exception.
 *
 * Messages are in `options.locale` (zh-CN by default).
 *
 * @example
 * ```ts
 * const { ok, errors, values } = validateValues(schema, input, { locale: 'en', today: '2026-05-01' });
 * if (ok) await adapter.submit(values);
 * ```
 */
export function validateValues(schema: FormSchema, values: FormValues, options: EvaluateOptions = {}): ValidationResult {
  const form = compiledForm(schema);
  const run = runForm(form, values, options);
  const out = new Collector(run.locale);
  const submission: Record<string, unknown> = {};
  for (const field of form.fields) {
    const state = run.states.get(field.key);
    if (state === undefined || !state.visible || Object.hasOwn(submission, field.key)) continue;
    const submitted = validateField(field, run.effective.get(field.key), state, run.scope, out);
    if (!isEmptyValue(submitted)) submission[field.key] = submitted;
  }
  const errors = [...run.errors, ...out.errors];
  return { ok: errors.length === 0, errors, values: submission };
}
