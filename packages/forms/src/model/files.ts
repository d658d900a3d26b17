import { FormsError } from '../errors.js';
import { validationMessages } from '../i18n/messages/validation.js';
import type { FormColumn, FormField } from '../schema/form.js';
import type { FileRef } from './values.js';

const isFileRef = (value: unknown): value is FileRef => {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f.id === 'string' &&
    f.id !== '' &&
    typeof f.name === 'string' &&
    typeof f.type === 'string' &&
    typeof f.size === 'number' &&
    Number.isInteger(f.size) &&
    f.size >= 0
  );
};

/** Whether a file's name or MIME type matches one entry of `accept` (`.pdf`, `image/*`, `application/pdf`). */
export function acceptsFile(accept: readonly string[], file: Pick<FileRef, 'name' | 'type'>): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const e = entry.trim().toLowerCase();
    if (e.startsWith('.')) return name.endsWith(e);
    if (e.endsWith('/*')) return type.startsWith(e.slice(0, -1));
    return type === e;
  });
}

/** Bytes as people read them: 512 KB, 5 MB. @internal */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} B`;
}

/**
 * Every problem of an upload field's present value: a list of {@link FileRef}, within the
 * count, size and type limits. Paths are relative to the field (`[index]` for one file).
 * @internal
 */
export function fileProblems(spec: FormField | FormColumn, value: unknown): FormsError[] {
  const label = { label: spec.label['zh-CN'], labelEn: spec.label.en };
  if (!Array.isArray(value) || !value.every(isFileRef)) return [new FormsError(validationMessages, 'FILE_LIST_INVALID', label)];
  const { minFiles, maxFiles, maxSize, accept } = spec.constraints ?? {};
  const problems: FormsError[] = [];
  if (minFiles !== undefined && value.length < minFiles) problems.push(new FormsError(validationMessages, 'FILE_TOO_FEW', { ...label, min: minFiles }));
  if (maxFiles !== undefined && value.length > maxFiles) problems.push(new FormsError(validationMessages, 'FILE_TOO_MANY', { ...label, max: maxFiles }));
  value.forEach((file, i) => {
    if (maxSize !== undefined && file.size > maxSize) {
      problems.push(new FormsError(validationMessages, 'FILE_TOO_LARGE', { name: file.name, maxSize: sizeText(maxSize) }, { path: [i] }));
    }
    if (accept !== undefined && !acceptsFile(accept, file)) {
      problems.push(new FormsError(validationMessages, 'FILE_TYPE_NOT_ACCEPTED', { name: file.name, accept: accept.join(' / ') }, { path: [i] }));
    }
  });
  return problems;
}
