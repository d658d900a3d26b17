import { describe, expect, it } from 'vitest';
import { loadFormSchema } from '../schema/load.js';
import type { FormSchema } from '../schema/form.js';
import { evaluateForm } from './evaluate.js';
import { createFormModel } from './form-model.js';
import { l } from '../test-support/forms.js';

const local = (key: string, type: string, extra: Record<string, unknown> = {}) => ({ key, type, label: l(key, key), ...extra });

function load(sections: readonly { id: string; visibleWhen?: string; fields: unknown[] }[]): FormSchema {
  const result = loadFormSchema({
    id: 'test',
    version: '1',
    title: l('测试', 'Test'),
    steps: [{ id: 's', title: l('步骤', 'Step'), sections: sections.map((s) => ({ title: l(s.id, s.id), ...s })) }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}

const today = '2026-05-01';

describe('evaluateForm', () => {
  const schema = load([
    {
      id: 'applicant',
      fields: [
        { key: 'applicant.idNumber' },
        { key: 'applicant.sex', compute: 'sex(applicant.idNumber)' },
        local('x.age', 'computed', { compute: 'age(applicant.idNumber)' }),
        { key: 'application.viaAgent', type: 'switch', label: l('委托', 'Agent') },
      ],
    },
    { id: 'agent', visibleWhen: 'application.viaAgent == true', fields: [{ key: 'agent.name', required: true }, { key: 'agent.mobile', requiredWhen: 'x.age >= 60' }] },
    {
      id: 'extra',
      fields: [
        // Reads agent.name, which is hidden unless an agent applies: it then reads as empty.
        local('x.agentKnown', 'computed', { compute: '!empty(agent.name)' }),
        local('x.senior', 'switch', { visibleWhen: 'x.age >= 60', disabledWhen: 'application.viaAgent == true' }),
      ],
    },
  ]);

  it('computes values in dependency order and shows fields whose conditions hold', () => {
    const { fields, values, errors } = evaluateForm(schema, { 'applicant.idNumber': '11010519491231002X', 'application.viaAgent': true, 'agent.name': '李四' }, { today });
    expect(errors).toEqual([]);
    expect(fields['applicant.sex']).toMatchObject({ visible: true, value: 'female' });
    expect(fields['x.age']?.value).toBe(76);
    expect(fields['agent.name']).toMatchObject({ visible: true, required: true });
    expect(fields['agent.mobile']).toMatchObject({ visible: true, required: true });
    expect(fields['x.agentKnown']?.value).toBe(true);
    expect(fields['x.senior']).toMatchObject({ visible: true, disabled: true, required: false });
    expect(values).toEqual({
      'applicant.idNumber': '11010519491231002X',
      'applicant.sex': 'female',
      'x.age': 76,
      'application.viaAgent': true,
      'agent.name': '李四',
      'x.agentKnown': true,
    });
  });

  it('hides a section with its fields; hidden values read as empty and are not submitted', () => {
    const { fields, values } = evaluateForm(schema, { 'applicant.idNumber': '11010519491231002X', 'agent.name': '李四' }, { today });
    expect(fields['agent.name']).toMatchObject({ visible: false, required: false, value: undefined });
    expect(fields['x.agentKnown']?.value).toBe(false);
    expect(values['agent.name']).toBeUndefined();
  });

  it('reports an expression that cannot be evaluated on its field, and keeps going', () => {
    const broken = load([
      {
        id: 'a',
        fields: [
          local('x.n', 'number'),
          local('x.ratio', 'computed', { compute: '10 / x.n' }),
          local('x.shown', 'text', { visibleWhen: "x.n + 'a' == 1" }),
          local('x.after', 'computed', { compute: 'x.n * 2' }),
        ],
      },
    ]);
    const { fields, errors } = evaluateForm(broken, { 'x.n': 0 }, { today });
    expect(errors.map((e) => [e.key, e.code])).toEqual([
      ['x.ratio', 'EXPR_DIVISION_BY_ZERO'],
      ['x.shown', 'EXPR_TYPE_MISMATCH'],
    ]);
    expect(fields['x.shown']?.visible).toBe(true);
    expect(fields['x.after']?.value).toBe(0);
    expect(evaluateForm(broken, { 'x.n': 0 }, { today, locale: 'en' }).errors[0]?.message).toMatch(/divides by zero/);
  });

  it('evaluates tables row by row: computed cells, per-row visibility, sums over computed cells', () => {
    const table = load([
      {
        id: 'a',
        fields: [
          local('x.rows', 'table', {
            columns: [
              { key: 'kind', type: 'radio', label: l('类', 'Kind'), constraints: { options: [{ value: 'goods', label: l('货', 'Goods') }, { value: 'free', label: l('免', 'Free') }] } },
              { key: 'qty', type: 'number', label: l('数', 'Qty') },
              { key: 'price', type: 'money', label: l('价', 'Price'), visibleWhen: "$row.kind == 'goods'", required: true },
              { key: 'amount', type: 'money', label: l('额', 'Amount'), compute: '$row.kind == \'free\' ? 0 : $row.qty * $row.price' },
            ],
          }),
          local('x.total', 'money', { compute: "sum(x.rows, 'amount')" }),
          local('x.count', 'computed', { compute: 'count(x.rows)' }),
        ],
      },
    ]);
    const { fields } = evaluateForm(
      table,
      { 'x.rows': [{ kind: 'goods', qty: 3, price: '19.99' }, { kind: 'free', qty: 2, price: '5.00' }] },
      { today },
    );
    expect(fields['x.rows']?.value).toEqual([
      { kind: 'goods', qty: 3, price: '19.99', amount: '59.97' },
      { kind: 'free', qty: 2, amount: '0.00' },
    ]);
    expect(fields['x.rows']?.rows?.[1]?.price).toEqual({ visible: false, required: false, disabled: false });
    expect(fields['x.rows']?.rows?.[0]?.price).toEqual({ visible: true, required: true, disabled: false });
    expect(fields['x.total']?.value).toBe('59.97');
    expect(fields['x.count']?.value).toBe(2);
  });

  it('is available as a model that compiles once', () => {
    const model = createFormModel(schema);
    expect([...model.fields.keys()]).toContain('agent.mobile');
    expect(model.evaluate({}, { today }).fields['agent.name']?.visible).toBe(false);
    expect(model.validate({}, { today }).ok).toBe(true);
  });

  it('refuses a schema whose expressions do not compile (one that skipped loadFormSchema)', () => {
    const raw = { ...schema, steps: [{ ...schema.steps[0], sections: [{ id: 'x', title: l('甲', 'A'), fields: [local('x.y', 'text', { visibleWhen: 'nope(' })] }] }] } as FormSchema;
    expect(() => createFormModel(raw)).toThrow(expect.objectContaining({ code: 'FORM_SCHEMA_INVALID' }));
  });
});
