import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@sijitong/core';
import { loadFormSchema, type FormDefinitionInput, type FormSchema, type FormValues } from '../index.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';
import { l } from '../test-support/forms.js';

const id = (body: string) => `${body}${residentIdCheckCharacter(body) ?? '0'}`;
const ID_A = id('37132719640315002');
const ID_B = id('37132719950712004');

/** 家庭成员: 2 to 3 rows; the age is computed per row, the note shows for "other" relationships. */
const members = {
  key: 'household.members',
  type: 'table',
  label: l('家庭成员', 'Members of the household'),
  required: true,
  constraints: { minRows: 2, maxRows: 3 },
  columns: [
    { key: 'name', type: 'text', label: l('姓名', 'Name'), required: true },
    { key: 'idNumber', type: 'residentId', label: l('公民身份号码', 'Resident ID number'), required: true },
    { key: 'relationship', type: 'select', label: l('与户主关系', 'Relationship'), constraints: { options: [{ value: 'spouse', label: l('配偶', 'Spouse') }, { value: 'other', label: l('其他', 'Other') }] } },
    { key: 'note', type: 'text', label: l('关系说明', 'Which relationship'), required: true, visibleWhen: "$row.relationship == 'other'" },
    { key: 'age', type: 'computed', label: l('年龄', 'Age'), compute: 'age($row.idNumber)' },
  ],
};

function load(definition: FormDefinitionInput): FormSchema {
  const result = loadFormSchema(definition);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.schema;
}
const form = (steps: FormDefinitionInput['steps']): FormSchema => load({ id: 'table-test', version: '1', title: l('建房申请', 'Building application'), steps });
const onePage = form([{ id: 'household', title: l('家庭', 'Household'), sections: [{ id: 'members', title: l('家庭成员', 'Members'), fields: [members] }] }]);
const twoSteps = form([
  { id: 'household', title: l('家庭', 'Household'), sections: [{ id: 'members', title: l('家庭成员', 'Members'), fields: [members] }] },
  { id: 'other', title: l('其他', 'Other'), sections: [{ id: 'x', title: l('说明', 'Notes'), fields: [{ key: 'application.reason', type: 'textarea', label: l('申请理由', 'Reason') }] }] },
]);
const TWO_ROWS = [{ name: '王秀英', idNumber: ID_A }, { name: '李娟', idNumber: ID_B, relationship: 'spouse' }];

const mount = mountForm;
const root = (el: SjtForm): ShadowRoot => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: SjtForm, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};
const cell = (el: SjtForm, row: number, column: string) => $<HTMLInputElement>(el, `#sjt-f-household--members--${row}--${column}`);
const buttons = (el: SjtForm, text: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim().startsWith(text));
/** Lets focus moves that wait for a render happen. */
const settle = async (el: SjtForm) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
};
const type = typeInto;
async function press(el: SjtForm, action: string): Promise<void> {
  $(el, `button[data-action="${action}"]`).click();
  await settle(el);
}

usePage('sjt-form tables');

describe('<sjt-form> table fields', () => {
  it('draws an empty table as a group with its limits, a row count and an add button', async () => {
    const el = await mount(onePage);
    const group = $(el, '#sjt-f-household--members');
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')!.textContent).toContain('家庭成员');
    const hint = root(el).getElementById('sjt-f-household--members-hint')!;
    expect(hint.textContent).toBe('至少填写 2 行，最多 3 行。');
    expect(group.getAttribute('aria-describedby')).toContain(hint.id);
    expect($(el, '[part="row-count"]').textContent).toBe('共 0 行');
    expect($(el, '[part="row-count"]').getAttribute('role')).toBe('status');
    expect($(el, '[part="row-add"]').textContent).toContain('添加一行');
    expect(root(el).querySelectorAll('[part="table-row"]')).toHaveLength(0);
    await expectAccessible();
  });

  it('adds rows: the value and sjt-change follow, focus goes to the new row, the count is announced', async () => {
    const el = await mount(onePage);
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    $(el, '[part="row-add"]').click();
    await settle(el);
    expect(el.value['household.members']).toEqual([{}]);
    expect(changes.at(-1)!['household.members']).toEqual([{}]);
    expect(root(el).activeElement).toBe(cell(el, 0, 'name'));
    expect($(el, '[part="table-row"] legend').textContent).toBe('第 1 行');
    expect($(el, '[part="row-count"]').textContent).toBe('共 1 行');
    // Cells are labelled controls; the computed one is read-only; hidden ones are not drawn.
    expect(root(el).querySelector(`label[for="${cell(el, 0, 'name').id}"]`)!.textContent).toContain('姓名');
    expect(root(el).getElementById('sjt-f-household--members--0--note')).toBeNull();
    await type(el, cell(el, 0, 'name'), '王秀英');
    await type(el, cell(el, 0, 'idNumber'), ID_A);
    expect(cell(el, 0, 'age').readOnly).toBe(true);
    expect(cell(el, 0, 'age').value).toBe('62');
    expect(changes.at(-1)!['household.members']).toEqual([{ name: '王秀英', idNumber: ID_A }]);

    $(el, '[part="row-add"]').click();
    await settle(el);
    expect(root(el).activeElement).toBe(cell(el, 1, 'name'));
    await type(el, cell(el, 1, 'name'), '李娟');
    const relationship = $<HTMLSelectElement>(el, '#sjt-f-household--members--1--relationship');
    relationship.value = 'other';
    relationship.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The note shows in this row only, from the row's own answer.
    expect(root(el).getElementById('sjt-f-household--members--1--note')).not.toBeNull();
    expect(root(el).getElementById('sjt-f-household--members--0--note')).toBeNull();
    expect(el.value['household.members']).toEqual([{ name: '王秀英', idNumber: ID_A }, { name: '李娟', relationship: 'other' }]);
    expect($(el, '[part="row-count"]').textContent).toBe('共 2 行');
    await expectAccessible();
  });

  it('disables the add button at maxRows', async () => {
    const el = await mount(onePage, { value: { 'household.members': TWO_ROWS } });
    const add = $<HTMLButtonElement>(el, '[part="row-add"]');
    expect(add.disabled).toBe(false);
    add.click();
    await settle(el);
    expect(el.value['household.members']).toHaveLength(3);
    expect(add.disabled).toBe(true);
    add.click();
    await settle(el);
    expect(el.value['household.members']).toHaveLength(3);
  });

  it('removes a row (focus to the add button); below minRows validation says so', async () => {
    const el = await mount(onePage, { value: { 'household.members': TWO_ROWS } });
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    const remove = buttons(el, '删除第 1 行');
    expect(remove).toHaveLength(1);
    remove[0]!.click();
    await settle(el);
    expect(el.value['household.members']).toEqual([TWO_ROWS[1]]);
    expect(changes.at(-1)!['household.members']).toEqual([TWO_ROWS[1]]);
    expect(root(el).activeElement).toBe($(el, '[part="row-add"]'));
    expect($(el, '[part="row-count"]').textContent).toBe('共 1 行');
    expect(cell(el, 0, 'name').value).toBe('李娟');

    await press(el, 'submit');
    const link = $<HTMLAnchorElement>(el, '[part="error-summary"] a');
    expect(link.textContent).toContain('至少需要填写 2 行');
    expect(link.getAttribute('href')).toBe('#sjt-f-household--members');
    const group = $(el, '#sjt-f-household--members');
    expect(root(el).getElementById(group.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toContain('至少需要填写 2 行');
    link.click();
    await settle(el);
    expect(root(el).activeElement).toBe(cell(el, 0, 'name'));

    buttons(el, '删除第 1 行')[0]!.click();
    await settle(el);
    expect(el.value).not.toHaveProperty('household.members');
  });

  it('shows a cell error at the cell (aria-invalid, aria-describedby); its summary link focuses the cell', async () => {
    const el = await mount(onePage, { value: { 'household.members': [TWO_ROWS[0]!, { name: '李娟', idNumber: '123' }] } });
    await press(el, 'submit');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
    const target = cell(el, 1, 'idNumber');
    const link = links.find((a) => a.getAttribute('href') === `#${target.id}`)!;
    expect(link).toBeDefined();
    // Out of context, the link says which table and row.
    expect(link.textContent).toMatch(/^家庭成员第 2 行：/);
    expect(target.getAttribute('aria-invalid')).toBe('true');
    const error = root(el).getElementById(`${target.id}-error`)!;
    expect(target.getAttribute('aria-describedby')).toContain(error.id);
    expect(error.textContent).toContain('错误：');
    expect(cell(el, 0, 'idNumber').getAttribute('aria-invalid')).toBe('false');
    // The table itself has no error of its own.
    expect(root(el).getElementById('sjt-f-household--members-error')).toBeNull();
    await expectAccessible();
    link.click();
    await settle(el);
    expect(root(el).activeElement).toBe(target);
    // Fixing the cell clears its error as the applicant types.
    await type(el, target, ID_B);
    expect(cell(el, 1, 'idNumber').getAttribute('aria-invalid')).toBe('false');
    expect(root(el).getElementById(`${target.id}-error`)).toBeNull();
  });

  it('validates a changed cell on blur, and only that cell', async () => {
    const el = await mount(onePage, { value: { 'household.members': [{}, {}] } });
    await type(el, cell(el, 1, 'idNumber'), '1234');
    cell(el, 1, 'idNumber').blur();
    await el.updateComplete;
    expect(cell(el, 1, 'idNumber').getAttribute('aria-invalid')).toBe('true');
    expect(cell(el, 1, 'name').getAttribute('aria-invalid')).toBe('false');
    expect(cell(el, 0, 'idNumber').getAttribute('aria-invalid')).toBe('false');
  });

  it('re-words cell errors in a new locale and speaks English', async () => {
    const el = await mount(onePage, { value: { 'household.members': [{ name: '王秀英' }, TWO_ROWS[1]!] } });
    await press(el, 'submit');
    el.locale = 'en';
    await el.updateComplete;
    expect(root(el).getElementById(`${cell(el, 0, 'idNumber').id}-error`)!.textContent).toMatch(/^Error: /);
    expect($(el, '[part="error-summary"] a').getAttribute('href')).toBe(`#${cell(el, 0, 'idNumber').id}`);
    expect($(el, '[part="table-row"] legend').textContent).toBe('Row 1');
    expect(buttons(el, 'Remove row 2')).toHaveLength(1);
    expect($(el, '[part="row-add"]').textContent).toContain('Add a row');
    expect($(el, '[part="row-count"]').textContent).toBe('2 row(s)');
  });

  it('shows the rows on the review page and in the print view as tables with headers', async () => {
    const el = await mount(twoSteps, { value: { 'household.members': TWO_ROWS } });
    await press(el, 'next');
    await press(el, 'next');
    const table = $(el, '.review-row[data-key="household.members"] table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['姓名', '公民身份号码', '与户主关系', '年龄']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['第 1 行', '第 2 行']);
    expect([...rows[1]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['李娟', ID_B, '配偶', '30']);
    await expectAccessible();
    el.mode = 'print';
    await el.updateComplete;
    const printed = $(el, '[part="print"] tr[data-key="household.members"] table');
    expect(printed.querySelectorAll(':scope > tbody > tr')).toHaveLength(2);
    expect(printed.querySelector(':scope > thead th')!.textContent).toBe('姓名');
    await expectAccessible();
  });

  it('keeps the row buttons at least 60px in elderly mode, without axe violations', async () => {
    const el = await mount(onePage, { value: { 'household.members': TWO_ROWS }, elderly: true });
    for (const button of root(el).querySelectorAll<HTMLElement>('[part="row-add"], [part="row-remove"]')) {
      const box = button.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(60);
      expect(box.width).toBeGreaterThanOrEqual(60);
    }
    expect(cell(el, 0, 'name').getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    await expectAccessible();
  });
});
