import { describe, expect, it } from 'vitest';
import { junanFormSchemas, sampleValues } from '../fixtures/index.js';
import { evaluateForm } from './evaluate.js';
import { LiveEvaluation } from './live.js';
import { validateValues } from './validate.js';
import { formOf, l } from '../test-support/forms.js';

const options = { locale: 'zh-CN', today: '2026-05-01' } as const;

const schema = formOf([
  { key: 'x.kind', type: 'select', label: l('类型', 'Kind'), constraints: { options: [{ value: 'a', label: l('甲', 'A') }, { value: 'b', label: l('乙', 'B') }] } },
  { key: 'x.detail', type: 'text', label: l('说明', 'Detail'), visibleWhen: 'x.kind == "b"', required: true },
  { key: 'x.note', type: 'text', label: l('备注', 'Note'), constraints: { maxLength: 3 } },
  { key: 'x.count', type: 'number', label: l('数量', 'Count') },
  { key: 'x.double', type: 'computed', label: l('两倍', 'Double'), compute: 'x.count * 2' },
]);

describe('LiveEvaluation', () => {
  it('an edit to a field nothing reads changes that field alone, and agrees with a full evaluation', () => {
    const live = new LiveEvaluation(schema);
    live.all({}, options);
    const before = live.states.get('x.count');
    const values = { 'x.note': 'abcd' };
    expect([...live.change('x.note', values, options)]).toEqual(['x.note']);
    expect(live.states.get('x.count')).toBe(before); // untouched states keep their identity
    expect(live.evaluation().fields).toEqual(evaluateForm(schema, values, options).fields);
    expect(live.evaluation().values).toEqual(evaluateForm(schema, values, options).values);
  });

  it('an edit to a field others read re-evaluates the form and reports what changed', () => {
    const live = new LiveEvaluation(schema);
    live.all({}, options);
    expect([...live.change('x.kind', { 'x.kind': 'b' }, options)].sort()).toEqual(['x.detail', 'x.kind']);
    expect(live.states.get('x.detail')).toMatchObject({ visible: true, required: true });
    expect([...live.change('x.count', { 'x.kind': 'b', 'x.count': 4 }, options)].sort()).toEqual(['x.count', 'x.double']);
    expect(live.states.get('x.double')?.value).toBe(8);
  });

  it('reports a field whose expression starts or stops failing as changed, with its error', () => {
    const live = new LiveEvaluation(formOf([
      { key: 'x.a', type: 'number', label: l('甲', 'A') },
      { key: 'x.b', type: 'number', label: l('乙', 'B') },
      { key: 'x.q', type: 'computed', label: l('商', 'Quotient'), compute: 'x.a / x.b' },
    ]));
    live.all({ 'x.b': 0 }, options); // an empty operand gives no value, and no error
    expect(live.errors).toEqual([]);
    expect(live.states.get('x.q')?.value).toBeUndefined();
    // Its value stays empty: only the error tells the element to draw the field again.
    expect([...live.change('x.a', { 'x.a': 6, 'x.b': 0 }, options)]).toContain('x.q');
    expect(live.errors.map((e) => [e.key, e.code])).toEqual([['x.q', 'EXPR_DIVISION_BY_ZERO']]);
    expect(live.states.get('x.q')?.value).toBeUndefined();
    expect([...live.change('x.b', { 'x.a': 6, 'x.b': 3 }, options)]).toContain('x.q');
    expect(live.errors).toEqual([]);
    expect(live.states.get('x.q')?.value).toBe(2);
  });

  it('validates one field as validateValues does', () => {
    const live = new LiveEvaluation(schema);
    const values = { 'x.kind': 'b', 'x.note': 'abcd' };
    live.all(values, options);
    const all = validateValues(schema, values, options).errors;
    for (const key of ['x.kind', 'x.detail', 'x.note', 'x.count']) expect(live.validate(key)).toEqual(all.filter((e) => e.key === key));
    expect(live.validate('x.note')).toHaveLength(1);
    expect(live.validate('x.detail')[0]?.code).toBe('FIELD_REQUIRED');
  });

  it('agrees with validateValues field by field on every Junan form, cells and rules included', () => {
    for (const form of Object.values(junanFormSchemas())) {
      const values = { ...sampleValues(form), 'applicant.idNumber': '1234' };
      const live = new LiveEvaluation(form);
      live.all(values, options);
      const all = validateValues(form, values, options).errors;
      for (const key of live.states.keys()) expect(live.validate(key)).toEqual(all.filter((e) => e.key === key));
    }
  });
});
