import type { Locale, MessageParams } from '@sijitong/core';
import { FormsError } from '../errors.js';
import { mergeMessages } from '../i18n/messages/merge.js';
import type { MergeConflict, MergeConflictCode, MergeWarning } from './types.js';

/** Collects conflicts and warnings in one locale. @internal */
export class MergeReport {
  readonly conflicts: MergeConflict[] = [];
  readonly warnings: MergeWarning[] = [];
  readonly #locale: Locale;

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  /** Reports a conflict on `key`; `values` says what each item has (also shown in the message). */
  conflict(code: MergeConflictCode, key: string, values: readonly { item: string; value: unknown }[], params: MessageParams = {}): void {
    const shown = values.map(({ item, value }) => `${item}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join('; ');
    const error = new FormsError(mergeMessages, code, { key, values: shown, ...params });
    this.conflicts.push({
      code,
      key,
      items: [...new Set(values.map((v) => v.item))],
      values,
      params: error.params,
      message: error.localized(this.#locale),
    });
  }

  /** Reports a material without an upload field. */
  missingSlot(key: string, name: string, items: readonly string[]): void {
    const error = new FormsError(mergeMessages, 'MERGE_MATERIAL_SLOT_MISSING', { name, items: items.join(', ') });
    this.warnings.push({ code: 'MERGE_MATERIAL_SLOT_MISSING', key, params: error.params, message: error.localized(this.#locale) });
  }
}
