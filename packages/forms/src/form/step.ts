import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Locale } from '@sijitong/core';
import type { FieldError, FieldState } from '../model/run.js';
import type { FieldType } from '../schema/field-types.js';
import type { FormField, FormSchema, FormSection, FormStep } from '../schema/form.js';
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
  /**
   * Shown errors by field key, or `tableKey.row.column` for a table cell; with them, expressions that
   * cannot be evaluated now (shown at once: the applicant cannot fix them by typing in that field).
   */
  readonly errors: ReadonlyMap<string, string>;
  /** A field's value as stored now. */
  readonly raw?: ((key: string) => unknown) | undefined;
  /** The element's uploads. */
  readonly uploads?: Uploads | undefined;
  /** The prefill note and lock of a field holding `value`. */
  readonly prefill: (key: string, value: unknown) => { note: string | undefined; locked: boolean };
  /** The element's division fields. */
  readonly divisions?: DivisionFields | undefined;
  /** A field's state now. */
  readonly state: (key: string) => FieldState | undefined;
  /** Changes whenever something the section shows changes: a state or a shown error of its fields. */
  readonly version: (section: FormSection) => number;
  /** Changes with the prefill (the notes under prefilled fields). */
  readonly prefilled: unknown;
}

/** Fields drawn from more than their state and error (uploads, cells, division lists): drawn on every update. */
const LIVE_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(['table', 'file', 'division']);
const live = new WeakMap<FormSection, boolean>();
const hasLiveField = (section: FormSection): boolean => {
  let found = live.get(section);
  if (found === undefined) live.set(section, (found = section.fields.some((f) => LIVE_TYPES.has(f.type))));
  return found;
};

/** The steps with a visible field (or no fields at all). @internal */
export function visibleSteps(schema: FormSchema, state: (key: string) => FieldState | undefined): FormStep[] {
  return schema.steps.filter((step) => {
    const fields = step.sections.flatMap((s) => s.fields);
    return fields.length === 0 || fields.some((f) => state(f.key)?.visible === true);
  });
}

/**
 * Renders the visible sections and fields of `step`. A section is drawn again only when its
 * version changed, a field only when its state or error did (Lit's `guard`), so a keystroke costs
 * the same in a form of 50 fields as in one of 1,000. @internal
 */
export function renderStep(step: FormStep, wizard: boolean, ctx: StepContext): TemplateResult {
  const { locale } = ctx;
  return html`${wizard ? html`<h3 id="sjt-step-title" tabindex="-1" part="step-title">${step.title[locale]}</h3>` : nothing}
    ${step.description === undefined ? nothing : html`<p>${step.description[locale]}</p>`}
    ${step.sections.map((section) =>
      guard([section, ctx.version(section), locale, ctx.prefilled, hasLiveField(section) ? {} : 0], () => renderSection(section, ctx)),
    )}`;
}

function renderSection(section: FormSection, ctx: StepContext): TemplateResult | typeof nothing {
  const { locale } = ctx;
  const fields = section.fields.filter((f) => ctx.state(f.key)?.visible === true);
  if (fields.length === 0) return nothing;
  return html`<section>
    <h4>${section.title[locale]}</h4>
    ${section.description === undefined ? nothing : html`<p>${section.description[locale]}</p>`}
    ${fields.map((field) => {
      const state = ctx.state(field.key);
      if (state === undefined) return nothing;
      const error = ctx.errors.get(field.key);
      const draw = () => drawField(field, state, error, ctx);
      return LIVE_TYPES.has(field.type) ? draw() : guard([state, error, locale, ctx.prefilled], draw);
    })}
  </section>`;
}

function drawField(field: FormField, state: FieldState, error: string | undefined, ctx: StepContext): TemplateResult {
  const { note, locked } = ctx.prefill(field.key, state.value);
  return renderField(field, state, {
    locale: ctx.locale, set: ctx.set, blur: ctx.blur, error, note, locked, divisions: ctx.divisions,
    errors: ctx.errors, uploads: ctx.uploads, current: ctx.raw === undefined ? undefined : () => ctx.raw?.(field.key),
  });
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
