import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isFormsError } from '../errors.js';
import { createFormModel, type FormModel } from '../model/form-model.js';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { FormSchema, FormStep } from '../schema/form.js';
import { controlId, renderField, t } from './controls.js';
import { renderReview } from './review.js';
import { sjtFormStyles } from './sjt-form.styles.js';

/** `detail` of the `sjt-change` and `sjt-submit` events. */
export interface SjtFormEventDetail {
  /** `sjt-change`: the values as typed; `sjt-submit`: the cleaned submission of `validateValues`. */
  readonly value: FormValues;
}

const isLabel = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['zh-CN'] === 'string' && typeof (x as Record<string, unknown>)['en'] === 'string';
const isArray = (x: unknown): x is readonly unknown[] => Array.isArray(x);
const get = (x: unknown, name: string): unknown => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[name] : undefined);

/** Whether `schema` has the shape of a loaded form (each field with its type and label resolved). */
function looksLoaded(schema: unknown): schema is FormSchema {
  const steps = get(schema, 'steps');
  return (
    isLabel(get(schema, 'title')) &&
    isArray(steps) && steps.length > 0 &&
    steps.every((step) => {
      const sections = get(step, 'sections');
      return isLabel(get(step, 'title')) && typeof get(step, 'id') === 'string' && isArray(sections) &&
        sections.every((section) => {
          const fields = get(section, 'fields');
          return isLabel(get(section, 'title')) && isArray(fields) &&
            fields.every((f) => typeof get(f, 'key') === 'string' && typeof get(f, 'type') === 'string' && isLabel(get(f, 'label')));
        });
    })
  );
}

/**
 * An application form rendered from a loaded form schema (`loadFormSchema`, `mergeForms`): the
 * fields of each step with their labels, help and errors, visibility, requiredness and computed
 * values re-evaluated on every input, validation on blur and on submit with an error summary
 * (GOV.UK pattern), a step-by-step wizard with a progress indicator and a "check your answers"
 * page, and an 适老化 (elderly) mode. Field types the renderer does not draw yet (uploads, tables,
 * date ranges, divisions, addresses) show a notice instead. Register it with `define.ts`.
 *
 * @summary A schema-driven, accessible government-service application form.
 *
 * @csspart form - The `<form>`.
 * @csspart title - The form title.
 * @csspart progress - "第 1 步，共 3 步".
 * @csspart step-title - The heading of the current step or of the review page.
 * @csspart error-summary - The list of errors shown after a failed submit or step.
 * @csspart field - The wrapper of one field.
 * @csspart label - A field's label or legend.
 * @csspart help - A field's help text.
 * @csspart error - A field's error message.
 * @csspart notice - The notice of a field type not supported yet.
 * @csspart statement - A declaration's statement (告知承诺书).
 * @csspart review-list - The answers of one step on the review page.
 * @csspart edit-link - A review page link back to an answer.
 * @csspart actions - The buttons.
 * @csspart form-error - The message shown instead of a malformed form.
 *
 * @cssprop --sjt-form-font-family - Font (falls back to `--sjt-font-family`).
 * @cssprop --sjt-form-font-size - Base text size (falls back to `--sjt-font-size`, then `1em`).
 * @cssprop --sjt-form-line-height - Line height (falls back to `--sjt-line-height`, then 1.5).
 * @cssprop --sjt-form-color - Text colour (falls back to `--sjt-color-text`).
 * @cssprop --sjt-form-background - Background (falls back to `--sjt-color-background`).
 * @cssprop --sjt-form-accent - Buttons and links (falls back to `--sjt-color-primary`).
 * @cssprop --sjt-form-error-color - Errors (falls back to `--sjt-color-danger`).
 * @cssprop --sjt-form-border-color - Input borders (falls back to `--sjt-color-border`).
 * @cssprop --sjt-form-muted-color - Help and progress text (falls back to `--sjt-color-text-muted`).
 * @cssprop --sjt-form-focus-color - Focus ring (falls back to `--sjt-color-focus`).
 * @cssprop --sjt-form-gap - Space between fields (falls back to `--sjt-space`).
 * @cssprop --sjt-form-target-size - Smallest height of inputs and buttons (2.75em; elderly mode at least 60px).
 *
 * @fires sjt-change - `CustomEvent<SjtFormEventDetail>` after every edit, with the values as typed.
 * @fires sjt-submit - `CustomEvent<SjtFormEventDetail>` when a valid form is submitted, with the cleaned submission.
 */
export class SjtForm extends LitElement {
  /** Styles. */
  static override styles: CSSResultGroup = sjtFormStyles;

  /** Lit reactive properties (declared, not class fields, so Lit's accessors stay in place). */
  static override properties: PropertyDeclarations = {
    schema: { attribute: false },
    value: { attribute: false },
    locale: { reflect: true },
    elderly: { type: Boolean, reflect: true },
    today: {},
    stepId: { state: true },
    reviewing: { state: true },
    errors: { state: true },
    summary: { state: true },
  };

  /** The form: a loaded `FormSchema`. Anything else shows a form-level error. */
  declare schema: FormSchema | undefined;
  /** The values, by field key; replaced (never mutated) on every edit. */
  declare value: FormValues;
  /** Language of texts and messages. */
  declare locale: Locale;
  /** 适老化 mode: text at least 18px, line height 1.6, targets at least 60×60 px. */
  declare elderly: boolean;
  /** Today (YYYY-MM-DD) for `today()` and `age()`; today in China when unset. */
  declare today: string | undefined;
  declare private stepId: string | undefined;
  declare private reviewing: boolean;
  declare private errors: ReadonlyMap<string, string>;
  declare private summary: readonly FieldError[] | undefined;

  private model: FormModel | undefined;
  private problem: string | undefined;
  private stepOf: Map<string, string>;
  private touched: Set<string>;
  private returnToReview: boolean;
  private committing: boolean;

  constructor() {
    super();
    this.schema = undefined;
    this.value = {};
    this.locale = 'zh-CN';
    this.elderly = false;
    this.today = undefined;
    this.stepId = undefined;
    this.reviewing = false;
    this.errors = new Map();
    this.summary = undefined;
    this.model = undefined;
    this.problem = undefined;
    this.stepOf = new Map();
    this.touched = new Set();
    this.returnToReview = false;
    this.committing = false;
  }

  /** Marks the DOM commit, during which a removed focused control blurs. */
  protected override update(changed: PropertyValues<this>): void {
    this.committing = true;
    try {
      super.update(changed);
    } finally {
      this.committing = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schema') || (changed.has('locale') && this.problem !== undefined)) this.loadModel();
    else if (changed.has('locale')) this.relocalizeErrors();
  }

  /** Shown errors in the new locale (the same fields). */
  private relocalizeErrors(): void {
    const model = this.model;
    if (model === undefined || (this.errors.size === 0 && this.summary === undefined)) return;
    const all = SjtForm.firstPerField(model.validate(this.value, this.options).errors);
    const shown = this.errors;
    this.errors = new Map(all.filter((e) => shown.has(e.key)).map((e) => [e.key, e.message]));
    const inSummary = new Set(this.summary?.map((e) => e.key));
    if (this.summary !== undefined) this.summary = all.filter((e) => inSummary.has(e.key));
  }

  private loadModel(): void {
    this.model = undefined;
    this.problem = undefined;
    this.stepOf = new Map();
    this.reviewing = false;
    this.errors = new Map();
    this.summary = undefined;
    this.touched = new Set();
    const schema: unknown = this.schema;
    if (!looksLoaded(schema)) {
      this.problem = t('SCHEMA_INVALID', this.locale, { detail: t('SCHEMA_NOT_LOADED', this.locale) });
      return;
    }
    try {
      this.model = createFormModel(schema);
    } catch (error) {
      const detail = isFormsError(error) ? error.localized(this.locale) : t('SCHEMA_NOT_LOADED', this.locale);
      this.problem = t('SCHEMA_INVALID', this.locale, { detail });
      return;
    }
    for (const step of schema.steps) for (const section of step.sections) for (const field of section.fields) this.stepOf.set(field.key, step.id);
    this.stepId = schema.steps[0]?.id;
  }

  private get options() {
    return { locale: this.locale, today: this.today };
  }

  private visibleSteps(model: FormModel, evaluation: FormEvaluation): FormStep[] {
    return model.schema.steps.filter((step) => {
      const fields = step.sections.flatMap((s) => s.fields);
      return fields.length === 0 || fields.some((f) => evaluation.fields[f.key]?.visible === true);
    });
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (model === undefined || this.problem !== undefined) return this.renderProblem(this.problem ?? t('SCHEMA_NOT_LOADED', this.locale));
    let evaluation: FormEvaluation;
    try {
      evaluation = model.evaluate(this.value, this.options);
    } catch (error) {
      return this.renderProblem(t('SCHEMA_INVALID', this.locale, { detail: isFormsError(error) ? error.localized(this.locale) : String(error) }));
    }
    const locale = this.locale;
    const steps = this.visibleSteps(model, evaluation);
    const wizard = model.schema.steps.length > 1;
    const index = Math.max(0, steps.findIndex((s) => s.id === this.stepId));
    const step = steps[index];
    const last = index === steps.length - 1;
    const progress = this.reviewing ? t('REVIEW_PROGRESS', locale) : t('STEP_PROGRESS', locale, { current: index + 1, total: steps.length });
    const primary = !wizard || this.reviewing ? t('SUBMIT', locale) : last ? t('CONTINUE_TO_REVIEW', locale) : t('NEXT', locale);
    const back = wizard && (this.reviewing || index > 0);
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      <h2 part="title">${model.schema.title[locale]}</h2>
      ${model.schema.description === undefined ? nothing : html`<p>${model.schema.description[locale]}</p>`}
      ${wizard ? html`<p class="progress" part="progress">${progress}</p>` : nothing}
      ${this.renderSummary()}
      ${this.reviewing
        ? renderReview(steps, evaluation, locale, (stepId, key) => void this.goTo(stepId, key, true))
        : step === undefined ? nothing : this.renderStep(step, evaluation, wizard)}
      <div class="actions" part="actions">
        ${back ? html`<button type="button" class="secondary" data-action="back" @click=${() => void this.back(steps, index)}>${t('BACK', locale)}</button>` : nothing}
        <button type="submit" data-action=${!wizard || this.reviewing ? 'submit' : 'next'}>${primary}</button>
      </div>
    </form>`;
  }

  private renderProblem(message: string): TemplateResult {
    return html`<div class="form-error" part="form-error" role="alert">
      <h2>${t('SCHEMA_INVALID_TITLE', this.locale)}</h2>
      <p>${message}</p>
    </div>`;
  }

  private renderStep(step: FormStep, evaluation: FormEvaluation, wizard: boolean): TemplateResult {
    const locale = this.locale;
    const ctx = { locale, error: undefined as string | undefined, set: this.set, blur: this.blurred };
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
            return state === undefined ? nothing : renderField(field, state, { ...ctx, error: this.errors.get(field.key) });
          })}
        </section>`;
      })}`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const summary = this.summary;
    if (summary === undefined || summary.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="sjt-error-summary-title">
      <h3 id="sjt-error-summary-title">${t('ERROR_SUMMARY_TITLE', this.locale)}</h3>
      <ul>
        ${summary.map((error) => html`<li><a href="#${controlId(error.key)}" data-key=${error.key} @click=${(e: Event) => {
          e.preventDefault();
          void this.goTo(this.stepOf.get(error.key) ?? this.stepId ?? '', error.key, false);
        }}>${error.message}</a></li>`)}
      </ul>
    </div>`;
  }

  /** Stores a field's new raw value, re-checks it when it shows an error, and fires `sjt-change`. */
  private set = (key: string, raw: unknown): void => {
    const next: Record<string, unknown> = { ...this.value };
    if (raw === undefined) delete next[key];
    else next[key] = raw;
    this.value = next;
    this.touched.add(key);
    if (this.errors.has(key)) this.checkField(key);
    this.dispatchEvent(new CustomEvent<SjtFormEventDetail>('sjt-change', { detail: { value: this.value }, bubbles: true, composed: true }));
  };

  /** A field lost focus: validate it once the applicant has changed it (tabbing past does not shout). */
  private blurred = (key: string, control: EventTarget | null): void => {
    // A focused control removed by a re-render (a step change) blurs during the update: not the applicant's doing.
    if (this.committing || (control instanceof Element && !control.isConnected)) return;
    if (this.touched.has(key) || this.errors.has(key)) this.checkField(key);
  };

  private checkField(key: string): void {
    const model = this.model;
    if (model === undefined) return;
    const error = model.validate(this.value, this.options).errors.find((e) => e.key === key);
    const errors = new Map(this.errors);
    if (error === undefined) errors.delete(key);
    else errors.set(key, error.message);
    this.errors = errors;
  }

  /** One error per field, in document order. */
  private static firstPerField(errors: readonly FieldError[]): FieldError[] {
    const seen = new Set<string>();
    return errors.filter((e) => !seen.has(e.key) && seen.add(e.key) !== undefined);
  }

  private async showErrors(errors: readonly FieldError[]): Promise<void> {
    const first = SjtForm.firstPerField(errors);
    this.errors = new Map(first.map((e) => [e.key, e.message]));
    this.summary = first;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    const model = this.model;
    if (model === undefined) return;
    const result = model.validate(this.value, this.options);
    const wizard = model.schema.steps.length > 1;
    if (wizard && !this.reviewing) {
      const evaluation = model.evaluate(this.value, this.options);
      const steps = this.visibleSteps(model, evaluation);
      const index = Math.max(0, steps.findIndex((s) => s.id === this.stepId));
      const step = steps[index];
      const errors = result.errors.filter((e) => this.stepOf.get(e.key) === step?.id);
      if (errors.length > 0) {
        void this.showErrors(errors);
        return;
      }
      this.summary = undefined;
      if (this.returnToReview || index === steps.length - 1) {
        this.returnToReview = false;
        this.reviewing = true;
        void this.focusHeading('sjt-review-title');
      } else {
        this.stepId = steps[index + 1]?.id;
        void this.focusHeading('sjt-step-title');
      }
      return;
    }
    if (!result.ok) {
      void this.showErrors(result.errors);
      return;
    }
    this.summary = undefined;
    this.errors = new Map();
    this.dispatchEvent(new CustomEvent<SjtFormEventDetail>('sjt-submit', { detail: { value: result.values }, bubbles: true, composed: true }));
  };

  private async back(steps: readonly FormStep[], index: number): Promise<void> {
    this.summary = undefined;
    this.returnToReview = false;
    if (this.reviewing) this.reviewing = false;
    else this.stepId = steps[Math.max(0, index - 1)]?.id;
    await this.focusHeading('sjt-step-title');
  }

  private async focusHeading(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Shows `stepId` and focuses the field `key` (from the summary or the review page). */
  private async goTo(stepId: string, key: string, fromReview: boolean): Promise<void> {
    if (this.reviewing) {
      this.reviewing = false;
      this.returnToReview = true;
    } else if (fromReview) this.returnToReview = true;
    if (stepId !== '') this.stepId = stepId;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${controlId(key)}`);
    const control = target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input') ?? target) : target;
    control?.focus();
  }
}
