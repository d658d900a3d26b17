/**
 * The plain-DOM baseline: the same accessible markup `<sjt-form>` renders (form, title, sections
 * with headings, per field a `label for`, a help paragraph, an error slot, the control with
 * `aria-describedby` and `aria-invalid`, the submit button), built imperatively in the shadow root
 * of a plain `<div>` that adopts the same stylesheet, so both pay the same style and layout. Its
 * `input` listener does the equivalent work for one field: a required and `maxLength` check (or,
 * with `validation: 'zod'`, the field's zod schema, parsed as `<sjt-form>` parses it), then updates that field's error text, `hidden`, `aria-invalid` and class.
 */
import { adoptStyles } from 'lit';
import * as z from 'zod/mini';
import { localizeIssue, type ElementSchema, type Locale } from '@sijitong/core';
import { evaluateForm, type FormSchema } from '../../src/index.js';
import { controlId, t } from '../../src/form/controls.js';
import { valueSchemaOf } from '../../src/model/value-schema.js';
import { sjtFormStyles } from '../../src/form/sjt-form.styles.js';

/** One field as the baseline draws it. */
export interface PlainField {
  readonly key: string;
  readonly type: string;
  readonly label: string;
  readonly help: string;
  readonly required: boolean;
  readonly maxLength: number | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The zod schema `<sjt-form>` checks the field's value with. */
  readonly schema: ElementSchema | undefined;
}

/** How the baseline's listener checks a value: by hand (required, `maxLength`) or with the field's zod schema. */
export type PlainValidation = 'check' | 'zod';

/** What the baseline draws: the title, the sections with their shown fields, the submit button text. */
export interface PlainForm {
  readonly title: string;
  readonly submit: string;
  readonly sections: readonly { readonly title: string; readonly fields: readonly PlainField[] }[];
}

const LOCALE: Locale = 'zh-CN';

/** The fields `<sjt-form>` shows for `schema` with no values, as the baseline draws them (untimed). */
export function plainForm(schema: FormSchema): PlainForm {
  const shown = evaluateForm(schema, {}).fields;
  const sections = schema.steps.flatMap((step) =>
    step.sections.map((section) => ({
      title: section.title[LOCALE],
      fields: section.fields
        .filter((f) => shown[f.key]?.visible === true)
        .map((f) => ({
          key: f.key,
          type: f.type,
          label: f.label[LOCALE],
          help: f.help?.[LOCALE] ?? '',
          required: f.required === true,
          maxLength: f.constraints?.maxLength,
          options: (f.constraints?.options ?? []).map((o) => ({ value: o.value, label: o.label[LOCALE] })),
          schema: valueSchemaOf(f),
        })),
    })),
  );
  return { title: schema.title[LOCALE], submit: t('SUBMIT', LOCALE), sections };
}

const INPUT_TYPES: Readonly<Record<string, { type: string; inputmode?: string; autocomplete?: string }>> = {
  text: { type: 'text' },
  number: { type: 'text', inputmode: 'decimal' },
  mobile: { type: 'tel', inputmode: 'numeric', autocomplete: 'tel' },
  date: { type: 'date' },
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The baseline's validation of one value (the same messages `<sjt-form>` shows). */
function check(field: PlainField, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return field.required ? `请填写“${field.label}”。` : undefined;
  if (field.maxLength !== undefined && trimmed.length > field.maxLength) return `数值或长度过大：最多为 ${field.maxLength}。`;
  return undefined;
}

/**
 * The same with the field's zod schema (the first issue's message), through zod's Standard Schema
 * interface as `<sjt-form>` parses values, so neither pays for an error object.
 */
function checkWithZod(field: PlainField, value: string): string | undefined {
  if (value.trim() === '' || field.schema === undefined) return check(field, value);
  const result = field.schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error(`${field.key}: an asynchronous schema`);
  const issue = result.issues?.[0] as z.core.$ZodIssue | undefined;
  return issue === undefined ? undefined : localizeIssue(issue, LOCALE).message;
}

function renderField(field: PlainField, required: string, placeholder: string, errorPrefix: string, validation: PlainValidation): HTMLElement {
  const id = controlId(field.key);
  const wrapper = el('div', { class: 'field', part: 'field', 'data-key': field.key });
  const label = el('label', { part: 'label', for: id }, field.label);
  if (field.required) label.append(' ', el('span', { class: 'required' }, required));
  const help = el('p', { class: 'help', part: 'help', id: `${id}-help` }, field.help);
  const error = el('p', { class: 'error', part: 'error', id: `${id}-error`, hidden: '' });
  const message = document.createTextNode('');
  error.append(el('span', { class: 'visually-hidden' }, errorPrefix), message);
  const common = { id, 'aria-invalid': 'false', 'aria-describedby': `${id}-help ${id}-error` };
  let control: HTMLInputElement | HTMLSelectElement;
  if (field.type === 'select') {
    control = el('select', common);
    control.append(el('option', { value: '' }, placeholder), ...field.options.map((o) => el('option', { value: o.value }, o.label)));
  } else {
    const spec = INPUT_TYPES[field.type] ?? { type: 'text' };
    control = el('input', { ...common, ...spec, spellcheck: 'false' });
  }
  if (field.required) control.required = true;
  let shown: string | undefined;
  control.addEventListener('input', () => {
    const next = validation === 'zod' ? checkWithZod(field, control.value) : check(field, control.value);
    if (next === shown) return;
    const flips = (next === undefined) !== (shown === undefined);
    shown = next;
    message.data = next ?? '';
    if (!flips) return;
    error.hidden = next === undefined;
    control.setAttribute('aria-invalid', next === undefined ? 'false' : 'true');
    wrapper.classList.toggle('invalid', next !== undefined);
  });
  wrapper.append(label, help, error, control);
  return wrapper;
}

/** Builds `form` in the shadow root of a new `<div>` appended to `container`; returns the host. */
export function mountPlain(container: HTMLElement, form: PlainForm, validation: PlainValidation = 'check'): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [sjtFormStyles]);
  const required = t('REQUIRED', LOCALE);
  const placeholder = t('SELECT_PLACEHOLDER', LOCALE);
  const errorPrefix = t('ERROR_PREFIX', LOCALE);
  const formEl = el('form', { part: 'form', novalidate: '' });
  formEl.append(el('h2', { part: 'title' }, form.title));
  for (const section of form.sections) {
    if (section.fields.length === 0) continue;
    const sectionEl = el('section');
    sectionEl.append(el('h4', {}, section.title), ...section.fields.map((f) => renderField(f, required, placeholder, errorPrefix, validation)));
    formEl.append(sectionEl);
  }
  const actions = el('div', { class: 'actions', part: 'actions' });
  actions.append(el('button', { type: 'submit', 'data-action': 'submit' }, form.submit));
  formEl.append(actions);
  root.append(formEl);
  container.append(host);
  return host;
}
