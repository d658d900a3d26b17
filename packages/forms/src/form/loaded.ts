import { html, type TemplateResult } from 'lit';
import type { Locale } from '@sijitong/core';
import { isFormsError } from '../errors.js';
import { createFormModel, type FormModel } from '../model/form-model.js';
import type { FormSchema } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import { t } from './controls.js';

const isLabel = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['zh-CN'] === 'string' && typeof (x as Record<string, unknown>)['en'] === 'string';
const isArray = (x: unknown): x is readonly unknown[] => Array.isArray(x);
const get = (x: unknown, name: string): unknown => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[name] : undefined);

/** Whether `schema` has the shape of a loaded form (each field with its type and label resolved). @internal */
export function looksLoaded(schema: unknown): schema is FormSchema {
  const steps = get(schema, 'steps');
  return (
    isLabel(get(schema, 'title')) &&
    isArray(steps) && steps.length > 0 &&
    steps.every((step) => {
      const sections = get(step, 'sections');
      return isLabel(get(step, 'title')) && typeof get(step, 'id') === 'string' && isArray(sections) &&
        sections.every((section) => {
          const fields = get(section, 'fields');
          return isLabel(get(section, 'title')) && isArray(fields) &&
            fields.every((f) => typeof get(f, 'key') === 'string' && typeof get(f, 'type') === 'string' && isLabel(get(f, 'label')));
        });
    })
  );
}

/** The message `<sjt-form>` shows instead of a form it cannot show. @internal */
export function renderFormError(message: string, locale: Locale): TemplateResult {
  return html`<div class="form-error" part="form-error" role="alert">
    <h2>${t('SCHEMA_INVALID_TITLE', locale)}</h2>
    <p>${message}</p>
  </div>`;
}

/** A form as the element holds it, or the problem it shows instead. @internal */
export type PreparedForm =
  | { readonly model: FormModel; readonly stepOf: ReadonlyMap<string, string>; readonly problem?: undefined }
  | { readonly model?: undefined; readonly problem: string };

/** Compiles `schema` for the element: its model and each field's step, or the localized problem. @internal */
export function prepareForm(schema: unknown, locale: Locale): PreparedForm {
  if (!looksLoaded(schema)) return { problem: t('SCHEMA_INVALID', locale, { detail: t('SCHEMA_NOT_LOADED', locale) }) };
  let model: FormModel;
  try {
    model = createFormModel(schema);
  } catch (error) {
    const detail = isFormsError(error) ? error.localized(locale) : t('SCHEMA_NOT_LOADED', locale);
    return { problem: t('SCHEMA_INVALID', locale, { detail }) };
  }
  return { model, stepOf: new Map(fieldsOf(schema).map(({ field, step }) => [field.key, step.id])) };
}
