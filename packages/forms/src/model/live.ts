import type { Locale } from '@sijitong/core';
import { FormsError } from '../errors.js';
import type { ExpressionScope } from '../expressions/compile.js';
import { expressionsMessages } from '../i18n/messages/expressions.js';
import type { FormSchema } from '../schema/form.js';
import { compiledForm, type CompiledForm } from './compiled.js';
import type { FormEvaluation } from './evaluate.js';
import { isComputed, runForm, submissionOf, type FieldError, type FieldState } from './run.js';
import { Collector, validateField } from './validate.js';
import { todayInChina, toExpressionValue, type FormValues } from './values.js';

/*
 * A form's evaluation kept current edit by edit: the renderer's keystroke path. An edit to a field
 * no expression reads changes nothing but that field's own value, so it costs the same in a form of
 * 50 fields as in one of 1,000; an edit to a field that other fields read re-runs the whole form
 * (as `evaluateForm` does) and reports which states changed. Validation of one field on a
 * keystroke likewise touches that field only.
 */

/** What the live evaluation needs besides the values. @internal */
export interface LiveOptions {
  readonly locale: Locale;
  /** Today (YYYY-MM-DD); today in China when unset. */
  readonly today?: string | undefined;
}

const sameState = (a: FieldState | undefined, b: FieldState): boolean =>
  a !== undefined && a.visible === b.visible && a.required === b.required && a.disabled === b.disabled && a.value === b.value && a.rows === b.rows;

/** A form's field states, updated in place as values change. @internal */
export class LiveEvaluation {
  readonly form: CompiledForm;
  /** Each field's state, in document order; unchanged states keep their identity across edits. */
  readonly states = new Map<string, FieldState>();
  /** Expressions that could not be evaluated, each on its field. */
  errors: readonly FieldError[] = [];
  /** Changes whenever a field is shown or hidden. */
  visibility = 0;
  private values: FormValues = {};
  private today = '';
  private locale: Locale = 'zh-CN';
  private submission: FormValues | undefined;

  constructor(schema: FormSchema) {
    this.form = compiledForm(schema);
  }

  /** Evaluates every field; returns the keys whose state changed. */
  all(values: FormValues, options: LiveOptions): Set<string> {
    this.values = values;
    this.locale = options.locale;
    this.today = options.today ?? todayInChina();
    this.submission = undefined;
    const run = runForm(this.form, values, { locale: this.locale, today: this.today });
    const changed = new Set<string>();
    // A field whose expression errors changed shows something new, too.
    const errorsOf = (errors: readonly FieldError[]) => {
      const byKey = new Map<string, string>();
      for (const e of errors) byKey.set(e.key, `${byKey.get(e.key) ?? ''}${e.path.join('.')} ${e.code} ${e.message}\n`);
      return byKey;
    };
    const errorsBefore = errorsOf(this.errors);
    const errorsAfter = errorsOf(run.errors);
    for (const key of new Set([...errorsBefore.keys(), ...errorsAfter.keys()])) if (errorsBefore.get(key) !== errorsAfter.get(key)) changed.add(key);
    for (const [key, state] of run.states) {
      const before = this.states.get(key);
      if (sameState(before, state)) continue;
      if (before?.visible !== state.visible) this.visibility++;
      this.states.set(key, state);
      changed.add(key);
    }
    this.errors = run.errors;
    return changed;
  }

  /** `values` differ from the last ones in field `key` only; returns the keys whose state changed. */
  change(key: string, values: FormValues, options: LiveOptions): Set<string> {
    const field = this.form.byKey.get(key);
    const state = this.states.get(key);
    const independent =
      field !== undefined && state !== undefined && state.visible && !this.form.readers.has(key) && !isComputed(field.spec) &&
      field.spec.type !== 'table' && this.errors.length === 0 &&
      options.locale === this.locale && (options.today ?? this.today) === this.today;
    if (!independent) return this.all(values, options);
    this.values = values;
    this.submission = undefined;
    this.states.set(key, { ...state, value: values[key] });
    return new Set([key]);
  }

  /** The scope expressions read: each visible field's value as the last evaluation left it. */
  private scope(): ExpressionScope {
    return {
      today: this.today,
      value: (key) => {
        const field = this.form.byKey.get(key);
        if (field === undefined) throw new FormsError(expressionsMessages, 'EXPR_FIELD_UNKNOWN', { key });
        return toExpressionValue(field.spec, this.states.get(key)?.value);
      },
    };
  }

  /** The errors of field `key` alone (its value, its cells, its rules, its expressions), as `validateValues` reports them. */
  validate(key: string): FieldError[] {
    const field = this.form.byKey.get(key);
    const state = this.states.get(key);
    if (field === undefined || state === undefined || !state.visible) return [];
    const out = new Collector(this.locale);
    // Validation builds no `Error` of its own (see `Collector.issue`), but core's identifier checks
    // throw theirs inside zod; they become plain `FieldError`s at once, so capturing their stack
    // traces would be wasted on a keystroke.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      validateField(field, state.value, state, this.scope(), out);
    } finally {
      Error.stackTraceLimit = limit;
    }
    return [...this.errors.filter((e) => e.key === key), ...out.errors];
  }

  /** The evaluation as `evaluateForm` returns it (built on demand: review page, print view). */
  evaluation(): FormEvaluation {
    this.submission ??= submissionOf(this.form, runForm(this.form, this.values, { locale: this.locale, today: this.today }));
    return { fields: Object.fromEntries(this.states), values: this.submission, errors: this.errors };
  }
}
