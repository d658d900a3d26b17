import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate, type DivisionLevel, type Locale } from '@sijitong/core';
import { DivisionCascade, failureDetail, levelOf, loadNames, namesOf, type CascadeLevel } from '../divisions/cascade.js';
import type { DivisionOption } from '../divisions/source.js';
import { divisionFieldMessages } from '../i18n/messages/divisions.js';
import type { FieldState } from '../model/run.js';
import type { FormField } from '../schema/form.js';
import type { ControlContext } from './controls.js';
import type { DivisionFieldParts, DivisionFieldsHost, DivisionFieldsImpl } from './division-field.js';

/*
 * The `division` field of `<sjt-form>`, loaded on first use: a fieldset (legend: the field's label)
 * with one labelled <select> per level, 省 → 市 → 县 → 乡镇 → 村. The next level's list loads only
 * once a choice is made ("正在加载…" in a polite live region present from the start); a newer
 * choice aborts a load in flight; a failed load shows its message and a retry button. The value is
 * the deepest code chosen: the applicant may stop at any level, and a required field needs one
 * choice. With a root (`division-root`), the root and the levels above it are shown as text and
 * choices start below it. Without a source, the field is a plain code input with a notice.
 */

type DivisionText = Extract<keyof (typeof divisionFieldMessages)['zh-CN'], string>;
const d = (key: DivisionText, locale: Locale, params: Readonly<Record<string, string>> = {}): string =>
  translate(divisionFieldMessages, key, params, locale);

const LEVEL_TEXT: Readonly<Record<DivisionLevel, DivisionText>> = {
  province: 'LEVEL_PROVINCE',
  city: 'LEVEL_CITY',
  county: 'LEVEL_COUNTY',
  township: 'LEVEL_TOWNSHIP',
  village: 'LEVEL_VILLAGE',
};
const BELOW: Readonly<Record<DivisionLevel, DivisionLevel>> = {
  province: 'city',
  city: 'county',
  county: 'township',
  township: 'village',
  village: 'village',
};

/** The level of the list under `parent`: read from its first entry, else one below the parent. */
function listLevel(parent: string | undefined, options?: readonly DivisionOption[]): DivisionLevel {
  const first = options?.[0];
  const own = first === undefined ? undefined : levelOf(first.code);
  if (own !== undefined) return own;
  const above = parent === undefined ? undefined : levelOf(parent);
  return above === undefined ? 'province' : BELOW[above];
}

/** Between the names of a division path, e.g. `山东省 临沂市 莒南县` (as core's `DivisionTable.path`). */
const SEPARATOR = ' ';

class DivisionFieldsModule implements DivisionFieldsImpl {
  private readonly cascades = new Map<string, DivisionCascade>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DivisionFieldsHost,
  ) {}

  render(field: FormField, state: FieldState, ctx: ControlContext, parts: DivisionFieldParts): TemplateResult {
    const source = this.options.source();
    if (source === undefined) return codeInput(field, state, ctx, parts);
    const cascade = this.cascades.get(field.key) ?? new DivisionCascade(() => this.host.requestUpdate());
    this.cascades.set(field.key, cascade);
    cascade.sync(state.value, source, this.options.root());
    const { locale } = ctx;
    const { status } = cascade;
    const statusId = `${parts.id}-status`;
    const failed = status.kind === 'error';
    const describedBy = [parts.describedBy, failed ? statusId : undefined].filter((x) => x !== undefined).join(' ') || undefined;
    const root = cascade.fixed.at(-1);
    const fixed = root === undefined ? undefined : (namesOf(source, root) ?? cascade.fixed).join(SEPARATOR);
    const pending = status.kind === 'idle' ? undefined : d(LEVEL_TEXT[listLevel(status.parent)], locale);
    const message =
      status.kind === 'loading'
        ? d('DIVISION_LOADING', locale, { level: pending ?? '' })
        : status.kind === 'error'
          ? d('DIVISION_LOAD_FAILED', locale, { level: pending ?? '', detail: failureDetail(status.error, locale) ?? d('DIVISION_LOAD_FAILED_UNKNOWN', locale) })
          : '';
    const select = (level: CascadeLevel, depth: number) => {
      const options = level.options;
      if (options === undefined || options.length === 0) return nothing;
      const id = `${parts.id}-${depth}`;
      return html`<div class="division-level">
        <label for=${id}>${d(LEVEL_TEXT[listLevel(level.parent, options)], locale)}</label>
        <select id=${id} data-depth=${depth} ?disabled=${parts.disabled} aria-invalid=${parts.invalid} aria-describedby=${ifDefined(describedBy)}
          @change=${(e: Event) => ctx.set(field.key, cascade.choose(depth, (e.target as HTMLSelectElement).value))}
          @blur=${(e: Event) => ctx.blur(field.key, e.target)}>
          <option value="" .selected=${level.chosen === undefined}>${d('DIVISION_PLACEHOLDER', locale)}</option>
          ${options.map((o) => html`<option .value=${o.code} .selected=${o.code === level.chosen}>${o.name}</option>`)}
        </select>
      </div>`;
    };
    const retry = async (event: Event) => {
      const where = (event.currentTarget as Element).getRootNode() as ParentNode;
      const depth = cascade.levels.length - 1;
      await cascade.retry();
      await this.host.updateComplete;
      const next = [`#${parts.id}-${depth}`, `#${parts.id} [data-action="division-retry"]`, `#${parts.id}`].map((q) => where.querySelector<HTMLElement>(q));
      next.find((x) => x !== null)?.focus();
    };
    return html`<div class=${parts.classes} part="field" data-key=${field.key}>
      <fieldset id=${parts.id} class="division" aria-describedby=${ifDefined(describedBy)} tabindex="-1">
        <legend part="label">${parts.label}${parts.requiredMark}</legend>${parts.help}${parts.errorText}
        ${fixed === undefined ? nothing : html`<p class="division-fixed">${d('DIVISION_FIXED', locale, { path: fixed })}</p>`}
        ${cascade.levels.map(select)}
        <p class="division-status" id=${statusId} role="status" aria-live="polite">${failed ? html`<span class="error" part="error">${message}</span>` : message}</p>
        ${failed ? html`<button type="button" class="secondary" data-action="division-retry" ?disabled=${parts.disabled} @click=${retry}>${d('DIVISION_RETRY', locale)}</button>` : nothing}
      </fieldset>
    </div>`;
  }

  names(code: string): string | undefined {
    const source = this.options.source();
    if (source === undefined) return undefined;
    const names = namesOf(source, code);
    if (names !== undefined) return names.join(SEPARATOR);
    void loadNames(source, code).then((loaded) => loaded && this.host.requestUpdate());
    return undefined;
  }

  abort(): void {
    for (const cascade of this.cascades.values()) cascade.abort();
  }
}

/** Without a source: a text input for the code (validated as a GB/T 2260 code), with a notice why. */
function codeInput(field: FormField, state: FieldState, ctx: ControlContext, parts: DivisionFieldParts): TemplateResult {
  const noteId = `${parts.id}-no-source`;
  const describedBy = [noteId, parts.describedBy].filter((x) => x !== undefined).join(' ');
  const text = typeof state.value === 'string' ? state.value : '';
  return html`<div class=${parts.classes} part="field" data-key=${field.key}>
    <label part="label" for=${parts.id}>${parts.label}${parts.requiredMark}</label>
    <p class="notice" part="notice" id=${noteId}>${d('DIVISION_NO_SOURCE', ctx.locale)}</p>${parts.help}${parts.errorText}
    <input id=${parts.id} type="text" inputmode="numeric" autocomplete="off" spellcheck="false" maxlength="12" ?disabled=${parts.disabled}
      aria-invalid=${parts.invalid} aria-describedby=${describedBy} .value=${text}
      @input=${(e: Event) => ctx.set(field.key, (e.target as HTMLInputElement).value || undefined)}
      @blur=${(e: Event) => ctx.blur(field.key, e.target)} />
  </div>`;
}

/** The division fields of one element. @internal */
export function createDivisionFields(host: ReactiveControllerHost, options: DivisionFieldsHost): DivisionFieldsImpl {
  return new DivisionFieldsModule(host, options);
}
