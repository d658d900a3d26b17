import { describe, expect, it } from 'vitest';
import { loadFormSchema } from '../schema/load.js';
import type { FormSchema } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import { validateValues } from '../model/validate.js';
import { mergeForms } from './merge.js';
import type { MergeEntry, MergeResult } from './types.js';
import { l } from '../test-support/forms.js';

const local = (key: string, type: string, extra: Record<string, unknown> = {}) => ({ key, type, label: l(key, key), ...extra });
const options = (...values: string[]) => values.map((value) => ({ value, label: l(value, value) }));

function load(id: string, sections: readonly { id: string; visibleWhen?: string; fields: unknown[] }[]): FormSchema {
  const result = loadFormSchema({
    id,
    version: '1',
    title: l(`表${id}`, `Form ${id}`),
    steps: [{ id: 's', title: l('步骤', 'Step'), sections: sections.map((s) => ({ title: l(`分区${s.id}`, `Section ${s.id}`), ...s })) }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}
const merged = (result: MergeResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.conflicts));
  return result.form;
};
const fieldOf = (schema: FormSchema, key: string) => fieldsOf(schema).find(({ field }) => field.key === key)?.field;

describe('mergeForms: reconciliation', () => {
  const a = load('a', [
    {
      id: 'applicant',
      fields: [
        { key: 'applicant.name', required: true },
        { key: 'applicant.mobile' },
        { key: 'business.premisesArea', required: true },
        local('x.kind', 'select', { constraints: { options: options('p', 'q', 'r') } }),
        local('x.code', 'text', { constraints: { pattern: '[A-Z0-9]+', maxLength: 10 } }),
        local('x.when', 'date', { constraints: { minDate: '2020-01-01' } }),
      ],
    },
  ]);
  const b = load('b', [
    {
      id: 'applicant',
      fields: [
        { key: 'applicant.name' },
        { key: 'applicant.mobile', required: true, visibleWhen: 'x.flag == true' },
        local('x.flag', 'switch'),
        { key: 'business.premisesArea', constraints: { max: 60 } },
        local('x.kind', 'select', { constraints: { options: options('r', 'q', 's') } }),
        local('x.code', 'text', { constraints: { pattern: '\\d+', minLength: 2 } }),
        local('x.when', 'date', { constraints: { maxDate: '2030-12-31' } }),
      ],
    },
  ]);
  const form = merged(mergeForms([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }]));

  it('asks each key once, the stricter definition winning', () => {
    const keys = fieldsOf(form.schema).map(({ field }) => field.key);
    expect(keys.filter((k) => k === 'applicant.name')).toHaveLength(1);
    expect(fieldOf(form.schema, 'applicant.name')?.required).toBe(true);
    expect(fieldOf(form.schema, 'business.premisesArea')).toMatchObject({ required: true, constraints: { min: 0, max: 60 } });
    expect(fieldOf(form.schema, 'x.kind')?.constraints?.options?.map((o) => o.value)).toEqual(['q', 'r']);
    expect(fieldOf(form.schema, 'x.code')?.constraints).toMatchObject({ minLength: 2, maxLength: 10 });
    expect(fieldOf(form.schema, 'x.when')?.constraints).toEqual({ minDate: '2020-01-01', maxDate: '2030-12-31' });
  });

  it('shows a field when any item shows it; requires it when an item that shows it requires it', () => {
    const mobile = fieldOf(form.schema, 'applicant.mobile');
    expect(mobile?.visibleWhen).toBeUndefined();
    expect(mobile?.required).toBeUndefined();
    expect(mobile?.requiredWhen).toBe('x.flag == true');
  });

  it('enforces every pattern at once', () => {
    const check = (code: string) => validateValues(form.schema, { 'applicant.name': '甲', 'business.premisesArea': 1, 'x.code': code }).errors.map((e) => e.key);
    expect(check('12')).toEqual([]);
    expect(check('AB')).toEqual(['x.code']);
    expect(check('1')).toEqual(['x.code']);
  });

  it('records provenance: which items need each field, under which key', () => {
    expect(form.sources['x.flag']).toEqual([{ item: 'B', key: 'x.flag' }]);
    expect(form.sources['applicant.name']).toEqual([
      { item: 'A', key: 'applicant.name' },
      { item: 'B', key: 'applicant.name' },
    ]);
    expect(form.items.map((i) => i.itemCode)).toEqual(['A', 'B']);
  });

  it('produces a form that loads without problems and loads back unchanged', () => {
    const reloaded = loadFormSchema(form.schema);
    expect(reloaded.problems).toEqual([]);
    expect(reloaded.schema).toEqual(form.schema);
  });
});

describe('mergeForms: layout', () => {
  it('puts shared and applicant fields first, then each item, then ONE materials step, then declarations', () => {
    const statement = l('本人承诺所填信息真实。', 'I declare the information is true.');
    const a = load('a', [
      { id: 'applicant', fields: [{ key: 'applicant.name', required: true }] },
      { id: 'own', fields: [local('a.only', 'text'), local('shared.q', 'text')] },
      { id: 'docs', fields: [local('materials.idCard', 'file', { materialId: 'id-card', required: true }), local('x.promise', 'declaration', { statement })] },
    ]);
    const b = load('b', [
      { id: 'contact', fields: [{ key: 'contact.mobile' }, local('shared.q', 'text')] },
      { id: 'applicant', fields: [{ key: 'applicant.name' }, { key: 'enterprise.name' }] },
      { id: 'docs', fields: [local('materials.idCard', 'file', { materialId: 'id-card' }), local('materials.other', 'file', { materialId: 'other' }), local('x.promise', 'declaration', { statement })] },
    ]);
    const form = merged(mergeForms([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }]));
    expect(form.schema.steps.map((s) => [s.id, s.sections.map((t) => `${t.id}:${t.fields.map((f) => f.key).join(',')}`)])).toEqual([
      ['common', ['applicant:applicant.name,enterprise.name', 'own:shared.q', 'contact:contact.mobile']],
      ['item-A', ['own:a.only']],
      ['materials', ['materials:materials.idCard,materials.other']],
      ['declarations', ['declarations:x.promise']],
    ]);
    expect(form.schema.steps[0]?.title).toEqual({ 'zh-CN': '基本信息', en: 'About the applicant' });
    expect(form.schema.title['zh-CN']).toBe('一表申请：表a、表b');
    expect(form.materials).toEqual([
      { key: 'materials.idCard', uses: [{ item: 'A', materialId: 'id-card', key: 'materials.idCard' }, { item: 'B', materialId: 'id-card', key: 'materials.idCard' }] },
      { key: 'materials.other', uses: [{ item: 'B', materialId: 'other', key: 'materials.other' }] },
    ]);
    expect(fieldOf(form.schema, 'materials.idCard')).toMatchObject({ required: true });
    expect(fieldOf(form.schema, 'materials.idCard')?.materialId).toBeUndefined();
  });

  it('folds each item form’s step and section conditions into its fields', () => {
    const withAgent = (id: string, condition: string) =>
      load(id, [
        { id: 'applicant', fields: [local('x.viaAgent', 'switch'), local('x.other', 'switch')] },
        { id: 'agent', visibleWhen: condition, fields: [{ key: 'agent.name', required: true }] },
      ]);
    const both = merged(mergeForms([{ itemCode: 'A', schema: withAgent('a', 'x.viaAgent == true') }, { itemCode: 'B', schema: withAgent('b', 'x.other == true') }]));
    expect(fieldOf(both.schema, 'agent.name')).toMatchObject({ visibleWhen: '(x.viaAgent == true) || (x.other == true)', required: true });
    expect(both.schema.steps[0]?.sections.every((section) => section.visibleWhen === undefined)).toBe(true);
    const always = load('c', [{ id: 'agent', fields: [{ key: 'agent.name' }] }]);
    const mixed = merged(mergeForms([{ itemCode: 'A', schema: withAgent('a', 'x.viaAgent == true') }, { itemCode: 'C', schema: always }]));
    expect(fieldOf(mixed.schema, 'agent.name')).toMatchObject({ requiredWhen: 'x.viaAgent == true' });
    expect(fieldOf(mixed.schema, 'agent.name')?.visibleWhen).toBeUndefined();
  });
});

describe('mergeForms: conflicts', () => {
  const conflictsOf = (entries: MergeEntry[]) => {
    const result = mergeForms(entries);
    expect(result.ok).toBe(false);
    expect(result.form).toBeUndefined();
    return result.conflicts.map((c) => [c.code, c.key, c.items]);
  };
  const one = (id: string, fields: unknown[]) => load(id, [{ id: 'a', fields }]);

  it('reports incompatible definitions, every one, never picking silently', () => {
    const a = one('a', [
      local('x.type', 'text'),
      local('x.choice', 'radio', { constraints: { options: options('a', 'b') } }),
      local('x.amount', 'money', { constraints: { unit: 'tenThousandYuan' } }),
      local('x.area', 'number', { constraints: { unit: l('平方米', 'm²'), min: 100 } }),
      local('x.sum', 'computed', { compute: '1 + 1' }),
      local('x.promise', 'declaration', { statement: l('承诺甲', 'Promise A') }),
      local('x.upload', 'file', { constraints: { accept: ['application/pdf'] } }),
      local('x.rows', 'table', { columns: [{ key: 'n', type: 'number', label: l('数', 'N') }] }),
    ]);
    const b = one('b', [
      local('x.type', 'number'),
      local('x.choice', 'radio', { constraints: { options: options('c') } }),
      local('x.amount', 'money'),
      local('x.area', 'number', { constraints: { unit: l('平方米', 'm²'), max: 50 } }),
      local('x.sum', 'computed', { compute: '2' }),
      local('x.promise', 'declaration', { statement: l('承诺乙', 'Promise B') }),
      local('x.upload', 'file', { constraints: { accept: ['image/*'] } }),
      local('x.rows', 'table', { columns: [{ key: 'n', type: 'text', label: l('数', 'N') }] }),
    ]);
    expect(conflictsOf([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }])).toEqual([
      ['MERGE_TYPE_MISMATCH', 'x.type', ['A', 'B']],
      ['MERGE_OPTIONS_DISJOINT', 'x.choice', ['A', 'B']],
      ['MERGE_UNIT_MISMATCH', 'x.amount', ['A', 'B']],
      ['MERGE_RANGE_EMPTY', 'x.area', ['A', 'B']],
      ['MERGE_COMPUTE_MISMATCH', 'x.sum', ['A', 'B']],
      ['MERGE_STATEMENT_MISMATCH', 'x.promise', ['A', 'B']],
      ['MERGE_ACCEPT_DISJOINT', 'x.upload', ['A', 'B']],
      ['MERGE_TYPE_MISMATCH', 'x.rows.n', ['A', 'B']],
    ]);
  });

  it('says what each item has, in the asked language', () => {
    const a = one('a', [local('x.type', 'text')]);
    const b = one('b', [local('x.type', 'number')]);
    const [conflict] = mergeForms([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }], { locale: 'en' }).conflicts;
    expect(conflict?.values).toEqual([
      { item: 'A', value: 'text' },
      { item: 'B', value: 'number' },
    ]);
    expect(conflict?.message).toBe('Field "x.type" has different types in the items\' forms (A: text; B: number): one key must have one type; align the items\' definitions.');
  });

  it('refuses the same item twice, and no item at all', () => {
    const a = one('a', [local('x.a', 'text')]);
    expect(conflictsOf([{ itemCode: 'A', schema: a }, { itemCode: 'A', schema: a }])).toEqual([['MERGE_ITEM_DUPLICATE', '', ['A']]]);
    expect(() => mergeForms([])).toThrow(expect.objectContaining({ code: 'MERGE_EMPTY' }));
  });

  it('merges a computed value with an asked one: the computation wins', () => {
    const a = one('a', [{ key: 'applicant.idNumber' }, { key: 'applicant.sex', compute: 'sex(applicant.idNumber)' }]);
    const b = one('b', [{ key: 'applicant.sex', required: true }]);
    const form = merged(mergeForms([{ itemCode: 'A', schema: a }, { itemCode: 'B', schema: b }]));
    expect(fieldOf(form.schema, 'applicant.sex')).toMatchObject({ compute: 'sex(applicant.idNumber)', required: true });
  });
});
