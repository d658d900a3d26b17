/**
 * `mergeForms` of 20 loaded schemas × 100 fields (5 sections of 20): per schema 40 keys every
 * form shares (the applicant and the like), 30 keys shared with some other forms (a pool of 120),
 * 25 keys of its own, 5 material uploads (a pool of 30); a quarter of the fields carry a
 * visibility or requiredness condition, choice fields carry options to intersect. Target: mean
 * < 5 ms. Also `validateValues` of the merged form (informative).
 */
import { loadFormSchema, mergeForms, validateValues, type FormSchema } from '../src/index.js';
import { mean, percentile, sample, type BenchResult } from './measure.js';

const SCHEMAS = 20;
const RUNS = 300;
const TARGET_MS = 5;

const l = (text: string) => ({ 'zh-CN': `字段${text}`, en: `Field ${text}` });
const options = (n: number, shift: number) =>
  Array.from({ length: n }, (_, i) => ({ value: `o${i + shift}`, label: l(`o${i + shift}`) }));

/** The type follows the key (one key, one type); the constraints and conditions vary by form. */
function field(key: string, i: number, s: number): Record<string, unknown> {
  const kind = [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
  const base: Record<string, unknown> = { key, label: l(key) };
  if (i % 4 === 0) base.visibleWhen = `bench.flag${i % 3} == true`;
  if (i % 4 === 1) base.requiredWhen = `bench.n0 > ${i}`;
  else base.required = i % 2 === 0;
  if (kind === 0) return { ...base, type: 'text', constraints: { maxLength: 50 + ((i + s) % 20) } };
  if (kind === 1) return { ...base, type: 'number', constraints: { min: 0, max: 1000 - ((i + s) % 10) } };
  if (kind === 2) return { ...base, type: 'select', constraints: { options: options(6, s % 2) } };
  if (kind === 3) return { ...base, type: 'date', constraints: { minDate: '2000-01-01' } };
  return { ...base, type: 'textarea' };
}

function schema(s: number): FormSchema {
  const keys: string[] = [];
  for (let i = 0; i < 40; i++) keys.push(`common.k${i}`);
  for (let i = 0; i < 30; i++) keys.push(`shared.k${(s * 7 + i * 3) % 120}`);
  for (let i = 0; i < 25; i++) keys.push(`item${s}.k${i}`);
  const fields = keys.map((key, i) => field(key, i, s));
  fields[0] = { key: 'bench.flag0', type: 'switch', label: l('flag0') };
  fields[1] = { key: 'bench.flag1', type: 'switch', label: l('flag1') };
  fields[2] = { key: 'bench.flag2', type: 'switch', label: l('flag2') };
  fields[3] = { key: 'bench.n0', type: 'number', label: l('n0') };
  for (let i = 0; i < 5; i++) {
    const material = (s * 3 + i) % 30;
    fields.push({ key: `materials.m${material}`, type: 'file', label: l(`m${material}`), materialId: `m${material}`, required: true });
  }
  const sections = Array.from({ length: 5 }, (_, t) => ({ id: `s${t}`, title: l(`s${t}`), fields: fields.slice(t * 20, t * 20 + 20) }));
  const result = loadFormSchema({ id: `bench-${s}`, version: '1', title: l(`form${s}`), steps: [{ id: 'main', title: l('main'), sections }] });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.schema;
}

/** Runs the benchmark and returns its figures beside the targets. */
export default function run(): BenchResult[] {
  const entries = Array.from({ length: SCHEMAS }, (_, s) => ({ itemCode: `ITEM${String(s).padStart(2, '0')}`, schema: schema(s) }));
  const fieldCount = entries.reduce((n, e) => n + e.schema.steps.flatMap((st) => st.sections.flatMap((t) => t.fields)).length, 0);
  let merged = mergeForms(entries);
  if (!merged.ok) throw new Error(JSON.stringify(merged.conflicts.slice(0, 3)));
  const samples = sample(RUNS, () => {
    merged = mergeForms(entries);
  });
  const form = merged.form;
  if (form === undefined) throw new Error('no form');
  const keys = Object.keys(form.sources).length;
  const values = { 'bench.flag0': true, 'bench.n0': 5 };
  const validation = sample(RUNS, () => validateValues(form.schema, values, { today: '2026-05-01' }));
  return [
    {
      name: `mergeForms (${SCHEMAS} schemas, ${fieldCount} fields → ${keys} keys)`,
      figure: `mean ${mean(samples).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms`,
      target: `mean < ${TARGET_MS} ms`,
      pass: mean(samples) < TARGET_MS,
    },
    {
      name: `validateValues of the merged form (${keys} fields)`,
      figure: `mean ${mean(validation).toFixed(2)} ms, p95 ${percentile(validation, 95).toFixed(2)} ms`,
      target: 'informative',
      pass: true,
    },
  ];
}
