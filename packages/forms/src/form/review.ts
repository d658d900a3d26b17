import { html, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isEmptyValue } from '../expressions/values.js';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FormField, FormStep } from '../schema/form.js';
import { controlId, optionLabel, t, unitText } from './controls.js';

/*
 * The "check your answers" page of `<sjt-form>` (GOV.UK pattern): each visible answer of each
 * visible step, with a link back to its step.
 */


/** An answer as the applicant reads it. @internal */
export function answerText(field: FormField, value: unknown, locale: Locale): string {
  if (field.type === 'switch') return value === true ? t('YES', locale) : value === false ? t('NO', locale) : t('NOT_ANSWERED', locale);
  if (field.type === 'declaration') return value === true ? t('CONFIRMED', locale) : t('NOT_ANSWERED', locale);
  if (isEmptyValue(value)) return t('NOT_ANSWERED', locale);
  if (Array.isArray(value)) return value.map((v) => optionLabel(field, v, locale)).join(t('LIST_SEPARATOR', locale));
  if (field.constraints?.options !== undefined) return optionLabel(field, value, locale);
  const unit = field.type === 'number' || field.type === 'money' ? unitText(field, locale) : undefined;
  if (typeof value === 'object') return t('NOT_ANSWERED', locale);
  return unit === undefined ? String(value) : `${String(value)} ${unit}`;
}

/** Renders the review page. `edit` goes back to a step and focuses a field. @internal */
export function renderReview(
  steps: readonly FormStep[],
  evaluation: FormEvaluation,
  locale: Locale,
  edit: (stepId: string, key: string) => void,
): TemplateResult {
  return html`<h3 id="sjt-review-title" tabindex="-1" part="step-title">${t('REVIEW_TITLE', locale)}</h3>
    ${steps.map((step) => {
      const rows = step.sections.flatMap((section) => section.fields.filter((f) => evaluation.fields[f.key]?.visible === true));
      if (rows.length === 0) return null;
      return html`<h4>${step.title[locale]}</h4>
        <dl class="review-list" part="review-list">
          ${rows.map((field) => {
            const readOnly = field.compute !== undefined || field.type === 'computed';
            return html`<div class="review-row" data-key=${field.key}>
              <dt>${field.label[locale]}</dt>
              <dd>${answerText(field, evaluation.fields[field.key]?.value, locale)}</dd>
              <dd>${readOnly
                ? null
                : html`<a href="#${controlId(field.key)}" part="edit-link" data-edit=${field.key}
                    @click=${(e: Event) => { e.preventDefault(); edit(step.id, field.key); }}>${t('EDIT', locale)}<span class="visually-hidden"> ${field.label[locale]}</span></a>`}</dd>
            </div>`;
          })}
        </dl>`;
    })}`;
}
