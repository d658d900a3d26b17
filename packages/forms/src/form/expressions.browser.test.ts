import { describe, expect, it } from 'vitest';
import { controlId } from './controls.js';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { formOf, l } from '../test-support/forms.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';

/* An expression of the form that cannot be evaluated while the applicant fills it in: a clear error on its field, never a blank. */

const perHead = formOf([
  { key: 'x.income', type: 'money', label: l('家庭年收入', 'Household income'), required: true },
  { key: 'x.members', type: 'number', label: l('家庭人口', 'Household members'), required: true },
  { key: 'x.perHead', type: 'computed', label: l('人均年收入', 'Income per head'), compute: 'x.income / x.members' },
]);

const input = (el: SjtForm, key: string): HTMLInputElement => el.shadowRoot!.getElementById(controlId(key)) as HTMLInputElement;
const errorOf = (el: SjtForm, key: string): string | undefined => el.shadowRoot!.getElementById(`${controlId(key)}-error`)?.textContent ?? undefined;
const NOT_COMPUTABLE = '错误：“人均年收入”暂时无法根据您的填写内容确定，请检查与之相关的填写内容；如仍有问题，请联系工作人员。';

usePage('sjt-form expressions');

describe('<sjt-form> with an expression that cannot be evaluated', () => {
  it('shows the computed field\'s error at once, names the field, and clears it when the answers allow', async () => {
    const el = await mountForm(perHead);
    await typeInto(el, input(el, 'x.income'), '36000');
    expect(errorOf(el, 'x.perHead')).toBeUndefined();
    await typeInto(el, input(el, 'x.members'), '0');
    expect(errorOf(el, 'x.perHead')).toBe(NOT_COMPUTABLE);
    expect(input(el, 'x.perHead').getAttribute('aria-describedby')).toContain(`${controlId('x.perHead')}-error`);
    expect(input(el, 'x.perHead').value).toBe('');
    await expectAccessible();
    await typeInto(el, input(el, 'x.members'), '3');
    expect(errorOf(el, 'x.perHead')).toBeUndefined();
    expect(input(el, 'x.perHead').value).toBe('12000');
  });

  it('lists it in the error summary on submit, in the applicant\'s words, and keeps the code for the host', async () => {
    const el = await mountForm(perHead, { locale: 'en' });
    await typeInto(el, input(el, 'x.income'), '36000');
    await typeInto(el, input(el, 'x.members'), '0');
    const submitted: unknown[] = [];
    el.addEventListener('sjt-submit', (e) => submitted.push(e));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('data-key'), a.textContent]);
    expect(links).toEqual([['x.perHead', '"Income per head" cannot be worked out from your answers yet: check the answers it depends on, and contact the staff if this persists.']]);
    expect(submitted).toEqual([]);
    await expectAccessible();
  });

  it('clears the field\'s error once the answers allow, after a submit too', async () => {
    const el = await mountForm(perHead);
    await typeInto(el, input(el, 'x.income'), '36000');
    await typeInto(el, input(el, 'x.members'), '0');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(errorOf(el, 'x.perHead')).toBe(NOT_COMPUTABLE);
    await typeInto(el, input(el, 'x.members'), '3');
    expect(errorOf(el, 'x.perHead')).toBeUndefined();
    expect(input(el, 'x.perHead').value).toBe('12000');
    input(el, 'x.members').dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(errorOf(el, 'x.perHead')).toBeUndefined();
  });

  it('shows a table cell\'s error on that cell, once, before and after a submit', async () => {
    const el = await mountForm(formOf([
      { key: 'x.rows', type: 'table', label: l('明细', 'Lines'), columns: [
        { key: 'total', type: 'number', label: l('金额', 'Amount') },
        { key: 'n', type: 'number', label: l('数量', 'Quantity') },
        { key: 'unit', type: 'computed', label: l('单价', 'Unit price'), compute: '$row.total / $row.n' },
      ] },
    ]), { value: { 'x.rows': [{ total: 10, n: 2 }, { total: 10, n: 0 }] } });
    const unitError = (row: number) => errorOf(el, `x.rows.${row}.unit`);
    const expected = '错误：“单价”暂时无法根据您的填写内容确定，请检查与之相关的填写内容；如仍有问题，请联系工作人员。';
    expect([unitError(0), unitError(1)]).toEqual([undefined, expected]);
    expect(input(el, 'x.rows.1.unit').getAttribute('aria-describedby')).toContain(`${controlId('x.rows.1.unit')}-error`);
    expect(errorOf(el, 'x.rows')).toBeUndefined(); // not on the table as a whole
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect([unitError(1), errorOf(el, 'x.rows')]).toEqual([expected, undefined]);
    expect(el.shadowRoot!.querySelectorAll('.error').length).toBe(1);
    expect([...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).toEqual([`#${controlId('x.rows.1.unit')}`]);
    await expectAccessible();
  });

  it('says a field cannot be checked (not worked out) when a condition of a field the applicant fills in fails', async () => {
    const el = await mountForm(formOf([
      { key: 'x.a', type: 'number', label: l('甲', 'A') },
      { key: 'x.b', type: 'text', label: l('乙', 'B'), requiredWhen: '10 / x.a > 1' },
    ]));
    await typeInto(el, input(el, 'x.a'), '0');
    expect(errorOf(el, 'x.b')).toBe('错误：暂时无法根据您的其他填写内容核对“乙”，请检查与之相关的填写内容；如仍有问题，请联系工作人员。');
    await typeInto(el, input(el, 'x.a'), '5');
    expect(errorOf(el, 'x.b')).toBeUndefined();
  });
});
