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
});
