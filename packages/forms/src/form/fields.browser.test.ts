import { describe, expect, it } from 'vitest';
import { controlId } from './controls.js';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { formOf, l } from '../test-support/forms.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';

/* Each basic field type's control, what it stores, help and disabled states, and province texts drawn as text. */

const OPTIONS = [{ value: 'a', label: l('甲', 'A') }, { value: 'b', label: l('乙', 'B') }];
const basic = formOf([
  { key: 'x.text', type: 'text', label: l('名称', 'Name'), help: l('与执照一致', 'As on the licence') },
  { key: 'x.textarea', type: 'textarea', label: l('说明', 'Notes') },
  { key: 'x.number', type: 'number', label: l('人数', 'People'), constraints: { min: 0, integer: true } },
  { key: 'x.money', type: 'money', label: l('注册资本', 'Capital'), constraints: { unit: 'yuan' } },
  { key: 'x.date', type: 'date', label: l('开业日期', 'Opening date'), constraints: { minDate: '2020-01-01' } },
  { key: 'x.select', type: 'select', label: l('类别', 'Kind'), constraints: { options: OPTIONS } },
  { key: 'x.radio', type: 'radio', label: l('方式', 'Way'), constraints: { options: OPTIONS } },
  { key: 'x.boxes', type: 'checkboxGroup', label: l('范围', 'Scope'), constraints: { options: OPTIONS } },
  { key: 'x.switch', type: 'switch', label: l('需要邮寄', 'Post it') },
  { key: 'x.mobile', type: 'mobile', label: l('手机', 'Mobile') },
  { key: 'x.email', type: 'email', label: l('邮箱', 'Email') },
  { key: 'x.id', type: 'residentId', label: l('身份证号码', 'ID number') },
  { key: 'x.code', type: 'creditCode', label: l('统一社会信用代码', 'Credit code') },
  { key: 'x.declare', type: 'declaration', label: l('我已阅读并承诺', 'I have read and promise'), statement: l('承诺书正文', 'The pledge') },
]);

const $ = <T extends HTMLElement = HTMLInputElement>(el: SjtForm, key: string): T => {
  const found = el.shadowRoot!.getElementById(controlId(key));
  if (found === null) throw new Error(`no control for ${key}`);
  return found as T;
};
const inputs = (el: SjtForm, key: string): HTMLInputElement[] => [...$(el, key).querySelectorAll('input')];
async function blur(el: SjtForm, control: HTMLElement): Promise<void> {
  control.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}
async function click(el: SjtForm, input: HTMLInputElement): Promise<void> {
  input.click();
  await el.updateComplete;
}
const errorOf = (el: SjtForm, key: string): string | undefined => el.shadowRoot!.getElementById(`${controlId(key)}-error`)?.textContent ?? undefined;

usePage('sjt-form field types');

describe('<sjt-form> basic field types', () => {
  it('draws each type with its native control, label and help in the same shadow root', async () => {
    const el = await mountForm(basic);
    const root = el.shadowRoot!;
    const label = (key: string) => root.querySelector(`label[for="${controlId(key)}"]`)?.textContent?.trim();
    expect(label('x.text')).toBe('名称');
    expect($(el, 'x.text').getAttribute('aria-describedby')).toBe(`${controlId('x.text')}-help`);
    expect(root.getElementById(`${controlId('x.text')}-help`)!.textContent).toBe('与执照一致');
    expect($(el, 'x.textarea').localName).toBe('textarea');
    expect($(el, 'x.number').getAttribute('inputmode')).toBe('decimal');
    expect($(el, 'x.money').getAttribute('inputmode')).toBe('decimal');
    expect($(el, 'x.money').closest('.field')!.querySelector('.unit')!.textContent).toBe('元');
    expect([$(el, 'x.date').type, $(el, 'x.date').min]).toEqual(['date', '2020-01-01']);
    expect([...$<HTMLSelectElement>(el, 'x.select').options].map((o) => o.textContent)).toEqual(['请选择', '甲', '乙']);
    expect(inputs(el, 'x.radio').map((r) => [r.type, r.name])).toEqual([['radio', controlId('x.radio')], ['radio', controlId('x.radio')]]);
    expect($(el, 'x.radio').localName).toBe('fieldset');
    expect($(el, 'x.radio').querySelector('legend')!.textContent).toBe('方式');
    expect(inputs(el, 'x.boxes').map((b) => b.type)).toEqual(['checkbox', 'checkbox']);
    expect([$(el, 'x.switch').type, $(el, 'x.switch').getAttribute('role')]).toEqual(['checkbox', 'switch']);
    expect([$(el, 'x.mobile').type, $(el, 'x.mobile').getAttribute('inputmode'), $(el, 'x.mobile').autocomplete]).toEqual(['tel', 'numeric', 'tel']);
    expect([$(el, 'x.email').type, $(el, 'x.email').autocomplete]).toEqual(['email', 'email']);
    expect($(el, 'x.declare').closest('.field')!.querySelector('[part="statement"]')!.textContent).toBe('承诺书正文');
    await expectAccessible();
  });

  it('stores each value with the type its field holds', async () => {
    const el = await mountForm(basic);
    await typeInto(el, $(el, 'x.number'), '12');
    await typeInto(el, $(el, 'x.money'), '1234.50');
    await typeInto(el, $(el, 'x.textarea'), '第一行\n第二行');
    const select = $<HTMLSelectElement>(el, 'x.select');
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await click(el, inputs(el, 'x.radio')[0]!);
    await click(el, inputs(el, 'x.boxes')[1]!);
    await click(el, inputs(el, 'x.boxes')[0]!);
    await click(el, $(el, 'x.switch'));
    expect(el.value).toEqual({
      'x.number': 12, 'x.money': '1234.50', 'x.textarea': '第一行\n第二行', 'x.select': 'b', 'x.radio': 'a', 'x.boxes': ['a', 'b'], 'x.switch': true,
    });
    await click(el, $(el, 'x.switch'));
    expect(el.value['x.switch']).toBe(false); // a switch answers no; it is not left unanswered
    await click(el, $(el, 'x.declare'));
    expect(el.value['x.declare']).toBe(true);
    await click(el, $(el, 'x.declare'));
    expect(el.value['x.declare']).toBeUndefined(); // an unticked declaration is not a confirmation
  });

  it('checks email, money, mobile, resident ID and credit code on blur, with the field named', async () => {
    const el = await mountForm(basic);
    const wrong: [string, string][] = [['x.email', 'wang@'], ['x.money', '12.345'], ['x.mobile', '1391234'], ['x.id', '371327196403150028'], ['x.code', '91371327MA3C12345X']];
    for (const [key, text] of wrong) {
      await typeInto(el, $(el, key), text);
      await blur(el, $(el, key));
      expect(errorOf(el, key), key).toMatch(/^错误：.+/);
      expect($(el, key).getAttribute('aria-invalid'), key).toBe('true');
      expect($(el, key).getAttribute('aria-describedby'), key).toContain(`${controlId(key)}-error`);
    }
    await expectAccessible();
    const right: [string, string][] = [['x.email', 'wang@example.cn'], ['x.money', '12.34'], ['x.mobile', '13912345678'], ['x.id', '371327196403150029']];
    for (const [key, text] of right) {
      await typeInto(el, $(el, key), text);
      expect(errorOf(el, key), key).toBeUndefined();
    }
  });

  it('disables a field while its disabledWhen holds, and never requires it then', async () => {
    const el = await mountForm(formOf([
      { key: 'x.agent', type: 'switch', label: l('委托代理', 'By an agent') },
      { key: 'x.agentName', type: 'text', label: l('代理人姓名', 'Agent name'), required: true, disabledWhen: 'x.agent != true' },
    ]));
    expect($(el, 'x.agentName').disabled).toBe(true);
    expect($(el, 'x.agentName').required).toBe(false);
    await click(el, $(el, 'x.agent'));
    expect($(el, 'x.agentName').disabled).toBe(false);
    expect($(el, 'x.agentName').required).toBe(true);
    await expectAccessible();
  });

  it('draws a province\'s labels, help, statements and options as text, never as markup', async () => {
    const markup = '<img src="x" onerror="window.sjtInjected = true"><b>粗体</b>';
    const el = await mountForm(formOf([
      { key: 'x.name', type: 'text', label: l(markup, markup), help: l(`<script>window.sjtInjected = true</script>帮助`, 'help') },
      { key: 'x.kind', type: 'select', label: l('类别', 'Kind'), constraints: { options: [{ value: 'a', label: l(markup, 'A') }] } },
      { key: 'x.declare', type: 'declaration', label: l('承诺', 'Promise'), statement: l(`<a href="javascript:alert(1)">承诺书</a>`, 'x') },
    ]));
    await new Promise((resolve) => setTimeout(resolve, 50)); // an injected image would have failed to load by now
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, b, script, a[href^="javascript"]').length).toBe(0);
    expect(root.querySelector(`label[for="${controlId('x.name')}"]`)!.textContent).toBe(markup);
    expect(root.getElementById(`${controlId('x.name')}-help`)!.textContent).toBe('<script>window.sjtInjected = true</script>帮助');
    expect($<HTMLSelectElement>(el, 'x.kind').options[1]!.textContent).toBe(markup);
    expect(root.querySelector('[part="statement"]')!.textContent).toBe('<a href="javascript:alert(1)">承诺书</a>');
    expect('sjtInjected' in window).toBe(false);
  });
});
