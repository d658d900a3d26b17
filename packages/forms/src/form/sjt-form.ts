import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isFormsError } from '../errors.js';
import type { FormModel } from '../model/form-model.js';
import type { FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { AsyncValidators } from '../model/async.js';
import { AsyncChecks, checkingText } from './async-checks.js';
import type { FormSchema, FormStep } from '../schema/form.js';
import type { DraftStore } from '../drafts/store.js';
import type { Prefill } from '../prefill/prefill.js';
import type { DivisionSource } from '../divisions/source.js';
import { DivisionFields } from './division-field.js';
import { prefillInto, prefillOf, renderPrefillNotice, withLocked, type Prefilled } from './prefilling.js';
import { controlId, t } from './controls.js';
import { DraftController, renderDraftNotice, type DraftNotice, type SjtDraftRestoredDetail } from './drafting.js';
import { focusAfterUpdate } from './focus.js';
import { submitOutcome } from './submitting.js';
import { LiveForm } from './live-form.js';
import { prepareForm, renderFormError } from './loaded.js';
import { loadPrintView, printView } from './print-loader.js';
import { renderReview } from './review.js';
import { errorKeyOf, fieldErrors, firstPerKey, presented, recheck, reshown, validationErrors, withExpressionErrors, within } from './shown-errors.js';
import { renderStep, renderSummary } from './step.js';
import { Uploads, type FileUploader } from './uploads.js';
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
 * page, and an 适老化 (elderly) mode. Tables are repeating groups of rows; uploads go through `upload`.
 * A field type the renderer does not know (a newer schema) shows a notice. Register it with `define.ts`.
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
 * @csspart table-row - One row of a table ("第 1 行"), with its cells.
 * @csspart row-add - A table's "添加一行" button.
 * @csspart row-remove - A row's "删除第 n 行" button.
 * @csspart row-count - A table's row count (a live region).
 * @csspart upload-status - What an upload field is uploading (a live region).
 * @csspart file-list - The files of an upload field.
 * @csspart file-preview - A picked picture's thumbnail, or the link opening a picked file.
 * @csspart file-remove - A file's "删除 文件名" button.
 * @csspart statement - A declaration's statement (告知承诺书).
 * @csspart review-list - The answers of one step on the review page.
 * @csspart edit-link - A review page link back to an answer.
 * @csspart actions - The buttons.
 * @csspart form-error - The message shown instead of a malformed form.
 * @csspart draft-notice - A restored, migrated or unreadable draft.
 * @csspart prefill-note - "已从统一身份认证预填" under a prefilled field.
 * @csspart prefill-notice - Prefill values rejected for their type.
 * @csspart print - The printable application form (`mode="print"`).
 * @csspart async-status - "正在核验…" while an asynchronous check runs (a live region).
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
    upload: { attribute: false },
    divisions: { attribute: false },
    divisionRoot: { attribute: 'division-root' },
    validators: { attribute: false },
    checking: { state: true },
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
   * Values from verified sources: the identity (`prefillFromProfile(profile)`) and e-licences
   * (`prefillFromLicence(licence, map)`), one `Prefill` or a list (a key takes the first source
   * that has it). Marked "已从统一身份认证预填" / "已从电子证照预填", editable unless in `lock`
   * (then read-only with the reason); a value of the wrong type for its field is not filled in and
   * listed in a notice.
   */
  declare prefill: Prefill | readonly Prefill[] | undefined;
  /** Stores each accepted file (a {@link FileUploader}); unset, files stay in the page: see {@link SjtForm.file}. */
  declare upload: FileUploader | undefined;
  /**
   * Where `division` fields load their lists, one level at a time: core's `createDivisionTable(rows)`
   * or an adapter's `divisions` capability. The value is the deepest code chosen (any level).
   * Without a source, a division field is a code input with a notice.
   */
  declare divisions: DivisionSource | undefined;
  /** A root for `division` fields (`division-root`, e.g. `371327`): it and the levels above show as text; choices start below. */
  declare divisionRoot: string | undefined;
  /**
   * Checks that need the network, by field key (e.g. "this ID number already has an open case"):
   * run 500 ms after the last keystroke and on blur once the field is otherwise valid, aborted
   * when the value changes, and awaited on submit (an unreachable check blocks the submit with a
   * message, since the value could not be verified).
   */
  declare validators: AsyncValidators | undefined;
  declare private checking: boolean;
  /** `edit` (the form), or `print`: the printable application form (申请表) without controls. */
  declare mode: 'edit' | 'print';
  declare private stepId: string | undefined;
  declare private reviewing: boolean;
  declare private errors: ReadonlyMap<string, string>;
  declare private summary: readonly FieldError[] | undefined;

  // Not reactive: plain fields are fine.
  private model: FormModel | undefined = undefined;
  private problem: string | undefined = undefined;
  private stepOf: ReadonlyMap<string, string> = new Map();
  private touched = new Set<string>();
  private returnToReview = false;
  private committing = false;
  private prefilled: Prefilled | undefined = undefined;
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
    this.upload = undefined;
    this.divisions = undefined;
    this.divisionRoot = undefined;
    this.mode = 'edit';
    this.validators = undefined;
    this.checking = false;
  }

  /** `updateComplete` also waits for the print view's code in print mode (it loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.mode !== 'print') return done;
    await loadPrintView();
    return super.getUpdateComplete();
  }

  /** Shows the printable application form, opens the browser's print dialog, then returns to the previous mode. */
  async print(): Promise<void> {
    await loadPrintView();
    const previous = this.mode;
    this.mode = 'print';
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.mode = previous;
    }
  }

  private readonly uploads = new Uploads(this);

  /** A file picked in this page, by the `id` of its `FileRef` in `value`; `undefined` for files restored or set by the host. */
  file(id: string): File | undefined {
    return this.uploads.file(id);
  }

  private readonly divisionFields = new DivisionFields(this, { source: () => this.divisions, root: () => this.divisionRoot });

  private readonly draftController = new DraftController({
    store: () => this.drafts, draftKey: () => this.draftKey, schema: () => this.model?.schema, value: () => this.value,
    restored: (value, notice, detail) => {
      if (value !== undefined) this.value = withLocked(value, this.prefilled);
      this.draftNotice = notice;
      if (detail !== undefined) this.dispatchEvent(new CustomEvent<SjtDraftRestoredDetail>('sjt-draft-restored', { detail, bubbles: true, composed: true }));
    },
  });

  private readonly asyncChecks = new AsyncChecks({
    validators: () => this.validators, values: () => this.value, locale: () => this.locale, today: () => this.today,
    label: (key) => this.model?.fields.get(key)?.label,
    syncValid: (key) => this.liveForm.state(key)?.visible === true && this.liveForm.validate(key).length === 0,
    show: (key, error) => {
      const errors = new Map(this.errors);
      if (error !== undefined) errors.set(key, error.message);
      else if (this.asyncShown.has(key)) errors.delete(key);
      if (error === undefined) this.asyncShown.delete(key);
      else this.asyncShown.add(key);
      this.errors = errors;
    },
    changed: () => this.requestUpdate(),
  });
  private asyncShown = new Set<string>();
  private readonly liveForm = new LiveForm();

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
    this.asyncChecks.reset();
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
    if (changed.has('schema') || changed.has('validators')) this.asyncChecks.reset();
    if (changed.has('schema') || (changed.has('locale') && this.problem !== undefined)) this.loadModel();
    else if (changed.has('locale')) this.relocalizeErrors();
    if (changed.has('schema') || changed.has('prefill')) ({ result: this.prefilled, value: this.value } = prefillInto(this.model?.schema, this.prefill, this.value));
    if (changed.has('schema') || changed.has('drafts') || changed.has('draftKey')) {
      this.draftNotice = undefined;
      this.restoring = this.draftController.restore();
    }
    try {
      if (this.model !== undefined) this.liveForm.sync(this.value, this.options, undefined, changed.has('locale') || changed.has('today'));
    } catch (error) {
      this.problem = t('SCHEMA_INVALID', this.locale, { detail: isFormsError(error) ? error.localized(this.locale) : String(error) });
    }
    const all = changed as PropertyValues; // private `errors` is not in PropertyValues<this>
    if (all.has('errors')) this.liveForm.errorsChanged(all.get('errors') as ReadonlyMap<string, string> | undefined, this.errors);
  }

  /** Shown errors in the new locale (the same fields). */
  private relocalizeErrors(): void {
    const model = this.model;
    if (model === undefined || (this.errors.size === 0 && this.summary === undefined)) return;
    ({ errors: this.errors, summary: this.summary } = reshown(this.errors, this.summary, validationErrors(model, this.value, this.options)));
    for (const key of this.asyncShown) void this.asyncChecks.check(key).catch(() => undefined);
  }

  private loadModel(): void {
    this.model = undefined;
    this.problem = undefined;
    this.stepOf = new Map();
    this.reviewing = false;
    this.errors = new Map();
    this.summary = undefined;
    this.touched = new Set();
    const prepared = prepareForm(this.schema, this.locale);
    this.liveForm.load(prepared.model?.schema);
    if (prepared.model === undefined) {
      this.problem = prepared.problem;
      return;
    }
    ({ model: this.model, stepOf: this.stepOf } = prepared);
    this.stepId = prepared.model.schema.steps[0]?.id;
  }

  private get options() {
    return { locale: this.locale, today: this.today };
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (model === undefined || this.problem !== undefined) return renderFormError(this.problem ?? t('SCHEMA_NOT_LOADED', this.locale), this.locale);
    const locale = this.locale;
    const steps = this.liveForm.visibleSteps();
    if (this.mode === 'print') return printView(() => this.requestUpdate())?.renderPrintView(model.schema, steps, this.liveForm.evaluation(), locale, this.divisionFields.names) ?? html``;
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
      ${renderPrefillNotice(this.prefilled, locale)}
      ${renderSummary(this.summary, locale, (key, target) => void this.goTo(this.stepOf.get(key) ?? this.stepId ?? '', target, false), (key) => model.fields.get(key)?.label[locale])}
      ${this.reviewing
        ? renderReview(steps, this.liveForm.evaluation(), locale, (stepId, key) => void this.goTo(stepId, key, true), this.divisionFields.names)
        : step === undefined ? nothing : renderStep(step, wizard, {
          locale, set: this.set, blur: this.blurred, errors: withExpressionErrors(this.errors, this.liveForm.expressionErrors(), model, locale), divisions: this.divisionFields,
          raw: (key) => this.value[key], uploads: this.uploads,
          state: this.liveForm.state, version: this.liveForm.version, prefilled: this.prefilled,
          prefill: (key, value) => prefillOf(this.prefill, this.prefilled, key, value, locale),
        })}
      <div class="actions" part="actions">
        ${back ? html`<button type="button" class="secondary" data-action="back" @click=${() => void this.back(steps, index)}>${t('BACK', locale)}</button>` : nothing}
        <button type="submit" data-action=${!wizard || this.reviewing ? 'submit' : 'next'} aria-disabled=${this.checking ? 'true' : 'false'}>${primary}</button>
      </div>
      <p class="async-status" part="async-status" role="status">${checkingText(this.asyncChecks.pending, model.fields, locale)}</p>
    </form>`;
  }

  /** Stores a field's new raw value (`at`: the cell edited), re-checks the errors it shows, and fires `sjt-change`. */
  private set = (key: string, raw: unknown, at = key): void => {
    if (this.prefilled?.locked.has(key) === true) return;
    const next: Record<string, unknown> = { ...this.value };
    if (raw === undefined) delete next[key];
    else next[key] = raw;
    this.value = next;
    this.liveForm.sync(next, this.options, key);
    this.touched.add(at);
    if ([...this.errors.keys()].some((shown) => within(shown, key))) this.checkField(key, false);
    this.draftController.schedule();
    this.asyncChecks.input(key);
    this.dispatchEvent(new CustomEvent<SjtFormEventDetail>('sjt-change', { detail: { value: this.value }, bubbles: true, composed: true }));
  };

  /** A field lost focus: validate it once the applicant has changed it (tabbing past does not shout). */
  private blurred = (key: string, control: EventTarget | null): void => {
    // A focused control removed by a re-render (a step change) blurs during the update: not the applicant's doing.
    if (this.committing || (control instanceof Element && !control.isConnected)) return;
    if (this.touched.has(key) || this.errors.has(key)) this.checkField(key);
    if (this.touched.has(key) && !this.errors.has(key)) this.asyncChecks.blur(key);
  };

  /** Re-validates field or cell `key`: the errors it shows, and its own one when `own` (see `recheck`). */
  private checkField(key: string, own = true): void {
    if (this.model === undefined) return;
    this.asyncShown.delete(key);
    this.errors = recheck(this.errors, presented(this.model, fieldErrors(this.liveForm.validate(key)), this.locale), key, own);
  }

  private async showErrors(errors: readonly FieldError[], async = false): Promise<void> {
    const first = firstPerKey(errors);
    this.asyncShown = new Set(async ? first.map((e) => e.key) : []);
    this.errors = new Map(firstPerKey(fieldErrors(errors)).map((e) => [errorKeyOf(e), e.message]));
    this.summary = first;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const model = this.model;
    if (model === undefined || this.checking) return;
    if (this.uploads.busy) {
      // A file still uploading is part of the application: wait for it rather than submit without it.
      this.checking = true;
      try {
        await this.uploads.settled();
      } finally {
        this.checking = false;
      }
    }
    const value = this.value;
    const checkAsync = this.validators === undefined ? undefined : async (keys: readonly string[]) => {
      this.checking = true;
      try {
        return await this.asyncChecks.all(keys);
      } finally {
        this.checking = false;
      }
    };
    const pending = submitOutcome({ ...this.options, model, value, stepId: this.stepId, reviewing: this.reviewing, returnToReview: this.returnToReview, stepOf: this.stepOf, checkAsync });
    const outcome = pending instanceof Promise ? await pending : pending; // no await without checks: the next step shows in this update
    if (this.value !== value) return this.onSubmit(event); // typed while checking: check what is there now
    if (outcome.kind === 'errors') {
      void this.draftController.saveNow();
      void this.showErrors(outcome.errors, outcome.async);
      return;
    }
    this.summary = undefined;
    this.returnToReview = false;
    if (outcome.kind === 'review') this.reviewing = true;
    if (outcome.kind === 'step') this.stepId = outcome.stepId;
    if (outcome.kind !== 'submit') return void focusAfterUpdate(this.renderRoot, outcome.kind === 'review' ? 'sjt-review-title' : 'sjt-step-title');
    this.errors = new Map();
    this.dispatchEvent(new CustomEvent<SjtFormEventDetail>('sjt-submit', { detail: { value: outcome.values }, bubbles: true, composed: true }));
  };

  private async back(steps: readonly FormStep[], index: number): Promise<void> {
    this.summary = undefined;
    this.returnToReview = false;
    if (this.reviewing) this.reviewing = false;
    else this.stepId = steps[Math.max(0, index - 1)]?.id;
    await focusAfterUpdate(this.renderRoot, 'sjt-step-title');
  }

  /** Shows `stepId` and focuses the field `key` (from the summary or the review page). */
  private async goTo(stepId: string, key: string, fromReview: boolean): Promise<void> {
    if (this.reviewing) {
      this.reviewing = false;
      this.returnToReview = true;
    } else if (fromReview) this.returnToReview = true;
    if (stepId !== '') this.stepId = stepId;
    await focusAfterUpdate(this.renderRoot, controlId(key)); // a group: its first control
  }
}
