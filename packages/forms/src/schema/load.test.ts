import { describe, expect, it } from 'vitest';
import { createElementDictionary, LOCAL_ID_PATTERN } from '@sijitong/core';
import type { FieldDefinitionInput } from './field.js';
import type { FormDefinitionInput } from './form.js';
import { FORM_ID_PATTERN } from './keys.js';
import { loadFormSchema } from './load.js';
import { l } from '../test-support/forms.js';

const form = (fields: readonly unknown[], extra: Partial<FormDefinitionInput> = {}): FormDefinitionInput =>
  ({
    id: 'test',
    version: '1',
    title: l('测试', 'Test'),
    steps: [{ id: 's', title: l('步骤', 'Step'), sections: [{ id: 'a', title: l('分区', 'Section'), fields }] }],
    ...extra,
  }) as FormDefinitionInput;
const at = (f: number, ...rest: (string | number)[]) => ['steps', 0, 'sections', 0, 'fields', f, ...rest];
const local = (key: string, type: string, extra: Partial<FieldDefinitionInput> = {}) => ({ key, type, label: l(key, key), ...extra });

describe('loadFormSchema: elements', () => {
  it('resolves a field from the data-element dictionary by its key', () => {
    const result = loadFormSchema(form([{ key: 'applicant.idNumber', required: true }]));
    expect(result.ok).toBe(true);
    const field = result.schema?.steps[0]?.sections[0]?.fields[0];
    expect(field).toMatchObject({
      key: 'applicant.idNumber',
      element: 'applicant.idNumber',
      type: 'text',
      label: { 'zh-CN': '证件号码', en: 'ID document number' },
      constraints: { maxLength: 32 },
    });
  });

  it('maps an element validateAs onto the field of this form asking for the condition', () => {
    const result = loadFormSchema(form([{ key: 'applicant.idType' }, { key: 'applicant.idNumber' }]));
    expect(result.schema?.steps[0]?.sections[0]?.fields[1]?.validateAs).toEqual({
      when: { field: 'applicant.idType', anyOf: ['residentId'] },
      type: 'residentId',
    });
  });

  it('lets a field reuse an element under another key, and override label and constraints but not the type', () => {
    const result = loadFormSchema(
      form([{ key: 'owner.mobile', element: 'applicant.mobile', label: l('业主手机', "Owner's mobile") }, { key: 'business.premisesArea', constraints: { max: 60 } }]),
    );
    expect(result.ok).toBe(true);
    const [owner, area] = result.schema?.steps[0]?.sections[0]?.fields ?? [];
    expect(owner).toMatchObject({ key: 'owner.mobile', element: 'applicant.mobile', type: 'mobile', label: { en: "Owner's mobile" } });
    expect(area?.constraints).toMatchObject({ min: 0, max: 60, unit: { 'zh-CN': '平方米' } });
    const typed = loadFormSchema(form([{ key: 'applicant.name', type: 'number' }]));
    expect(typed.problems.map((p) => p.code)).toEqual(['FORM_ELEMENT_TYPE_OVERRIDE']);
  });

  it('uses a province dictionary', () => {
    const elements = createElementDictionary([{ key: 'shandong.account', label: l('爱山东账号', 'iShandong account'), type: 'text' }]);
    expect(loadFormSchema(form([{ key: 'shandong.account' }])).problems[0]?.code).toBe('FORM_FIELD_TYPE_MISSING');
    expect(loadFormSchema(form([{ key: 'shandong.account' }]), { elements }).ok).toBe(true);
  });

  it('gives back a loaded form unchanged when loaded again', () => {
    const first = loadFormSchema(
      form([{ key: 'applicant.idType' }, { key: 'applicant.idNumber', required: true }, local('x.total', 'computed', { compute: '1 + 1' })]),
    );
    const again = loadFormSchema(first.schema);
    expect(again.ok).toBe(true);
    expect(again.schema).toEqual(first.schema);
    expect(JSON.parse(JSON.stringify(first.schema))).toEqual(first.schema);
  });
});

describe('loadFormSchema: problems', () => {
  it('reports every problem at once, each with its path', () => {
    const result = loadFormSchema(
      form([
        { key: 'x.a', element: 'nope.nope' },
        local('x.b', 'widget'),
        local('x.c', 'number', { visibleWhen: 'x.d >' }),
        local('x.d', 'number', { compute: 'x.unknown + 1' }),
        local('x.d', 'text'),
        local('x.e', 'select'),
        local('x.f', 'number', { constraints: { min: 5, max: 1, maxLength: 3 } }),
        local('x.g', 'number', { compute: 'x.h * 2' }),
        local('x.h', 'number', { compute: 'x.g / 2' }),
        local('x.i', 'text', { requiredWhen: "$row.kind == 'a'" }),
        local('x.j', 'declaration'),
        local('x.k', 'table'),
        { key: 'Bad Key', type: 'text', label: l('坏', 'Bad') },
      ]),
    );
    expect(result.ok).toBe(false);
    const found = result.problems.map((p) => [p.path.join('.'), p.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [at(0, 'element').join('.'), 'FORM_ELEMENT_UNKNOWN'],
        [at(1, 'type').join('.'), 'FORM_FIELD_TYPE_UNKNOWN'],
        [at(2, 'visibleWhen').join('.'), 'EXPR_UNEXPECTED_END'],
        [at(3, 'compute').join('.'), 'EXPR_FIELD_UNKNOWN'],
        [at(4, 'key').join('.'), 'FORM_KEY_DUPLICATE'],
        [at(5, 'constraints').join('.'), 'FORM_OPTIONS_MISSING'],
        [at(6, 'constraints', 'maxLength').join('.'), 'FORM_CONSTRAINT_NOT_APPLICABLE'],
        [at(6, 'constraints').join('.'), 'ELEMENT_RANGE_INVERTED'],
        [at(7).join('.'), 'FORM_CYCLE'],
        [at(9, 'requiredWhen').join('.'), 'EXPR_ROW_OUTSIDE_TABLE'],
        [at(10).join('.'), 'FORM_STATEMENT_MISSING'],
        [at(11).join('.'), 'FORM_COLUMNS_MISSING'],
        [at(12, 'key').join('.'), 'SCHEMA_INVALID_FORMAT'],
      ]),
    );
    expect(result.problems.find((p) => p.code === 'FORM_CYCLE')?.params.cycle).toBe('x.g → x.h → x.g');
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('reports cycles among visibility conditions, including section conditions', () => {
    const result = loadFormSchema({
      ...form([]),
      steps: [
        {
          id: 's',
          title: l('步骤', 'Step'),
          sections: [
            { id: 'a', title: l('甲', 'A'), fields: [local('x.a', 'switch', { visibleWhen: 'x.b == true' })] },
            { id: 'b', title: l('乙', 'B'), visibleWhen: 'x.a == true', fields: [local('x.b', 'switch')] },
            { id: 'c', title: l('丙', 'C'), visibleWhen: 'x.c == true', fields: [local('x.c', 'switch')] },
          ],
        },
      ],
    });
    expect(result.problems.map((p) => p.params.cycle)).toEqual(['x.a → x.b → x.a', 'x.c → x.c']);
  });

  it('checks table columns: $row references, column keys, column cycles and types', () => {
    const result = loadFormSchema(
      form([
        local('t.rows', 'table', {
          columns: [
            { key: 'qty', type: 'number', label: l('数量', 'Qty'), compute: '$row.total / 2 + $row.nope' },
            { key: 'total', type: 'number', label: l('合计', 'Total'), compute: '$row.qty * $row.price' },
            { key: 'price', type: 'number', label: l('单价', 'Price') },
            { key: 'price', type: 'number', label: l('重复', 'Dup') },
            { key: 'inner', type: 'table', label: l('嵌套', 'Nested') },
          ],
        }),
        local('x.sum', 'computed', { compute: "sum(t.rows, 'amount')" }),
      ]),
    );
    const codes = result.problems.map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['EXPR_ROW_COLUMN_UNKNOWN', 'FORM_COLUMN_DUPLICATE', 'FORM_COLUMN_TYPE_NOT_ALLOWED', 'FORM_COLUMN_CYCLE', 'EXPR_COLUMN_UNKNOWN']),
    );
    expect(result.problems.find((p) => p.code === 'FORM_COLUMN_CYCLE')?.path).toEqual(at(0, 'columns', 0));
  });

  it('reports shape problems of the envelope together with field problems', () => {
    const result = loadFormSchema({ ...form([local('x.a', 'widget')]), version: '', title: { 'zh-CN': '只有中文' } });
    const codes = result.problems.map((p) => `${p.path.join('.')}:${p.code}`);
    expect(codes).toEqual(expect.arrayContaining(['version:SCHEMA_TOO_SMALL', 'title.en:SCHEMA_INVALID_TYPE', `${at(0, 'type').join('.')}:FORM_FIELD_TYPE_UNKNOWN`]));
    expect(loadFormSchema('not a form').ok).toBe(false);
  });

  it('checks validateAs, duplicate material slots and ids', () => {
    const result = loadFormSchema(
      form([
        local('x.kind', 'radio', { constraints: { options: [{ value: 'a', label: l('甲', 'A') }] } }),
        local('x.id', 'text', { validateAs: { when: { field: 'x.kind', anyOf: ['b'] }, type: 'residentId' } }),
        local('x.doc1', 'file', { materialId: 'id-card' }),
        local('x.doc2', 'file', { materialId: 'id-card' }),
        local('x.note', 'text', { materialId: 'id-card' }),
      ]),
    );
    expect(result.problems.map((p) => p.code)).toEqual(['FORM_PROPERTY_NOT_APPLICABLE', 'FORM_MATERIAL_SLOT_DUPLICATE', 'FORM_VALIDATE_AS_OPTION_UNKNOWN']);
  });

  it('speaks English when asked', () => {
    const result = loadFormSchema(form([{ key: 'x.a', element: 'nope.nope' }]), { locale: 'en' });
    expect(result.problems[0]?.message).toBe(
      'Field "x.a" refers to data element "nope.nope", which is not in the dictionary: check the element key, or add the province\'s elements to the dictionary before loading the form.',
    );
  });
});

describe('ids', () => {
  it('a material id of a form follows core’s item-local id pattern (forms checks it with its own schema)', () => {
    expect(FORM_ID_PATTERN.source).toBe(LOCAL_ID_PATTERN.source);
  });
});
