/**
 * The form the browser benchmarks render: one step of N fields in sections of 20. Types rotate
 * text, number, select, mobile, date; every seventh field is required; every fiftieth carries a
 * `visibleWhen` on the select just before it (one of those hidden until it is answered, like an
 * agent's details), so the model has real expressions to evaluate. Every field has help text.
 * The keystroke target is a required text field with `maxLength` in the middle of the form.
 */
import { loadFormSchema, type FieldDefinitionInput, type FormSchema } from '../../src/index.js';

/** Fields per section. */
export const SECTION_SIZE = 20;
/** `maxLength` of the keystroke target. */
export const TARGET_MAX_LENGTH = 20;

const l = (text: string) => ({ 'zh-CN': `字段${text}`, en: `Field ${text}` });
const help = (i: number) => ({ 'zh-CN': `请按证件填写第${i}项`, en: `As on the certificate (item ${i})` });
const OPTIONS = ['yes', 'no', 'maybe', 'later'].map((value) => ({ value, label: l(value) }));

/** The key of field `i`. */
export const fieldKey = (i: number): string => `bench.f${i}`;

/** The index of the keystroke target in a form of `n` fields: a text field near the middle. */
export function targetIndex(n: number): number {
  const middle = Math.floor(n / 2);
  return middle - (middle % 5); // i % 5 === 0: a text field
}

function field(i: number, n: number): FieldDefinitionInput {
  const key = fieldKey(i);
  const kind = i % 5;
  const base: FieldDefinitionInput = { key, label: l(String(i)), help: help(i) };
  if (i % 7 === 3 || i === targetIndex(n)) base.required = true;
  // i % 5 === 2 is a select: every fiftieth field from 3 depends on the select before it.
  if (i % 50 === 3) base.visibleWhen = i % 100 === 3 ? `${fieldKey(i - 1)} != 'no'` : `${fieldKey(i - 1)} == 'yes'`;
  if (kind === 0) return { ...base, type: 'text', constraints: { maxLength: TARGET_MAX_LENGTH } };
  if (kind === 1) return { ...base, type: 'number', constraints: { min: 0, max: 100000 } };
  if (kind === 2) return { ...base, type: 'select', constraints: { options: OPTIONS } };
  if (kind === 3) return { ...base, type: 'mobile' };
  return { ...base, type: 'date', constraints: { minDate: '1900-01-01' } };
}

/** A loaded form of `n` fields (see the module comment). */
export function benchSchema(n: number): FormSchema {
  const fields = Array.from({ length: n }, (_, i) => field(i, n));
  const sections = Array.from({ length: Math.ceil(n / SECTION_SIZE) }, (_, s) => ({
    id: `s${s}`,
    title: l(`section ${s}`),
    fields: fields.slice(s * SECTION_SIZE, (s + 1) * SECTION_SIZE),
  }));
  const result = loadFormSchema({ id: `bench-${n}`, version: '1', title: l(`form ${n}`), steps: [{ id: 'main', title: l('main'), sections }] });
  if (!result.ok) throw new Error(`bench schema of ${n} fields: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.schema;
}
