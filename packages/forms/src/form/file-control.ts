import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '@sijitong/core';
import { sizeText } from '../model/files.js';
import type { FieldState } from '../model/run.js';
import type { FileRef } from '../model/values.js';
import type { FormColumn, FormField } from '../schema/form.js';
import type { ControlContext, FieldParts } from './controls.js';
import { focusAfterUpdate } from './focus.js';
import { t } from './renderer-text.js';
import { fileRefs, type UploadSlot } from './uploads.js';

/*
 * A `file` field of `<sjt-form>` (a material upload): a file input (`accept` from the field,
 * `multiple` unless it takes one file), a live region saying what is being uploaded, and the
 * files with their name, size, a preview when picked in this page (a thumbnail for pictures, a
 * link opening other files in a new tab) and a "删除 文件名" button. Refused and failed files are
 * listed with the field's error (`renderField` adds them).
 */

/** An `accept` entry as people read it: `.pdf` and `application/pdf` → PDF, `image/*` stays. */
const formatName = (entry: string): string => {
  const e = entry.trim();
  if (e.startsWith('.')) return e.slice(1).toUpperCase();
  const sub = e.slice(e.indexOf('/') + 1);
  return sub === '*' || sub === e ? e : sub.toUpperCase();
};

/** What an upload field takes ("可上传的格式：PDF、JPEG、PNG。每个文件不超过 10 MB。最多 5 个文件。"), if limited. @internal */
export function fileHint(field: FormField | FormColumn, locale: Locale): string | undefined {
  const { accept, maxSize, maxFiles } = field.constraints ?? {};
  const parts = [
    accept === undefined ? undefined : t('FILE_HINT_ACCEPT', locale, { accept: [...new Set(accept.map(formatName))].join(t('LIST_SEPARATOR', locale)) }),
    maxSize === undefined ? undefined : t('FILE_HINT_SIZE', locale, { maxSize: sizeText(maxSize) }),
    maxFiles === undefined ? undefined : t('FILE_HINT_COUNT', locale, { max: maxFiles }),
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(locale === 'en' ? ' ' : '');
}

/** Renders an upload field. @internal */
export function renderFile(field: FormField | FormColumn, state: FieldState, ctx: ControlContext, parts: FieldParts): TemplateResult {
  const { locale, uploads } = ctx;
  const slot: UploadSlot = {
    id: parts.id,
    key: ctx.errorKey ?? field.key,
    spec: field,
    current: () => (ctx.current === undefined ? state.value : ctx.current()),
    set: (files) => ctx.set(field.key, files),
  };
  const { accept, maxFiles } = field.constraints ?? {};
  const files = fileRefs(state.value);
  const pending = uploads?.pendingOf(parts.id) ?? [];
  const disabled = parts.disabled;
  const afterRemove = (event: Event) => void focusAfterUpdate(event.target, parts.id);
  const remove = (file: FileRef) => (event: Event) => {
    if (uploads === undefined) slot.set(files.filter((f) => f !== file));
    else uploads.remove(slot, file.id);
    afterRemove(event);
  };
  const preview = (file: FileRef) => {
    if (uploads?.file(file.id) === undefined) return nothing;
    const url = uploads.url(file.id);
    return file.type.startsWith('image/')
      ? html`<img class="file-thumb" part="file-preview" src=${ifDefined(url)} alt=${file.name} />`
      : html`<a class="file-open" part="file-preview" href=${ifDefined(url)} target="_blank" rel="noopener">${t('FILE_OPEN', locale, { name: file.name })}</a>`;
  };
  const removeButton = (name: string, click: (event: Event) => void) =>
    html`<button type="button" class="secondary" part="file-remove" ?disabled=${disabled} @click=${click}>${t('FILE_REMOVE', locale, { name })}</button>`;

  const input = html`<input id=${parts.id} type="file" accept=${ifDefined(accept?.join(','))} ?multiple=${maxFiles !== 1} ?disabled=${disabled}
    aria-invalid=${parts.invalid} aria-describedby=${ifDefined(parts.describedBy)} @blur=${parts.blur}
    @change=${(e: Event) => {
      const target = e.target as HTMLInputElement;
      const picked = [...(target.files ?? [])];
      target.value = '';
      if (picked.length > 0) uploads?.pick(slot, picked);
    }} />`;
  const list =
    files.length + pending.length === 0
      ? nothing
      : html`<ul class="file-list" part="file-list">
          ${files.map((file) => html`<li class="file-item" data-id=${file.id}>
            ${preview(file)}<span class="file-name">${file.name}</span> <span class="file-size">${sizeText(file.size)}</span>
            ${removeButton(file.name, remove(file))}
          </li>`)}
          ${pending.map((upload) => html`<li class="file-item pending">
            <span class="file-name">${upload.name}</span> <span class="file-size">${sizeText(upload.size)}</span>
            <span class="file-progress">${t('FILE_PENDING', locale)}</span>
            ${removeButton(upload.name, (event) => {
              uploads?.cancel(slot, upload.token);
              afterRemove(event);
            })}
          </li>`)}
        </ul>`;
  return parts.single(
    input,
    html`<p class="upload-status" part="upload-status" role="status" aria-live="polite">${uploads?.statusOf(parts.id, locale) ?? ''}</p>${list}`,
  );
}
