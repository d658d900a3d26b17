import { html, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import type { CellState, FieldState } from '../model/run.js';
import type { FormColumn, FormField } from '../schema/form.js';
import type { ControlContext, FieldParts } from './controls.js';
import { focusAfterUpdate } from './focus.js';
import { t } from './renderer-text.js';

/*
 * A `table` field of `<sjt-form>` (a repeating group): each row a group "第 n 行" of its visible
 * cells, drawn by the same `renderField` as fields (with a cell id `sjt-f-<key>--<row>--<column>`
 * and a setter that writes into the row), a "删除第 n 行" button per row, an "添加一行" button
 * (disabled at `maxRows`) and the row count in a live region. Removing rows is always allowed,
 * also below `minRows`: validation then says how many rows are needed (the applicant may delete a
 * wrong row before adding the right one). Focus goes to the new row's first control after adding
 * and to the add button after removing.
 */

/** Draws one cell: `renderField` itself (passed in to keep the modules acyclic). @internal */
export type CellRenderer = (column: FormColumn, state: FieldState, ctx: ControlContext) => TemplateResult;

/** The shown-error key of a cell, `tableKey.row.column`; `controlId` of it is the cell's id. @internal */
export const cellKey = (tableKey: string, row: number, column: string): string => `${tableKey}.${row}.${column}`;

const isRow = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The row limits of a table as a hint ("至少填写 1 行，最多 5 行。"), if it has any. @internal */
export function tableHint(field: FormField | FormColumn, locale: Locale): string | undefined {
  const { minRows, maxRows } = field.constraints ?? {};
  if (minRows !== undefined && minRows > 0 && maxRows !== undefined) return t('TABLE_LIMITS', locale, { min: minRows, max: maxRows });
  if (minRows !== undefined && minRows > 0) return t('TABLE_LIMIT_MIN', locale, { min: minRows });
  return maxRows === undefined ? undefined : t('TABLE_LIMIT_MAX', locale, { max: maxRows });
}

/** Renders a table field. `columns` are its columns; `renderCell` draws a cell. @internal */
export function renderTable(
  field: FormField | FormColumn,
  columns: readonly FormColumn[],
  state: FieldState,
  ctx: ControlContext,
  parts: FieldParts,
  renderCell: CellRenderer,
): TemplateResult {
  const { locale } = ctx;
  const rows: readonly unknown[] = Array.isArray(state.value) ? state.value : [];
  // Edits start from the rows as stored (hidden cells kept), read when the edit happens.
  const stored = (): unknown[] => {
    const current = ctx.current?.();
    return Array.isArray(current) ? [...(current as unknown[])] : [...rows];
  };
  const write = (next: readonly unknown[], at?: string) => ctx.set(field.key, next.length === 0 ? undefined : next, at);
  const { maxRows } = field.constraints ?? {};
  const locked = parts.disabled;
  const full = maxRows !== undefined && rows.length >= maxRows;
  const tableKey = ctx.errorKey ?? field.key;

  const add = (event: Event) => {
    const next = stored();
    next.push({});
    write(next);
    void focusAfterUpdate(event.target, `${parts.id}--${next.length - 1}`);
  };
  const remove = (r: number) => (event: Event) => {
    const next = stored();
    next.splice(r, 1);
    write(next);
    void focusAfterUpdate(event.target, `${parts.id}--add`);
  };

  const cell = (r: number, row: Readonly<Record<string, unknown>>, column: FormColumn, cellState: CellState) => {
    const key = cellKey(tableKey, r, column.key);
    return renderCell(column, { key, value: row[column.key], visible: true, required: cellState.required, disabled: cellState.disabled || locked }, {
      locale,
      id: `${parts.id}--${r}--${column.key}`,
      errorKey: key,
      error: ctx.errors?.get(key),
      errors: ctx.errors,
      uploads: ctx.uploads,
      divisions: ctx.divisions,
      locked: ctx.locked === true,
      current: () => {
        const now = stored()[r];
        return isRow(now) ? now[column.key] : undefined;
      },
      set: (_column, value) => {
        const next = stored();
        const cells: Record<string, unknown> = { ...(isRow(next[r]) ? next[r] : {}) };
        if (value === undefined) delete cells[column.key];
        else cells[column.key] = value;
        next[r] = cells;
        write(next, key);
      },
      blur: (_column, control) => ctx.blur(key, control),
    });
  };

  return parts.group(html`
    ${rows.map((row, r) => {
      const states = state.rows?.[r] ?? {};
      const shown = isRow(row) ? columns.filter((c) => states[c.key]?.visible === true) : [];
      return html`<fieldset class="table-row" part="table-row" id=${`${parts.id}--${r}`} data-row=${r} tabindex="-1">
        <legend>${t('TABLE_ROW', locale, { row: r + 1 })}</legend>
        ${shown.map((c) => cell(r, row as Readonly<Record<string, unknown>>, c, states[c.key]!))}
        <button type="button" class="secondary" part="row-remove" data-action="remove-row" ?disabled=${locked}
          @click=${remove(r)}>${t('TABLE_REMOVE_ROW', locale, { row: r + 1 })}</button>
      </fieldset>`;
    })}
    <p class="row-count" part="row-count" role="status" aria-live="polite">${t('TABLE_ROW_COUNT', locale, { count: rows.length })}</p>
    <button type="button" class="secondary" part="row-add" id=${`${parts.id}--add`} data-action="add-row" ?disabled=${full || locked}
      @click=${add}>${t('TABLE_ADD_ROW', locale)}<span class="visually-hidden"> ${parts.label}</span></button>
  `);
}
