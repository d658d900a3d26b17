import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isFormsError } from '../errors.js';
import { createFormModel, type FormModel } from '../model/form-model.js';
import type { FormEvaluation } from '../model/evaluate.js';
import type { FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { FormSchema, FormStep } from '../schema/form.js';
import type { DraftStore } from '../drafts/store.js';
import type { Prefill, PrefillResult } from '../prefill/prefill.js';
import { prefillInto, prefillOf, renderPrefillNotice, withLocked } from './prefilling.js';
import { controlId, t } from './controls.js';
import { DraftController, renderDraftNotice, type DraftNotice, type SjtDraftRestoredDetail } from './drafting.js';
import { looksLoaded } from './loaded.js';
import { renderPrintView } from './print-view.js';
import { renderReview } from './review.js';
import { firstPerField, renderStep, renderSummary, visibleSteps } from './step.js';
import { sjtFormStyles } from './sjt-form.styles.js';

/** `detail` of the `sjt-change` and `sjt-submit` events. */
export interface SjtFormEventDetail {
  /** `sjt-change`: the values as typed; `sjt-submit`: the cleaned submission of `validateValues`. */
  readonly value: FormValues;
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
 * @csspart draft-notice - A restored, migrated or unreadable draft.
 * @csspart prefill-note - "已从统一身份认证预填" under a prefilled field.
 * @csspart prefill-notice - Prefill values rejected for their type.
 * @csspart print - The printable application form (`mode="print"`).
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
 * @fires sjt-draft-restored - `CustomEvent<SjtDraftRestoredDetail>` after a saved draft was restored.
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
    drafts: { attribute: false },
    draftKey: { attribute: 'draft-key' },
    draftNotice: { state: true },
    prefill: { attribute: false },
    mode: { reflect: true },
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
  /**
   * Drafts: the store to keep what the applicant types (`createDraftStore()`). With `drafts` or
   * `draft-key` set, the draft is restored on load (`sjt-draft-restored`), saved 300 ms after the
   * last edit, on a failed submit and when the element is removed. A successful submit does NOT
   * delete it: call {@link SjtForm.clearDraft} once the province has accepted the application.
   */
  declare drafts: DraftStore | undefined;
  /** Id of the draft (`draft-key` attribute; the form id when unset); alone, it uses the default store. */
  declare draftKey: string | undefined;
  declare private draftNotice: DraftNotice | undefined;
  /**
   * Values from a verified source (`prefillFromProfile(profile)`): marked "已从统一身份认证预填",
   * editable unless in `lock` (then read-only with the reason); a value of the wrong type for its
   * field is not filled in and listed in a notice.
   */
  declare prefill: Prefill | undefined;
  /** `edit` (the form), or `print`: the printable application form (申请表) without controls. */
  declare mode: 'edit' | 'print';
  declare private stepId: string | undefined;
  declare private reviewing: boolean;
  declare private errors: ReadonlyMap<string, string>;
  declare private summary: readonly FieldError[] | undefined;

  // Not reactive: plain fields are fine.
  private model: FormModel | undefined = undefined;
  private problem: string | undefined = undefined;
  private stepOf = new Map<string, string>();
  private touched = new Set<string>();
  private returnToReview = false;
  private committing = false;
  private prefilled: PrefillResult | undefined = undefined;
  private restoring: Promise<void> = Promise.resolve();

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
    this.drafts = undefined;
    this.draftKey = undefined;
    this.draftNotice = undefined;
    this.prefill = undefined;
    this.mode = 'edit';
  }

  /** Shows the printable application form, opens the browser's print dialog, then returns to the previous mode. */
  async print(): Promise<void> {
    const previous = this.mode;
    this.mode = 'print';
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.mode = previous;
    }
  }

  private readonly draftController = new DraftController({
    store: () => this.drafts, draftKey: () => this.draftKey, schema: () => this.model?.schema, value: () => this.value,
    restored: (value, notice, detail) => {
      if (value !== undefined) this.value = withLocked(value, this.prefilled);
      this.draftNotice = notice;
      if (detail !== undefined) this.dispatchEvent(new CustomEvent<SjtDraftRestoredDetail>('sjt-draft-restored', { detail, bubbles: true, composed: true }));
    },
  });

  /** Resolves once the draft (if any) has been restored; a test or host may await it. */
  get draftRestored(): Promise<void> {
    return this.restoring;
  }

  /** Deletes the saved draft: call it once the province has accepted the submission. */
  clearDraft(): Promise<void> {
    return this.draftController.clear();
  }

  /** Saves a pending draft before leaving the page. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.draftController.flush();
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
    if (changed.has('schema') || changed.has('prefill')) ({ result: this.prefilled, value: this.value } = prefillInto(this.model?.schema, this.prefill, this.value));
    if (changed.has('schema') || changed.has('drafts') || changed.has('draftKey')) {
      this.draftNotice = undefined;
      this.restoring = this.draftController.restore();
    }
  }

  /** Shown errors in the new locale (the same fields). */
  private relocalizeErrors(): void {
    const model = this.model;
    if (model === undefined || (this.errors.size === 0 && this.summary === undefined)) return;
    const all = firstPerField(model.validate(this.value, this.options).errors);
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
    const steps = visibleSteps(model.schema, evaluation);
    if (this.mode === 'print') return renderPrintView(model.schema, steps, evaluation, locale);
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
      ${renderDraftNotice(this.draftNotice, locale, () => (this.draftNotice = undefined))}
      ${renderPrefillNotice(this.prefill, this.prefilled, locale)}
      ${renderSummary(this.summary, locale, (key) => void this.goTo(this.stepOf.get(key) ?? this.stepId ?? '', key, false))}
      ${this.reviewing
        ? renderReview(steps, evaluation, locale, (stepId, key) => void this.goTo(stepId, key, true))
        : step === undefined ? nothing : renderStep(step, evaluation, wizard, {
          locale, set: this.set, blur: this.blurred, errors: this.errors,
          prefill: (key, value) => prefillOf(this.prefill, this.prefilled, key, value, locale),
        })}
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

  /** Stores a field's new raw value, re-checks it when it shows an error, and fires `sjt-change`. */
  private set = (key: string, raw: unknown): void => {
    if (this.prefilled?.locked.has(key) === true) return;
    const next: Record<string, unknown> = { ...this.value };
    if (raw === undefined) delete next[key];
    else next[key] = raw;
    this.value = next;
    this.touched.add(key);
    if (this.errors.has(key)) this.checkField(key);
    this.draftController.schedule();
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

  private async showErrors(errors: readonly FieldError[]): Promise<void> {
    const first = firstPerField(errors);
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
      const steps = visibleSteps(model.schema, evaluation);
      const index = Math.max(0, steps.findIndex((s) => s.id === this.stepId));
      const step = steps[index];
      const errors = result.errors.filter((e) => this.stepOf.get(e.key) === step?.id);
      if (errors.length > 0) {
        void this.draftController.saveNow();
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
      void this.draftController.saveNow();
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
