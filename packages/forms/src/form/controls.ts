import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { moneyUnitLabel, type Locale } from '@sijitong/core';
import type { FieldType } from '../schema/field-types.js';
import type { FormField } from '../schema/form.js';
import { isComputed, type FieldState } from '../model/run.js';
import type { DivisionFields } from './division-field.js';
import { renderDateRange } from './date-range-control.js';
import { fileHint, renderFile } from './file-control.js';
import { t } from './renderer-text.js';
import { renderTable, tableHint } from './table-control.js';
import type { Uploads } from './uploads.js';

/*
 * One field of `<sjt-form>`: label, help, error and control in one shadow root, tied together by
 * `for`, `aria-describedby` and `aria-invalid`. Labels and help are text bindings, never HTML.
 */

/** The field types the renderer draws; the others show a notice. @internal */
export const SUPPORTED_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'text', 'textarea', 'number', 'money', 'date', 'select', 'radio', 'checkboxGroup', 'switch',
  'mobile', 'email', 'residentId', 'creditCode', 'declaration', 'computed', 'division',
  'address', 'dateRange', 'table', 'file',
]);

/** What a control needs from the element. @internal */
export interface ControlContext {
  readonly locale: Locale;
  /** The error shown on the field, if any. */
  readonly error: string | undefined;
  /** Stores a new raw value for the field; `at` is the shown-error key edited (a table's cell), the field's by default. */
  readonly set: (key: string, value: unknown, at?: string) => void;
  /** The field lost focus. */
  readonly blur: (key: string, control: EventTarget | null) => void;
  /** The prefill note of the field ("已从统一身份认证预填"), if it was prefilled. */
  readonly note?: string | undefined;
  /** A locked prefilled field: read-only. */
  readonly locked?: boolean;
  /** The element's division fields (cascades loaded on first use); without it, a division is a code input. */
  readonly divisions?: DivisionFields | undefined;
  /** DOM id of the control, for a table cell (`controlId(key)` by default). */
  readonly id?: string | undefined;
  /** Key of the shown error, for a table cell (`tableKey.row.column`; the field key by default). */
  readonly errorKey?: string | undefined;
  /** Every shown error by key: a table finds its cells' errors there. */
  readonly errors?: ReadonlyMap<string, string> | undefined;
  /** The value as stored now (read when an edit happens, not when rendered). */
  readonly current?: (() => unknown) | undefined;
  /** The element's uploads. */
  readonly uploads?: Uploads | undefined;
}

/** What the controls of a field share: ids, texts, state and the two wrappers. @internal */
export interface FieldParts {
  readonly id: string;
  readonly label: string;
  readonly describedBy: string | undefined;
  readonly invalid: 'true' | 'false';
  readonly disabled: boolean;
  readonly required: boolean;
  readonly classes: string;
  readonly blur: (event: Event) => void;
  /** A fieldset with the legend, help and error before `controls`. */
  readonly group: (controls: TemplateResult | TemplateResult[]) => TemplateResult;
  /** A label, help and error before `control`, then `after`. */
  readonly single: (control: TemplateResult, after?: unknown) => TemplateResult;
}

export { t, type RendererText } from './renderer-text.js';

/** The DOM id of a field's control (keys have dots; ids keep them readable). @internal */
export const controlId = (key: string): string => `sjt-f-${key.replace(/\./g, '--')}`;

/** A choice's display text. @internal */
export function optionLabel(field: FormField, value: unknown, locale: Locale): string {
  const option = field.constraints?.options?.find((o) => o.value === value);
  return option === undefined ? String(value) : option.label[locale];
}

/** The unit of a number or money field in `locale`. @internal */
export function unitText(field: FormField, locale: Locale): string | undefined {
  const unit = field.constraints?.unit ?? (field.type === 'money' ? 'yuan' : undefined);
  if (unit === undefined) return undefined;
  return typeof unit === 'string' ? moneyUnitLabel(unit, locale) : unit[locale];
}

/** The unit shown after a number or money input. */
function unitAfter(field: FormField, locale: Locale) {
  const unit = unitText(field, locale);
  return unit === undefined ? nothing : html`<span class="unit">${unit}</span>`;
}

const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Turns a number input's text into the stored value: a number when it parses, else the text (validation reports it). */
function parseNumber(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

const inputTypes: Partial<Record<FieldType, { type: string; inputmode?: string; autocomplete?: string }>> = {
  text: { type: 'text' },
  mobile: { type: 'tel', inputmode: 'numeric', autocomplete: 'tel' },
  email: { type: 'email', autocomplete: 'email' },
  residentId: { type: 'text', autocomplete: 'off' },
  creditCode: { type: 'text', autocomplete: 'off' },
  number: { type: 'text', inputmode: 'decimal' },
  money: { type: 'text', inputmode: 'decimal' },
  date: { type: 'date' },
};

/** Types whose control can be read-only (a locked prefilled field stays focusable); the others are disabled. */
const READ_ONLY_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'text', 'textarea', 'address', 'number', 'money', 'date', 'dateRange', 'mobile', 'email', 'residentId', 'creditCode',
]);

/** Renders one visible field. @internal */
export function renderField(field: FormField, state: FieldState, ctx: ControlContext): TemplateResult {
  const { locale, error } = ctx;
  const id = ctx.id ?? controlId(field.key);
  const label = field.label[locale];
  if (!SUPPORTED_TYPES.has(field.type)) {
    return html`<div class="field unsupported" part="field" data-key=${field.key} id=${id} tabindex="-1">
      <p class="notice" part="notice" role="note">${t('UNSUPPORTED_FIELD', locale, { label, type: field.type })}</p>
    </div>`;
  }
  const hint = field.type === 'file' ? fileHint(field, locale) : field.type === 'table' ? tableHint(field, locale) : undefined;
  // Files refused before upload, or whose upload failed, show with the field's error.
  const messages = [error, ...(field.type === 'file' ? (ctx.uploads?.problemsOf(id, locale) ?? []) : [])].filter((m) => m !== undefined);
  const helpId = field.help === undefined ? undefined : `${id}-help`;
  const errorId = messages.length === 0 ? undefined : `${id}-error`;
  const noteId = ctx.note === undefined ? undefined : `${id}-prefill`;
  const describedBy = [noteId, helpId, hint === undefined ? undefined : `${id}-hint`, errorId].filter((x) => x !== undefined).join(' ') || undefined;
  const required = state.required && field.type !== 'computed';
  const requiredMark = required ? html` <span class="required">${t('REQUIRED', locale)}</span>` : nothing;
  const note = ctx.note === undefined ? nothing : html`<p class="prefill-note" part="prefill-note" id=${id}-prefill>${ctx.note}</p>`;
  const help = html`${note}${field.help === undefined ? nothing : html`<p class="help" part="help" id=${id}-help>${field.help[locale]}</p>`}${
    hint === undefined ? nothing : html`<p class="help" part="help" id=${id}-hint>${hint}</p>`}`;
  const errorText =
    messages.length === 0
      ? nothing
      : html`<p class="error" part="error" id=${id}-error><span class="visually-hidden">${t('ERROR_PREFIX', locale)}</span>${
        messages.map((m, i) => html`${i === 0 ? nothing : html`<br />`}${m}`)}</p>`;
  const invalid = messages.length === 0 ? 'false' : 'true';
  const locked = ctx.locked === true;
  const disabled = state.disabled || (locked && !READ_ONLY_TYPES.has(field.type));
  const blur = (event: Event) => ctx.blur(field.key, event.target);
  const classes = `field${messages.length === 0 ? '' : ' invalid'}`;

  const group = (controls: TemplateResult | TemplateResult[]) => html`<div class=${classes} part="field" data-key=${field.key}>
    <fieldset id=${id} aria-describedby=${ifDefined(describedBy)} tabindex="-1">
      <legend part="label">${label}${requiredMark}</legend>${help}${errorText}${controls}
    </fieldset>
  </div>`;
  const single = (control: TemplateResult, after: unknown = nothing) => html`<div class=${classes} part="field" data-key=${field.key}>
    <label part="label" for=${id}>${label}${requiredMark}</label>${help}${errorText}${control}${after}
  </div>`;

  if (isComputed(field)) {
    const shown = field.constraints?.options === undefined ? asText(state.value) : state.value === undefined ? '' : optionLabel(field, state.value, locale);
    return single(html`<input id=${id} type="text" readonly aria-describedby=${ifDefined(describedBy)} .value=${shown} />`, unitAfter(field, locale));
  }
  if (field.type === 'division') {
    const cascade = ctx.divisions?.render(field, state, ctx, { id, label, describedBy, invalid, disabled, classes, requiredMark, help, errorText });
    if (cascade !== undefined) return cascade;
  }
  const parts: FieldParts = { id, label, describedBy, invalid, disabled, required, classes, blur, group, single };
  switch (field.type) {
    case 'dateRange':
      return renderDateRange(field, state, ctx, parts);
    case 'table':
      return renderTable(field, field.columns ?? [], state, ctx, parts, renderField);
    case 'file':
      return renderFile(field, state, ctx, parts);
    case 'radio':
      return group(
        (field.constraints?.options ?? []).map(
          (o) => html`<label class="choice"><input type="radio" name=${id} .value=${o.value} .checked=${state.value === o.value}
            ?disabled=${disabled} aria-invalid=${invalid} @change=${() => ctx.set(field.key, o.value)} @blur=${blur} />${o.label[locale]}</label>`,
        ),
      );
    case 'checkboxGroup': {
      const chosen = Array.isArray(state.value) ? (state.value as unknown[]) : [];
      return group(
        (field.constraints?.options ?? []).map(
          (o) => html`<label class="choice"><input type="checkbox" .value=${o.value} .checked=${chosen.includes(o.value)}
            ?disabled=${disabled} aria-invalid=${invalid}
            @change=${(e: Event) => {
              // Read the boxes themselves (not the last render), in option order.
              const group = (e.target as HTMLElement).closest('fieldset');
              const next = [...(group?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])].filter((b) => b.checked).map((b) => b.value);
              ctx.set(field.key, next.length === 0 ? undefined : next);
            }} @blur=${blur} />${o.label[locale]}</label>`,
        ),
      );
    }
    case 'switch':
    case 'declaration': {
      const box = html`<label class="choice" part="label" for=${id}><input type="checkbox" id=${id} role=${ifDefined(field.type === 'switch' ? 'switch' : undefined)}
        .checked=${state.value === true} ?disabled=${disabled} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
        @change=${(e: Event) => ctx.set(field.key, (e.target as HTMLInputElement).checked ? true : field.type === 'switch' ? false : undefined)}
        @blur=${blur} />${label}${requiredMark}</label>`;
      const statement = field.statement === undefined ? nothing : html`<div class="statement" part="statement">${field.statement[locale]}</div>`;
      return html`<div class=${classes} part="field" data-key=${field.key}>${statement}${help}${errorText}${box}</div>`;
    }
    case 'select':
      return single(html`<select id=${id} ?disabled=${disabled} ?required=${required} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
        @change=${(e: Event) => ctx.set(field.key, (e.target as HTMLSelectElement).value || undefined)} @blur=${blur}>
        <option value="" ?selected=${state.value === undefined}>${t('SELECT_PLACEHOLDER', locale)}</option>
        ${(field.constraints?.options ?? []).map((o) => html`<option .value=${o.value} ?selected=${state.value === o.value}>${o.label[locale]}</option>`)}
      </select>`);
    case 'textarea':
    case 'address':
      return single(html`<textarea id=${id} rows=${field.type === 'address' ? 3 : 4} autocomplete=${ifDefined(field.type === 'address' ? 'street-address' : undefined)}
        ?disabled=${disabled} ?readonly=${locked} ?required=${required} aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)} placeholder=${ifDefined(field.placeholder?.[locale])} .value=${live(asText(state.value))}
        @input=${(e: Event) => ctx.set(field.key, (e.target as HTMLTextAreaElement).value || undefined)} @blur=${blur}></textarea>`);
    default: {
      const spec = inputTypes[field.type] ?? { type: 'text' };
      const numeric = field.type === 'number';
      return single(
        html`<input id=${id} type=${spec.type} inputmode=${ifDefined(spec.inputmode)} autocomplete=${ifDefined(spec.autocomplete)}
          spellcheck="false" ?disabled=${disabled} ?readonly=${locked} ?required=${required} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}
          min=${ifDefined(field.type === 'date' ? field.constraints?.minDate : undefined)} max=${ifDefined(field.type === 'date' ? field.constraints?.maxDate : undefined)}
          placeholder=${ifDefined(field.placeholder?.[locale])} .value=${numeric ? asText(state.value) : live(asText(state.value))}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            ctx.set(field.key, numeric ? parseNumber(text) : text === '' ? undefined : text);
          }} @blur=${blur} />`,
        unitAfter(field, locale),
      );
    }
  }
}
