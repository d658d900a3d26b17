import * as z from 'zod/mini';
import type { LocalizedText } from '../schema/field.js';
import type { FormSchema } from '../schema/form.js';
import { fieldMap } from '../schema/walk.js';
import { isComputed } from '../model/run.js';
import { fitsType, type FormValues } from '../model/values.js';

/** A saved draft: the values as typed in one version of one form, with what each field was. */
export interface Draft {
  /** Id of the draft (the form id, or the host's `draft-key`). */
  readonly formId: string;
  /** Version of the form the values were typed in. */
  readonly version: string;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  /** The values as typed, by field key. */
  readonly values: FormValues;
  /** Type and label of each saved field then, to migrate and to name what a new version drops. */
  readonly fields: Readonly<Record<string, SavedField>>;
}

/** What a saved field was when its draft was saved. */
export interface SavedField {
  /** Its field type then. */
  readonly type: string;
  /** Its label then. */
  readonly label: LocalizedText;
}

const label = /* @__PURE__ */ z.object({ 'zh-CN': z.string(), en: z.string() });

/** zod schema of a stored draft, checked on every read. @internal */
export const draftSchema = /* @__PURE__ */ z.object({
  formId: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  savedAt: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())])),
  fields: z.record(z.string(), z.object({ type: z.string(), label })),
});

/** A field dropped from a draft: its key is gone from the form, or its value does not fit the field any more. */
export interface DroppedField {
  /** Field key. */
  readonly key: string;
  /** Its label when the draft was saved. */
  readonly label: LocalizedText;
  /** `removed`: the form no longer has it; `type`: the value does not fit the field's new type. */
  readonly reason: 'removed' | 'type';
}

/** What {@link migrateDraft} kept and dropped. */
export interface DraftMigration {
  /** The values that still fit the form. */
  readonly values: FormValues;
  /** The fields that could not be kept (empty when nothing was lost). */
  readonly dropped: readonly DroppedField[];
}

/**
 * Carries a draft's values into (a possibly newer version of) a form: a value is kept when its key
 * still exists and the value fits the field's type now; every other value is listed in `dropped`,
 * never lost silently. Computed fields are recomputed, so their values are dropped without notice.
 */
export function migrateDraft(draft: Draft, schema: FormSchema): DraftMigration {
  const fields = fieldMap(schema);
  const values: Record<string, unknown> = {};
  const dropped: DroppedField[] = [];
  for (const [key, value] of Object.entries(draft.values)) {
    if (value === null || value === undefined) continue;
    const field = fields.get(key);
    const saved = draft.fields[key]?.label ?? { 'zh-CN': key, en: key };
    if (field === undefined) dropped.push({ key, label: saved, reason: 'removed' });
    else if (isComputed(field)) continue;
    else if (!fitsType(field.type, value)) dropped.push({ key, label: field.label, reason: 'type' });
    else values[key] = value;
  }
  return { values, dropped };
}

/** A draft of `values` typed in `schema`, saved now under `formId`. */
export function draftOf(formId: string, schema: FormSchema, values: FormValues, now: Date = new Date()): Draft {
  const fields = fieldMap(schema);
  const saved: Record<string, SavedField> = {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    kept[key] = value;
    const field = fields.get(key);
    if (field !== undefined) saved[key] = { type: field.type, label: field.label };
  }
  return { formId, version: schema.version, savedAt: now.toISOString(), values: kept, fields: saved };
}
