import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FieldError } from '../model/run.js';
import type { FormSchema, FormStep } from '../schema/form.js';
import { controlId, renderField, t } from './controls.js';

/* One step of `<sjt-form>` and its error summary (GOV.UK pattern). */

/** What a step needs from the element. @internal */
export interface StepContext {
  readonly locale: Locale;
  readonly set: (key: string, value: unknown) => void;
  readonly blur: (key: string, control: EventTarget | null) => void;
  readonly errors: ReadonlyMap<string, string>;
  /** The prefill note and lock of a field holding `value`. */
  readonly prefill: (key: string, value: unknown) => { note: string | undefined; locked: boolean };
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
          return renderField(field, state, { locale, set: ctx.set, blur: ctx.blur, error: ctx.errors.get(field.key), note, locked });
        })}
      </section>`;
    })}`;
}

/** One error per field, in document order. @internal */
export function firstPerField(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.key) && seen.add(e.key) !== undefined);
}

/** Renders the error summary; `go` shows and focuses a field. @internal */
export function renderSummary(summary: readonly FieldError[] | undefined, locale: Locale, go: (key: string) => void): TemplateResult | typeof nothing {
  if (summary === undefined || summary.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="sjt-error-summary-title">
    <h3 id="sjt-error-summary-title">${t('ERROR_SUMMARY_TITLE', locale)}</h3>
    <ul>
      ${summary.map((error) => html`<li><a href="#${controlId(error.key)}" data-key=${error.key} @click=${(e: Event) => {
        e.preventDefault();
        go(error.key);
      }}>${error.message}</a></li>`)}
    </ul>
  </div>`;
}
