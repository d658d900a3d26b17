import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldState } from '../model/run.js';
import type { FormColumn, FormField } from '../schema/form.js';
import type { ControlContext, FieldParts } from './controls.js';
import { t } from './renderer-text.js';

/*
 * A `dateRange` field of `<sjt-form>`: a fieldset with two labelled date inputs (起始日期,
 * 结束日期), limited by `minDate`/`maxDate`. The value is `{ from, to }`, `undefined` when both are
 * empty; a half alone is kept (`{ from }`) so that validation says the other one is missing.
 */

type Half = 'from' | 'to';

const halfOf = (value: unknown, half: Half): string => {
  const text = typeof value === 'object' && value !== null ? (value as Partial<Record<Half, unknown>>)[half] : undefined;
  return typeof text === 'string' ? text : '';
};

/** The value of the two inputs of the fieldset holding `input`. */
function rangeAround(input: HTMLInputElement): { from?: string; to?: string } | undefined {
  const box = input.closest('fieldset');
  const read = (half: Half) => box?.querySelector<HTMLInputElement>(`input[data-half="${half}"]`)?.value ?? '';
  const from = read('from');
  const to = read('to');
  if (from === '' && to === '') return undefined;
  return { ...(from === '' ? {} : { from }), ...(to === '' ? {} : { to }) };
}

/** Renders a date range field. @internal */
export function renderDateRange(field: FormField | FormColumn, state: FieldState, ctx: ControlContext, parts: FieldParts): TemplateResult {
  const { minDate, maxDate } = field.constraints ?? {};
  // Leaving one date for the other is not leaving the field: validate when focus leaves both.
  const blur = (event: FocusEvent) => {
    const box = (event.target as HTMLElement).closest('fieldset');
    if (event.relatedTarget instanceof Node && box?.contains(event.relatedTarget) === true) return;
    parts.blur(event);
  };
  const input = (half: Half) => {
    const id = `${parts.id}--${half}`;
    return html`<div class="date-range-part">
      <label for=${id}>${t(half === 'from' ? 'DATE_RANGE_FROM' : 'DATE_RANGE_TO', ctx.locale)}</label>
      <input id=${id} type="date" data-half=${half} min=${ifDefined(minDate)} max=${ifDefined(maxDate)} ?disabled=${parts.disabled}
        ?readonly=${ctx.locked === true} ?required=${parts.required} aria-invalid=${parts.invalid} aria-describedby=${ifDefined(parts.describedBy)}
        .value=${halfOf(state.value, half)}
        @input=${(e: Event) => ctx.set(field.key, rangeAround(e.target as HTMLInputElement))} @blur=${blur} />
    </div>`;
  };
  return parts.group(html`<div class="date-range">${input('from')}${input('to')}</div>`);
}
