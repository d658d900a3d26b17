import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Locale } from '@sijitong/core';
import { isEmptyValue } from '../expressions/values.js';
import { printMessages } from '../i18n/messages/print.js';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FileRef } from '../model/values.js';
import type { FormField, FormSchema, FormStep } from '../schema/form.js';
import { answerTable, answerText, visibleFields } from './review.js';

/*
 * The printable application form (申请表) of `<sjt-form>`: title, each visible answered field as
 * "label: value" in a table per step, the materials, the declarations and the applicant's
 * declaration with a signature line. No controls.
 */

type PrintText = Extract<keyof (typeof printMessages)['zh-CN'], string>;
const p = (key: PrintText, locale: Locale, params: Record<string, string> = {}): string => translate(printMessages, key, params, locale);

/** A value as printed: a date range spelled out, the rest as on the review page (tables print as `answerTable`). */
function printedValue(field: FormField, value: unknown, locale: Locale, divisionNames?: (code: string) => string | undefined): string {
  if (field.type === 'dateRange' && typeof value === 'object' && value !== null) {
    const range = value as { from?: unknown; to?: unknown };
    return `${String(range.from ?? '')} ~ ${String(range.to ?? '')}`;
  }
  return answerText(field, value, locale, divisionNames);
}

/** Renders the print view of the visible steps. @internal */
export function renderPrintView(
  schema: FormSchema, steps: readonly FormStep[], evaluation: FormEvaluation, locale: Locale, divisionNames?: (code: string) => string | undefined,
): TemplateResult {
  const value = (f: FormField) => evaluation.fields[f.key]?.value;
  const all = steps.flatMap((step) => visibleFields(step, evaluation));
  const materials = all.filter((f) => f.type === 'file');
  const declarations = all.filter((f) => f.type === 'declaration');
  return html`<article class="print-view" part="print" aria-labelledby="sjt-print-title">
    <h2 id="sjt-print-title">${schema.title[locale]} <span class="print-kind">${p('PRINT_KIND', locale)}</span></h2>
    <p class="print-meta">${p('PRINT_VERSION', locale, { id: schema.id, version: schema.version })}</p>
    ${steps.map((step) => {
      const rows = visibleFields(step, evaluation).filter((f) => f.type !== 'file' && f.type !== 'declaration' && !isEmptyValue(value(f)));
      if (rows.length === 0) return nothing;
      return html`<table class="print-table">
        <caption>${step.title[locale]}</caption>
        <thead><tr><th scope="col">${p('PRINT_FIELD', locale)}</th><th scope="col">${p('PRINT_VALUE', locale)}</th></tr></thead>
        <tbody>${rows.map((f) => html`<tr data-key=${f.key}><th scope="row">${f.label[locale]}</th><td>${f.type === 'table' ? answerTable(f, evaluation.fields[f.key], locale, divisionNames) : printedValue(f, value(f), locale, divisionNames)}</td></tr>`)}</tbody>
      </table>`;
    })}
    ${materials.length === 0 ? nothing : html`<section class="print-materials" aria-labelledby="sjt-print-materials">
      <h3 id="sjt-print-materials">${p('PRINT_MATERIALS', locale)}</h3>
      <ol>${materials.map((f) => {
        const files = Array.isArray(value(f)) ? (value(f) as FileRef[]) : [];
        return html`<li data-key=${f.key}>${f.label[locale]}: ${files.length === 0 ? p('PRINT_MATERIAL_MISSING', locale) : files.map((x) => x.name).join(', ')}</li>`;
      })}</ol>
    </section>`}
    <section class="print-declaration" aria-labelledby="sjt-print-declaration">
      <h3 id="sjt-print-declaration">${p('PRINT_DECLARATION', locale)}</h3>
      ${declarations.map((f) => html`<div class="statement" data-key=${f.key}>${f.statement?.[locale] ?? f.label[locale]} (${printedValue(f, value(f), locale)})</div>`)}
      <p>${p('PRINT_DECLARATION_TEXT', locale)}</p>
      <p class="signature"><span>${p('PRINT_SIGNATURE', locale)}</span><span>${p('PRINT_DATE', locale)}</span></p>
    </section>
  </article>`;
}
