import { describe, expect, it } from 'vitest';
import { loadFormSchema } from '../schema/load.js';
import type { FormSchema } from '../schema/form.js';
import { validateValues } from '../model/validate.js';
import { mergeForms } from './merge.js';
import { splitSubmission } from './split.js';
import { l } from '../test-support/forms.js';

const local = (key: string, type: string, extra: Record<string, unknown> = {}) => ({ key, type, label: l(key, key), ...extra });
const modes = { constraints: { options: [{ value: 'post', label: l('邮寄', 'Post') }, { value: 'window', label: l('窗口', 'Window') }] } };

function load(id: string, fields: unknown[]): FormSchema {
  const result = loadFormSchema({ id, version: '1', title: l(id, id), steps: [{ id: 's', title: l('步', 'S'), sections: [{ id: 'a', title: l('甲', 'A'), fields }] }] });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}

describe('splitSubmission', () => {
  const a = load('a', [
    { key: 'applicant.name', required: true },
    local('x.mode', 'radio', { ...modes, required: true }),
    { key: 'delivery.address', required: true, visibleWhen: "x.mode == 'post'" },
    local('x.rows', 'table', { columns: [{ key: 'n', type: 'number', label: l('数', 'N'), required: true }, { key: 'note', type: 'text', label: l('注', 'Note') }] }),
    local('x.total', 'computed', { compute: "sum(x.rows, 'n')" }),
  ]);
  const b = load('b', [
    { key: 'applicant.name' },
    { key: 'delivery.address', required: true },
    local('x.rows', 'table', { columns: [{ key: 'n', type: 'number', label: l('数', 'N'), constraints: { max: 10 } }] }),
    local('b.only', 'text', { required: true }),
  ]);
  const result = mergeForms([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }]);
  if (!result.ok) throw new Error('conflicts');
  const merged = result.form;

  it('gives each item the values it needs, valid against its ORIGINAL form', () => {
    const values = { 'applicant.name': '张三', 'x.mode': 'window', 'delivery.address': '人民路 1 号', 'x.rows': [{ n: 2, note: '甲' }, { n: 3 }], 'b.only': '乙', stray: 1 };
    expect(validateValues(merged.schema, values).ok).toBe(true);
    const parts = splitSubmission(merged, values);
    expect(parts).toEqual([
      { itemCode: 'A', values: { 'applicant.name': '张三', 'x.mode': 'window', 'x.rows': [{ n: 2, note: '甲' }, { n: 3 }], 'x.total': 5 } },
      { itemCode: 'B', values: { 'applicant.name': '张三', 'delivery.address': '人民路 1 号', 'x.rows': [{ n: 2 }, { n: 3 }], 'b.only': '乙' } },
    ]);
    for (const part of parts) {
      const original = merged.items.find((item) => item.itemCode === part.itemCode)?.schema as FormSchema;
      expect(validateValues(original, part.values)).toMatchObject({ ok: true, values: part.values });
    }
  });

  it('keeps the merged requiredness: what an item requires is required in the merged form', () => {
    const errors = validateValues(merged.schema, { 'x.mode': 'post', 'b.only': '乙' }).errors.map((e) => e.key);
    expect(errors).toEqual(['applicant.name', 'delivery.address']);
  });
});
