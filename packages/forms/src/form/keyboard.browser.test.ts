import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { loadFormSchema } from '../schema/load.js';
import type { FormSchema } from '../schema/form.js';
import { controlId } from './controls.js';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { formOf, l } from '../test-support/forms.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';

/* The applicant can do everything with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrow keys. */

const OPTIONS = [{ value: 'a', label: l('窗口领取', 'Collect') }, { value: 'b', label: l('邮寄', 'By post') }];

function twoSteps(): FormSchema {
  const result = loadFormSchema({
    id: 'kbd', version: '1', title: l('键盘', 'Keyboard'),
    steps: [
      { id: 'one', title: l('申请人', 'Applicant'), sections: [{ id: 'a', title: l('基本信息', 'Basics'), fields: [
        { key: 'x.name', type: 'text', label: l('姓名', 'Name'), required: true },
      ] }] },
      { id: 'two', title: l('办理方式', 'How'), sections: [{ id: 'b', title: l('领取', 'Delivery'), fields: [
        { key: 'x.way', type: 'radio', label: l('领取方式', 'Delivery'), required: true, constraints: { options: OPTIONS } },
        { key: 'x.notes', type: 'checkboxGroup', label: l('提醒', 'Reminders'), constraints: { options: OPTIONS } },
      ] }] },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}

const active = (el: SjtForm): Element | null => el.shadowRoot!.activeElement;
const byId = (el: SjtForm, key: string): HTMLElement => el.shadowRoot!.getElementById(controlId(key))!;
async function press(el: SjtForm, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await el.updateComplete;
  await el.updateComplete; // focus moves after the update that shows the new step or summary
}
async function tab(el: SjtForm, shift = false): Promise<Element | null> {
  await userEvent.tab({ shift });
  return active(el);
}

usePage('sjt-form keyboard');

describe('<sjt-form> by keyboard alone', () => {
  it('walks the wizard: the summary link, Next, radio arrows, checkbox Space, the review page and its edit links', async () => {
    const el = await mountForm(twoSteps());
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await tab(el)).toBe(byId(el, 'x.name'));
    expect((await tab(el))?.getAttribute('data-action')).toBe('next');
    await press(el, '{Enter}');
    expect(active(el)?.classList.contains('error-summary')).toBe(true);
    expect((await tab(el))?.getAttribute('data-key')).toBe('x.name');
    await press(el, '{Enter}');
    expect(active(el)).toBe(byId(el, 'x.name'));
    await press(el, '王秀英');
    await tab(el);
    await press(el, '{Enter}');
    expect(active(el)?.id).toBe('sjt-step-title');
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).toBe('第 2 步，共 2 步');

    const [collect, post] = [...byId(el, 'x.way').querySelectorAll('input')];
    expect(await tab(el)).toBe(collect);
    await press(el, '{ArrowDown}');
    expect(active(el)).toBe(post);
    expect(el.value['x.way']).toBe('b');
    const boxes = [...byId(el, 'x.notes').querySelectorAll('input')];
    expect(await tab(el)).toBe(boxes[0]); // the radio group is one tab stop
    await press(el, ' ');
    expect(el.value['x.notes']).toEqual(['a']);
    expect(await tab(el)).toBe(boxes[1]);
    expect((await tab(el))?.getAttribute('data-action')).toBe('back');
    expect((await tab(el))?.getAttribute('data-action')).toBe('next');
    await press(el, '{Enter}');
    expect(active(el)?.id).toBe('sjt-review-title');

    const edit = await tab(el);
    expect(edit?.localName).toBe('a');
    await press(el, '{Enter}');
    expect(active(el)).toBe(byId(el, 'x.name'));
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent).toBe('第 1 步，共 2 步');
    await expectAccessible();
  });

  it('adds and removes table rows with Enter and Space', async () => {
    const el = await mountForm(formOf([
      { key: 'x.members', type: 'table', label: l('家庭成员', 'Members'), columns: [{ key: 'name', type: 'text', label: l('姓名', 'Name') }] },
    ]));
    (document.activeElement as HTMLElement | null)?.blur();
    const cell = (row: number) => byId(el, `x.members.${row}.name`);
    expect((await tab(el))?.getAttribute('data-action')).toBe('add-row');
    await press(el, '{Enter}');
    expect(el.value['x.members']).toEqual([{}]);
    expect(active(el)).toBe(cell(0)); // the new row's first cell
    expect((await tab(el))?.getAttribute('data-action')).toBe('remove-row');
    expect((await tab(el))?.getAttribute('data-action')).toBe('add-row');
    await press(el, ' ');
    expect(el.value['x.members']).toEqual([{}, {}]);
    expect(active(el)).toBe(cell(1));
    expect((await tab(el))?.getAttribute('data-action')).toBe('remove-row');
    await press(el, '{Enter}');
    expect(el.value['x.members']).toEqual([{}]);
    expect(active(el)?.getAttribute('data-action')).toBe('add-row');
    await expectAccessible();
  });
});
