import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FieldError } from '../model/run.js';
import type { FormSchema, FormStep } from '../schema/form.js';
import { controlId, renderField, t } from './controls.js';
import type { DivisionFields } from './division-field.js';
import { errorKeyOf, summaryLabel } from './shown-errors.js';
import type { Uploads } from './uploads.js';

/* One step of `<sjt-form>` and its error summary (GOV.UK pattern). */

/** What a step needs from the element. @internal */
export interface StepContext {
  readonly locale: Locale;
  readonly set: (key: string, value: unknown, at?: string) => void;
  readonly blur: (key: string, control: EventTarget | null) => void;
  /** Shown errors by field key, or `tableKey.row.column` for a table cell. */
  readonly errors: ReadonlyMap<string, string>;
  /** A field's value as stored now. */
  readonly raw?: ((key: string) => unknown) | undefined;
  /** The element's uploads. */
  readonly uploads?: Uploads | undefined;
  /** The prefill note and lock of a field holding `value`. */
  readonly prefill: (key: string, value: unknown) => { note: string | undefined; locked: boolean };
  /** The element's division fields. */
  readonly divisions?: DivisionFields | undefined;
}

/** The steps with a visible field (or no fields at all). @internal */
export function visibleSteps(schema: FormSchema, evaluation: FormEvaluation): FormStep[] {
  return schema.steps.filter((step) => {
    const fields = step.sections.flatMap((s) => s.fields);
    return fields.length === 0 || fields.some((f) => evaluation.fields[f.key]?.visible === true);
  });
}

/** Renders the visible sections and fields of `step`. @internal */
export function renderStep(step: FormStep, evaluation: FormEvaluation, wizard: boolean, ctx: StepContext): TemplateResult {
  const { locale } = ctx;
  return html`${wizard ? html`<h3 id="sjt-step-title" tabindex="-1" part="step-title">${step.title[locale]}</h3>` : nothing}
    ${step.description === undefined ? nothing : html`<p>${step.description[locale]}</p>`}
    ${step.sections.map((section) => {
      const fields = section.fields.filter((f) => evaluation.fields[f.key]?.visible === true);
      if (fields.length === 0) return nothing;
      return html`<section>
        <h4>${section.title[locale]}</h4>
        ${section.description === undefined ? nothing : html`<p>${section.description[locale]}</p>`}
        ${fields.map((field) => {
          const state = evaluation.fields[field.key];
          if (state === undefined) return nothing;
          const { note, locked } = ctx.prefill(field.key, state.value);
          return renderField(field, state, {
            locale, set: ctx.set, blur: ctx.blur, error: ctx.errors.get(field.key), note, locked, divisions: ctx.divisions,
            errors: ctx.errors, uploads: ctx.uploads, current: ctx.raw === undefined ? undefined : () => ctx.raw?.(field.key),
          });
        })}
      </section>`;
    })}`;
}

/**
 * An error as the summary lists it: the message, led by the field's label when the message does
 * not name it ("身份证号码：校验位不正确…"), since the summary stands away from the field. @internal
 */
export function summaryText(error: FieldError, label: string | undefined, locale: Locale): string {
  if (label === undefined || error.message.includes(label)) return error.message;
  return t('SUMMARY_ITEM', locale, { label, message: error.message });
}

/**
 * Renders the error summary; `go` shows the step of field `key` and focuses `target` (the field,
 * or the cell of a table: see `errorKeyOf`), `label` gives a field's label. @internal
 */
export function renderSummary(
  summary: readonly FieldError[] | undefined,
  locale: Locale,
  go: (key: string, target: string) => void,
  label: (key: string) => string | undefined = () => undefined,
): TemplateResult | typeof nothing {
  if (summary === undefined || summary.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="sjt-error-summary-title">
    <h3 id="sjt-error-summary-title">${t('ERROR_SUMMARY_TITLE', locale)}</h3>
    <ul>
      ${summary.map((error) => html`<li><a href="#${controlId(errorKeyOf(error))}" data-key=${error.key} @click=${(e: Event) => {
        e.preventDefault();
        go(error.key, errorKeyOf(error));
      }}>${summaryText(error, summaryLabel(error, label(error.key), locale), locale)}</a></li>`)}
    </ul>
  </div>`;
}
