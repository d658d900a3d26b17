import { html, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isEmptyValue } from '../expressions/values.js';
import type { FormEvaluation } from '../model/evaluate.js';
import { isComputed, type FieldState } from '../model/run.js';
import type { FormField, FormStep } from '../schema/form.js';
import { controlId, optionLabel, t, unitText } from './controls.js';

/*
 * The "check your answers" page of `<sjt-form>` (GOV.UK pattern): each visible answer of each
 * visible step, with a link back to its step.
 */

/** An answer as the applicant reads it; `divisionNames` gives a division code's names path. @internal */
export function answerText(field: FormField, value: unknown, locale: Locale, divisionNames?: (code: string) => string | undefined): string {
  if (field.type === 'switch') return value === true ? t('YES', locale) : value === false ? t('NO', locale) : t('NOT_ANSWERED', locale);
  if (field.type === 'declaration') return value === true ? t('CONFIRMED', locale) : t('NOT_ANSWERED', locale);
  if (isEmptyValue(value)) return t('NOT_ANSWERED', locale);
  if (field.type === 'division' && typeof value === 'string') return divisionNames?.(value) ?? value;
  if (field.type === 'dateRange' && typeof value === 'object') {
    const half = (x: unknown) => (typeof x === 'string' && x !== '' ? x : t('NOT_ANSWERED', locale));
    return t('DATE_RANGE_TEXT', locale, { from: half((value as { from?: unknown }).from), to: half((value as { to?: unknown }).to) });
  }
  if (field.type === 'file' && Array.isArray(value)) return value.map((f: { name?: unknown }) => String(f?.name ?? '')).join(t('LIST_SEPARATOR', locale));
  if (field.type === 'table' && Array.isArray(value)) return t('TABLE_ROWS_TEXT', locale, { count: value.length });
  if (Array.isArray(value)) return value.map((v) => optionLabel(field, v, locale)).join(t('LIST_SEPARATOR', locale));
  if (field.constraints?.options !== undefined) return optionLabel(field, value, locale);
  const unit = field.type === 'number' || field.type === 'money' ? unitText(field, locale) : undefined;
  if (typeof value === 'object') return t('NOT_ANSWERED', locale);
  return unit === undefined ? String(value) : `${String(value)} ${unit}`;
}

/**
 * A table's answer as a table: a header per column shown in some row, a row header "第 n 行" per
 * row, each cell as `answerText` reads it (hidden cells empty). @internal
 */
export function answerTable(field: FormField, state: FieldState | undefined, locale: Locale, divisionNames?: (code: string) => string | undefined): TemplateResult | string {
  const rows: readonly unknown[] = Array.isArray(state?.value) ? state.value : [];
  if (rows.length === 0) return t('NOT_ANSWERED', locale);
  const columns = (field.columns ?? []).filter((c) => state?.rows?.some((r) => r[c.key]?.visible === true) === true);
  const cell = (row: unknown, key: string) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[key] : undefined);
  return html`<table class="answer-table">
    <thead><tr><td></td>${columns.map((c) => html`<th scope="col">${c.label[locale]}</th>`)}</tr></thead>
    <tbody>${rows.map((row, r) => html`<tr>
      <th scope="row">${t('TABLE_ROW', locale, { row: r + 1 })}</th>
      ${columns.map((c) => html`<td>${state?.rows?.[r]?.[c.key]?.visible === true ? answerText(c, cell(row, c.key), locale, divisionNames) : ''}</td>`)}
    </tr>`)}</tbody>
  </table>`;
}

/** The visible fields of `step`, in document order (the review page, the print view). @internal */
export function visibleFields(step: FormStep, evaluation: FormEvaluation): FormField[] {
  return step.sections.flatMap((section) => section.fields.filter((f) => evaluation.fields[f.key]?.visible === true));
}

/** Renders the review page. `edit` goes back to a step and focuses a field. @internal */
export function renderReview(
  steps: readonly FormStep[],
  evaluation: FormEvaluation,
  locale: Locale,
  edit: (stepId: string, key: string) => void,
  divisionNames?: (code: string) => string | undefined,
): TemplateResult {
  return html`<h3 id="sjt-review-title" tabindex="-1" part="step-title">${t('REVIEW_TITLE', locale)}</h3>
    ${steps.map((step) => {
      const rows = visibleFields(step, evaluation);
      if (rows.length === 0) return null;
      return html`<h4>${step.title[locale]}</h4>
        <dl class="review-list" part="review-list">
          ${rows.map((field) => {
            return html`<div class="review-row" data-key=${field.key}>
              <dt>${field.label[locale]}</dt>
              <dd>${field.type === 'table'
                ? answerTable(field, evaluation.fields[field.key], locale, divisionNames)
                : answerText(field, evaluation.fields[field.key]?.value, locale, divisionNames)}</dd>
              <dd>${isComputed(field)
                ? null
                : html`<a href="#${controlId(field.key)}" part="edit-link" data-edit=${field.key}
                    @click=${(e: Event) => { e.preventDefault(); edit(step.id, field.key); }}>${t('EDIT', locale)}<span class="visually-hidden"> ${field.label[locale]}</span></a>`}</dd>
            </div>`;
          })}
        </dl>`;
    })}`;
}
