import { describe, expect, it } from 'vitest';
import { loadFormSchema, type FormDefinitionInput, type FormSchema, type FormValues } from '../index.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';
import { l } from '../test-support/forms.js';

const period = {
  key: 'sign.period',
  type: 'dateRange',
  label: l('设置期限', 'Period of display'),
  required: true,
  constraints: { minDate: '2026-01-01', maxDate: '2030-12-31' },
};
const address = { key: 'sign.address', type: 'address', label: l('设置地点', 'Site'), required: true };

function load(steps: FormDefinitionInput['steps']): FormSchema {
  const result = loadFormSchema({ id: 'range-test', version: '1', title: l('户外广告设置', 'Outdoor sign'), steps });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.schema;
}
const onePage = load([{ id: 'sign', title: l('广告', 'Sign'), sections: [{ id: 's', title: l('设置', 'Setting'), fields: [period, address] }] }]);
const twoSteps = load([
  { id: 'sign', title: l('广告', 'Sign'), sections: [{ id: 's', title: l('设置', 'Setting'), fields: [period, address] }] },
  { id: 'more', title: l('其他', 'Other'), sections: [{ id: 'm', title: l('说明', 'Notes'), fields: [{ key: 'sign.text', type: 'text', label: l('广告内容', 'Text') }] }] },
]);

const mount = mountForm;
const root = (el: SjtForm): ShadowRoot => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: SjtForm, id: string): T => {
  const found = root(el).getElementById(id);
  if (found === null) throw new Error(`no #${id}`);
  return found as T;
};
const from = (el: SjtForm) => byId(el, 'sjt-f-sign--period--from');
const to = (el: SjtForm) => byId(el, 'sjt-f-sign--period--to');
const type = typeInto;
async function press(el: SjtForm, action: string): Promise<void> {
  root(el).querySelector<HTMLElement>(`button[data-action="${action}"]`)!.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

usePage('sjt-form date ranges');

describe('<sjt-form> date range fields', () => {
  it('draws a fieldset with two labelled date inputs limited by minDate and maxDate', async () => {
    const el = await mount(onePage);
    const group = byId<HTMLFieldSetElement>(el, 'sjt-f-sign--period');
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')!.textContent).toBe('设置期限 （必填）');
    expect(root(el).querySelector(`label[for="${from(el).id}"]`)!.textContent).toBe('起始日期');
    expect(root(el).querySelector(`label[for="${to(el).id}"]`)!.textContent).toBe('结束日期');
    for (const input of [from(el), to(el)]) {
      expect(input.type).toBe('date');
      expect(input.min).toBe('2026-01-01');
      expect(input.max).toBe('2030-12-31');
      expect(group.contains(input)).toBe(true);
    }
    await expectAccessible();
  });

  it('stores { from, to }, keeps a half alone, and clears to no value', async () => {
    const el = await mount(onePage);
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await type(el, from(el), '2026-06-01');
    expect(el.value['sign.period']).toEqual({ from: '2026-06-01' });
    await type(el, to(el), '2027-05-31');
    expect(el.value['sign.period']).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    expect(changes.at(-1)!['sign.period']).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    await type(el, from(el), '');
    expect(el.value['sign.period']).toEqual({ to: '2027-05-31' });
    await type(el, to(el), '');
    expect(el.value).not.toHaveProperty('sign.period');
  });

  it('reports a start after the end, and a missing half by name', async () => {
    const el = await mount(onePage, { value: { 'sign.period': { from: '2027-06-01', to: '2026-06-01' }, 'sign.address': '人民路 1 号' } });
    await press(el, 'submit');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="error-summary"] a')!;
    expect(link.textContent).toContain('晚于结束日期');
    expect(link.getAttribute('href')).toBe('#sjt-f-sign--period');
    const error = byId(el, 'sjt-f-sign--period-error');
    expect(error.textContent).toContain('晚于结束日期');
    for (const input of [from(el), to(el)]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(error.id);
    }
    await expectAccessible();
    link.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root(el).activeElement).toBe(from(el));

    await type(el, to(el), '');
    await press(el, 'submit');
    expect(byId(el, 'sjt-f-sign--period-error').textContent).toBe('错误：请填写“设置期限”的结束日期。');
    el.locale = 'en';
    await el.updateComplete;
    expect(byId(el, 'sjt-f-sign--period-error').textContent).toBe('Error: Enter the end date of "Period of display".');
    expect(root(el).querySelector(`label[for="${from(el).id}"]`)!.textContent).toBe('Start date');
  });

  it('validates when focus leaves the range, not when it moves from one date to the other', async () => {
    const el = await mount(onePage);
    await type(el, from(el), '2026-06-01');
    to(el).focus();
    await el.updateComplete;
    expect(root(el).getElementById('sjt-f-sign--period-error')).toBeNull();
    byId<HTMLTextAreaElement>(el, 'sjt-f-sign--address').focus();
    await el.updateComplete;
    expect(byId(el, 'sjt-f-sign--period-error').textContent).toContain('结束日期');
  });

  it('draws an address as a multi-line street-address input', async () => {
    const el = await mount(onePage);
    const input = byId<HTMLTextAreaElement>(el, 'sjt-f-sign--address');
    expect(input.tagName).toBe('TEXTAREA');
    expect(input.getAttribute('autocomplete')).toBe('street-address');
    await type(el, input, '莒南县人民路 1 号');
    expect(el.value['sign.address']).toBe('莒南县人民路 1 号');
  });

  it('shows the range on the review page', async () => {
    const el = await mount(twoSteps, { value: { 'sign.period': { from: '2026-06-01', to: '2027-05-31' }, 'sign.address': '人民路 1 号' } });
    await press(el, 'next');
    await press(el, 'next');
    expect(root(el).querySelector('.review-row[data-key="sign.period"] dd')!.textContent).toBe('2026-06-01 至 2027-05-31');
    expect(root(el).querySelector('.review-row[data-key="sign.address"] dd')!.textContent).toBe('人民路 1 号');
  });

  it('keeps the date inputs at least 60px high in elderly mode, without axe violations', async () => {
    const el = await mount(onePage, { elderly: true });
    expect(from(el).getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    expect(to(el).getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    await expectAccessible();
  });
});
