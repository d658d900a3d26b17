import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { junanFormSchemas, sampleValues } from '@sijitong/forms/fixtures';
import { fieldsOf, type FieldType, type FormSchema, type FormValues } from '../index.js';
import { controlId, SUPPORTED_TYPES } from './controls.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';

/** 莒南县 职工退休申请 (4 steps: applicant, details, materials, confirmation). */
const retirement = junanFormSchemas()['1137132700430512824370508002000']!;

/** The fixture without its uploads (see upload.browser.test.ts) and anything the renderer does not draw: a 3-step wizard. */
function supportedOnly(schema: FormSchema): FormSchema {
  const steps = schema.steps
    .map((step) => ({
      ...step,
      sections: step.sections
        .map((section) => ({ ...section, fields: section.fields.filter((f) => SUPPORTED_TYPES.has(f.type) && f.type !== 'file') }))
        .filter((section) => section.fields.length > 0),
    }))
    .filter((step) => step.sections.length > 0);
  return { ...schema, steps };
}
const wizard = supportedOnly(retirement);
/** The applicant step alone: a one-page form. */
const onePage: FormSchema = { ...wizard, steps: [wizard.steps[0]!] };
const valid = (schema: FormSchema): FormValues => {
  const all = sampleValues(schema);
  const keys = new Set(fieldsOf(schema).map(({ field }) => field.key));
  return Object.fromEntries(Object.entries(all).filter(([k]) => keys.has(k)));
};

const mount = mountForm;

const root = (el: SjtForm): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SjtForm, selector: string): T | null => root(el).querySelector<T>(selector);
const control = <T extends HTMLElement = HTMLInputElement>(el: SjtForm, key: string): T => {
  const found = root(el).getElementById(controlId(key));
  if (found === null) throw new Error(`no control for ${key}`);
  return found as T;
};

const type = (el: SjtForm, key: string, text: string): Promise<void> => typeInto(el, control(el, key), text);
async function choose(el: SjtForm, key: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`input[name="${controlId(key)}"][value="${value}"]`)!;
  input.click();
  await el.updateComplete;
}
async function press(el: SjtForm, action: 'next' | 'back' | 'submit'): Promise<void> {
  $(el, `button[data-action="${action}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}


usePage('sjt-form');

describe('<sjt-form> rendering', () => {
  it('renders the first step with a progress indicator, labels tied to controls, and no axe violations', async () => {
    const el = await mount(wizard);
    expect($(el, '[part="progress"]')!.textContent).toBe('第 1 步，共 3 步');
    const name = control(el, 'applicant.name');
    const label = wizard.steps[0]!.sections[0]!.fields.find((f) => f.key === 'applicant.name')!.label['zh-CN'];
    expect(root(el).querySelector(`label[for="${name.id}"]`)!.textContent).toBe(`${label} （必填）`);
    expect(name.getAttribute('aria-invalid')).toBe('false');
    await expectAccessible();
  });

  it('shows a notice for field types not supported yet, never a blank field', async () => {
    // Every field of the materials step as a type of a newer schema version this renderer does not know.
    const newer = (s: FormSchema['steps'][number]['sections'][number]) => ({ ...s, fields: s.fields.map((f) => ({ ...f, type: 'signature' as FieldType, constraints: {} })) });
    const el = await mount({ ...retirement, steps: [{ ...retirement.steps[2]!, sections: retirement.steps[2]!.sections.map(newer) }] });
    const notices = root(el).querySelectorAll('[part="notice"]');
    expect(notices.length).toBeGreaterThan(3);
    expect(notices[0]!.textContent).toContain('暂不支持');
    await expectAccessible();
  });

  it('shows a form-level error for a malformed schema', async () => {
    const el = await mount({ id: 'x', steps: 'nope' });
    expect($(el, '[part="form-error"]')!.getAttribute('role')).toBe('alert');
    expect($(el, '[part="form-error"]')!.textContent).toContain('表单无法显示');
    await expectAccessible();
    el.schema = { ...wizard, steps: [{ ...wizard.steps[0]!, sections: [{ ...wizard.steps[0]!.sections[0]!, fields: [{ key: 'a.b', type: 'computed', label: { 'zh-CN': 'x', en: 'x' }, compute: '1 +' }] }] }] };
    await el.updateComplete;
    expect($(el, '[part="form-error"]')).not.toBeNull();
    expect($(el, 'form')).toBeNull();
  });

  it('speaks English', async () => {
    const el = await mount(wizard, { locale: 'en' });
    expect($(el, '[part="progress"]')!.textContent).toBe('Step 1 of 3');
    expect($(el, 'button[data-action="next"]')!.textContent).toBe('Next');
  });
});

describe('<sjt-form> editing', () => {
  it('updates value and fires sjt-change on input; computed fields follow', async () => {
    const el = await mount(onePage);
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await type(el, 'applicant.name', '王秀英');
    expect(el.value['applicant.name']).toBe('王秀英');
    expect(changes.at(-1)).toEqual({ 'applicant.name': '王秀英' });
    await type(el, 'applicant.idNumber', '371327196403150029');
    // applicant.sex is computed from the ID number (a radio field with `compute`: read-only).
    expect(control(el, 'applicant.sex').value).toBe('女');
    expect(control(el, 'applicant.sex').readOnly).toBe(true);
  });

  it('stores numbers, shows computed values, and hides a field whose condition no longer holds', async () => {
    const el = await mount(wizard, { value: { ...valid(wizard), 'delivery.method': 'post' } });
    el.renderRoot.querySelector<HTMLElement>('button[data-action="next"]')!.click();
    await el.updateComplete;
    expect(root(el).getElementById(controlId('delivery.recipient'))).not.toBeNull();
    expect(control(el, 'retirement.age').value).toBe('62');
    await type(el, 'retirement.contributionYears', '31');
    expect(el.value['retirement.contributionYears']).toBe(31);
    await choose(el, 'delivery.method', 'window');
    expect(root(el).getElementById(controlId('delivery.recipient'))).toBeNull();
    expect(el.value['delivery.method']).toBe('window');
  });

  it('validates a changed field on blur', async () => {
    const el = await mount(onePage);
    await type(el, 'applicant.mobile', '123');
    control(el, 'applicant.mobile').blur();
    await el.updateComplete;
    const input = control(el, 'applicant.mobile');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = root(el).getElementById(`${input.id}-error`)!;
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(error.textContent!.length).toBeGreaterThan(4);
    await expectAccessible();
    await type(el, 'applicant.mobile', '13812345678');
    expect(root(el).getElementById(`${input.id}-error`)).toBeNull();
  });
});

describe('<sjt-form> with every Junan form', () => {
  it('walks each form from the first step through the review page to sjt-submit, without axe violations', async () => {
    for (const [code, schema] of Object.entries(junanFormSchemas())) {
      const el = await mount(schema, { value: sampleValues(schema) });
      let submitted = 0;
      el.addEventListener('sjt-submit', () => submitted++);
      for (let step = 1; step <= schema.steps.length; step++) {
        expect($(el, '[part="progress"]')!.textContent, code).toBe(`第 ${step} 步，共 ${schema.steps.length} 步`);
        await expectAccessible();
        await press(el, 'next');
        expect($(el, '[part="error-summary"]'), code).toBeNull();
      }
      expect($(el, '[part="step-title"]')!.textContent, code).toBe('请核对您填写的信息');
      await expectAccessible();
      await press(el, 'submit');
      expect(submitted, code).toBe(1);
      el.remove();
    }
  }, 60_000);

  it('keeps checkbox group choices in option order', async () => {
    const schema = Object.values(junanFormSchemas()).find((s) => s.steps.some((st) => st.sections.some((se) => se.fields.some((f) => f.type === 'checkboxGroup'))))!;
    const step = schema.steps.find((st) => st.sections.some((se) => se.fields.some((f) => f.type === 'checkboxGroup')))!;
    const field = step.sections.flatMap((se) => se.fields).find((f) => f.type === 'checkboxGroup')!;
    const el = await mount({ ...schema, steps: [step] });
    const boxes = [...root(el).getElementById(controlId(field.key))!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.length).toBeGreaterThan(1);
    boxes[1]!.click();
    await el.updateComplete;
    boxes[0]!.click();
    await el.updateComplete;
    const options = field.constraints!.options!.map((o) => o.value);
    expect(el.value[field.key]).toEqual([options[0], options[1]]);
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    expect(el.value).not.toHaveProperty(field.key);
  });
});

describe('<sjt-form> declarations', () => {
  it('confirms a declaration (告知承诺书) with its statement shown as text', async () => {
    const confirm: FormSchema = { ...wizard, steps: [wizard.steps.at(-1)!] };
    const el = await mount(confirm);
    const box = control(el, 'declaration.truthful');
    expect(box.type).toBe('checkbox');
    expect($(el, '[part="statement"]')!.textContent!.length).toBeGreaterThan(10);
    box.click();
    await el.updateComplete;
    expect(el.value['declaration.truthful']).toBe(true);
    box.click();
    await el.updateComplete;
    expect(el.value).not.toHaveProperty('declaration.truthful');
    await expectAccessible();
  });
});

describe('<sjt-form> submitting', () => {
  it('shows and focuses an error summary whose links focus the fields', async () => {
    const el = await mount(onePage);
    let submitted = 0;
    el.addEventListener('sjt-submit', () => submitted++);
    await press(el, 'submit');
    const summary = $(el, '[part="error-summary"]')!;
    expect(summary).not.toBeNull();
    expect(root(el).activeElement).toBe(summary);
    expect(submitted).toBe(0);
    const links = summary.querySelectorAll<HTMLAnchorElement>('a');
    expect(links.length).toBe(5);
    expect(control(el, 'applicant.name').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    links[1]!.click();
    await el.updateComplete;
    expect(root(el).activeElement).toBe(control(el, 'applicant.idType'));
  });

  it('re-words shown errors when the locale changes', async () => {
    const el = await mount(onePage);
    await press(el, 'submit');
    const before = $(el, '[part="error-summary"] a')!.textContent;
    el.locale = 'en';
    await el.updateComplete;
    expect($(el, '[part="error-summary"] h3')!.textContent).toBe('There is a problem');
    expect($(el, '[part="error-summary"] a')!.textContent).not.toBe(before);
    expect($(el, '[part="error"]')!.textContent).toMatch(/^Error: /);
  });

  it('fires sjt-submit with the cleaned values', async () => {
    const values = valid(onePage);
    const el = await mount(onePage, { value: { ...values, 'applicant.name': '  王秀英 ', 'unknown.key': 1 } });
    const submitted: FormValues[] = [];
    el.addEventListener('sjt-submit', (e) => submitted.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await press(el, 'submit');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!['applicant.name']).toBe('王秀英');
    expect(submitted[0]!['applicant.sex']).toBe('female');
    expect(submitted[0]).not.toHaveProperty('unknown.key');
    expect($(el, '[part="error-summary"]')).toBeNull();
  });

  it('is keyboard operable: Tab reaches the controls, Enter submits', async () => {
    const el = await mount(onePage, { value: valid(onePage) });
    let submitted = 0;
    el.addEventListener('sjt-submit', () => submitted++);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(root(el).activeElement).toBe(control(el, 'applicant.name'));
    await userEvent.tab();
    expect(root(el).activeElement).toBe(control(el, 'applicant.idType'));
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{End} Jr{Enter}');
    await el.updateComplete;
    expect(submitted).toBe(1);
    expect(el.value['applicant.name']).toBe('王秀英 Jr');
  });
});

describe('<sjt-form> wizard', () => {
  it('blocks Next on an invalid step and moves on once it is valid', async () => {
    const el = await mount(wizard);
    await press(el, 'next');
    expect($(el, '[part="progress"]')!.textContent).toBe('第 1 步，共 3 步');
    expect($(el, '[part="error-summary"]')).not.toBeNull();
    el.value = valid(wizard);
    await el.updateComplete;
    await press(el, 'next');
    expect($(el, '[part="progress"]')!.textContent).toBe('第 2 步，共 3 步');
    expect($(el, '[part="error-summary"]')).toBeNull();
    expect(root(el).activeElement?.id).toBe('sjt-step-title');
    await press(el, 'back');
    expect($(el, '[part="progress"]')!.textContent).toBe('第 1 步，共 3 步');
  });

  it('reviews every answer before submitting; an edit link returns to its step and back to the review', async () => {
    const el = await mount(wizard, { value: valid(wizard) });
    const submitted: FormValues[] = [];
    el.addEventListener('sjt-submit', (e) => submitted.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await press(el, 'next');
    await press(el, 'next');
    expect($(el, 'button[data-action="next"]')!.textContent).toContain('核对');
    await press(el, 'next');
    expect($(el, '[part="step-title"]')!.textContent).toBe('请核对您填写的信息');
    const row = $(el, '.review-row[data-key="applicant.idType"]')!;
    expect(row.querySelector('dd')!.textContent).toBe('居民身份证');
    await expectAccessible();

    row.querySelector<HTMLAnchorElement>('a[data-edit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="progress"]')!.textContent).toBe('第 1 步，共 3 步');
    expect(root(el).activeElement).toBe(control(el, 'applicant.idType'));
    await type(el, 'applicant.name', '王秀兰');
    await press(el, 'next');
    expect($(el, '[part="step-title"]')!.textContent).toBe('请核对您填写的信息');
    await press(el, 'submit');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!['applicant.name']).toBe('王秀兰');
  });
});

describe('<sjt-form> elderly mode (适老化)', () => {
  it('uses text of at least 18px and targets of at least 60px, without axe violations', async () => {
    const el = await mount(wizard, { elderly: true });
    expect(el.hasAttribute('elderly')).toBe(true);
    const label = $(el, 'label')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).toBeGreaterThanOrEqual(18);
    expect(parseFloat(getComputedStyle(label).lineHeight) / parseFloat(getComputedStyle(label).fontSize)).toBeGreaterThanOrEqual(1.3);
    const button = $(el, 'button[data-action="next"]')!.getBoundingClientRect();
    expect(button.height).toBeGreaterThanOrEqual(60);
    expect(button.width).toBeGreaterThanOrEqual(60);
    expect(control(el, 'applicant.name').getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    await expectAccessible();
    el.value = valid(wizard);
    await press(el, 'next');
    const choices = root(el).querySelectorAll('.choice');
    expect(choices.length).toBeGreaterThan(2);
    for (const choice of choices) expect(choice.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    expect($(el, 'button[data-action="back"]')!.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    await expectAccessible();
  });
});
