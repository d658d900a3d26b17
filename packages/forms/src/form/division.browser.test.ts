import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDivisionTable, junanDivisionRows } from '@sijitong/core';
import { loadFormSchema, type DivisionSource, type FormSchema, type FormValues } from '../index.js';
import { controlId } from './controls.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';
import { l } from '../test-support/forms.js';

const table = createDivisionTable(junanDivisionRows);
/** A core division table is a source as it is (synchronous). */
const tableSource: DivisionSource = table;

const KEY = 'address.divisionCode';
function load(definition: unknown): FormSchema {
  const result = loadFormSchema(definition);
  if (result.schema === undefined) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}
/** One step: the division (所在行政区划, required) and a detailed address. */
const onePage = load({
  id: 'division-test',
  version: '1',
  title: l('行政区划测试', 'Division test'),
  steps: [{ id: 'where', title: l('地址', 'Address'), sections: [{ id: 'a', title: l('地址', 'Address'), fields: [{ key: KEY, required: true }, { key: 'address.detail' }] }] }],
});
/** Two steps, so there is a review page. */
const wizard = load({
  id: 'division-wizard',
  version: '1',
  title: l('行政区划测试', 'Division test'),
  steps: [
    { id: 'where', title: l('地址', 'Address'), sections: [{ id: 'a', title: l('地址', 'Address'), fields: [{ key: KEY, required: true }] }] },
    { id: 'more', title: l('其他', 'More'), sections: [{ id: 'b', title: l('其他', 'More'), fields: [{ key: 'address.detail' }] }] },
  ],
});

interface Call {
  readonly parent: string | undefined;
  readonly signal: AbortSignal | undefined;
}

/**
 * The Junan table behind an asynchronous source (each list after `delay` ms), recording every
 * call. Parents in `hold` never answer until aborted; parents in `fail` reject (once each).
 */
function asyncSource(delay = 40) {
  const calls: Call[] = [];
  const hold = new Set<string | undefined>();
  const fail = new Set<string | undefined>();
  const source: DivisionSource = {
    children(parent, options) {
      calls.push({ parent, signal: options?.signal });
      return new Promise((resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        if (hold.has(parent)) return;
        setTimeout(() => {
          if (fail.delete(parent)) reject(new Error('offline'));
          else resolve(table.children(parent));
        }, delay);
      });
    },
  };
  return { source, calls, hold, fail, parents: () => calls.map((c) => c.parent) };
}

const mount = (schema: FormSchema, props: Partial<Pick<SjtForm, 'value' | 'locale' | 'divisions'>> = {}, root?: string): Promise<SjtForm> =>
  mountForm(schema, { ...props, ...(root === undefined ? {} : { divisionRoot: root }) });

const shadow = (el: SjtForm): ShadowRoot => el.shadowRoot!;
const fieldset = (el: SjtForm) => shadow(el).getElementById(controlId(KEY)) as HTMLFieldSetElement | null;
const select = (el: SjtForm, depth: number) => shadow(el).getElementById(`${controlId(KEY)}-${depth}`) as HTMLSelectElement | null;
const selects = (el: SjtForm) => [...(fieldset(el)?.querySelectorAll('select') ?? [])];
const labelOf = (el: SjtForm, depth: number) => shadow(el).querySelector(`label[for="${controlId(KEY)}-${depth}"]`)?.textContent;
const status = (el: SjtForm) => fieldset(el)?.querySelector<HTMLElement>('[role="status"]') ?? null;
const retryButton = (el: SjtForm) => fieldset(el)?.querySelector<HTMLButtonElement>('[data-action="division-retry"]') ?? null;

/** Waits until the select of `depth` has a list. */
async function listed(el: SjtForm, depth: number): Promise<HTMLSelectElement> {
  await vi.waitFor(() => expect(select(el, depth)?.options.length ?? 0).toBeGreaterThan(1));
  await el.updateComplete;
  return select(el, depth)!;
}
/** Chooses `code` at `depth` as the applicant would (the select's change event). */
async function pick(el: SjtForm, depth: number, code: string): Promise<void> {
  const box = await listed(el, depth);
  box.value = code;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
async function press(el: SjtForm, action: 'next' | 'submit'): Promise<void> {
  shadow(el).querySelector<HTMLElement>(`button[data-action="${action}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

usePage('sjt-form divisions');

describe('<sjt-form> division field: choosing', () => {
  it('offers one labelled select per level, loads each list only after the choice above, and keeps the deepest code', async () => {
    const { source, parents } = asyncSource();
    const el = await mount(onePage, { divisions: source });
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));

    await vi.waitFor(() => expect(fieldset(el)?.classList.contains('division')).toBe(true));
    const live = status(el)!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(live.textContent).toBe('正在加载“省”列表…'), { interval: 2 });
    expect(fieldset(el)!.querySelector('legend')!.textContent).toContain('所在行政区划');
    await listed(el, 0);
    expect(labelOf(el, 0)).toBe('省');
    expect([...select(el, 0)!.options].map((o) => o.textContent)).toEqual(['请选择', '山东省']);
    expect(live.textContent).toBe('');
    expect(parents()).toEqual([undefined]);
    await expectAccessible();

    await pick(el, 0, '370000');
    expect(el.value[KEY]).toBe('370000');
    expect(changes.at(-1)).toEqual({ [KEY]: '370000' });
    await vi.waitFor(() => expect(status(el)!.textContent).toBe('正在加载“市”列表…'), { interval: 2 });
    expect(status(el)).toBe(live); // the same live region, there before its content
    await expectAccessible();
    await pick(el, 1, '371300');
    expect(labelOf(el, 1)).toBe('市');
    await pick(el, 2, '371327');
    expect(labelOf(el, 2)).toBe('县（区）');
    await pick(el, 3, '371327100000');
    expect(labelOf(el, 3)).toBe('乡镇（街道）');
    await pick(el, 4, '371327100201');
    expect(labelOf(el, 4)).toBe('村（社区）');

    expect(el.value[KEY]).toBe('371327100201');
    expect(changes.at(-1)).toEqual({ [KEY]: '371327100201' });
    expect(changes.map((v) => v[KEY])).toEqual(['370000', '371300', '371327', '371327100000', '371327100201']);
    // Only the chosen parents' lists, each once; a village has no list below it.
    expect(parents()).toEqual([undefined, '370000', '371300', '371327', '371327100000']);
    expect(selects(el)).toHaveLength(5);
    await expectAccessible();
  });

  it('clears the levels below a changed choice and aborts the load in flight', async () => {
    const { source, calls, hold, parents } = asyncSource();
    const el = await mount(onePage, { divisions: source });
    await pick(el, 0, '370000');
    await pick(el, 1, '371300');
    await pick(el, 2, '371327');
    await pick(el, 3, '371327001000');
    await pick(el, 4, '371327001201');
    expect(selects(el)).toHaveLength(5);

    // Another county: the township and village selects go, the value is the county.
    await pick(el, 2, '371302');
    expect(el.value[KEY]).toBe('371302');
    await vi.waitFor(() => expect(selects(el)).toHaveLength(3));
    await vi.waitFor(() => expect(status(el)!.textContent).toBe(''));

    // Back to Junan: its list is cached, nothing is chosen below.
    const before = calls.length;
    await pick(el, 2, '371327');
    await listed(el, 3);
    expect(select(el, 3)!.value).toBe('');
    expect(calls.length).toBe(before);

    // A township whose list is slow, then a change above it: the load is aborted, no error shows.
    hold.add('371327100000');
    await pick(el, 3, '371327100000');
    await vi.waitFor(() => expect(status(el)!.textContent).toBe('正在加载“村（社区）”列表…'));
    const pending = calls.find((c) => c.parent === '371327100000')!;
    expect(pending.signal!.aborted).toBe(false);
    await pick(el, 1, '');
    expect(pending.signal!.aborted).toBe(true);
    expect(el.value[KEY]).toBe('370000');
    expect(selects(el)).toHaveLength(2);
    expect(select(el, 1)!.value).toBe('');
    expect(status(el)!.textContent).toBe('');
    expect(retryButton(el)).toBeNull();
    await pick(el, 0, '');
    expect(el.value).not.toHaveProperty(KEY);
    expect(parents().filter((p) => p === '371327100000')).toHaveLength(1);
    await expectAccessible();
  });

  it('restores an existing value: every level shows its choice; the review page and the print view show the names', async () => {
    const { source, parents } = asyncSource();
    const el = await mount(wizard, { divisions: source, value: { [KEY]: '371327100201' } });
    await vi.waitFor(() => expect(select(el, 4)?.value).toBe('371327100201'));
    expect(selects(el).map((s) => s.value)).toEqual(['370000', '371300', '371327', '371327100000', '371327100201']);
    expect(parents()).toEqual([undefined, '370000', '371300', '371327', '371327100000']);
    await expectAccessible();

    await press(el, 'next');
    await press(el, 'next');
    const row = shadow(el).querySelector('.review-row[data-key="address.divisionCode"] dd')!;
    expect(row.textContent).toBe('山东省 临沂市 莒南县 大店镇 大店一村');
    el.mode = 'print';
    await vi.waitFor(() => expect(shadow(el).querySelector('tr[data-key="address.divisionCode"] td')?.textContent).toBe('山东省 临沂市 莒南县 大店镇 大店一村'));
  });

  it('a required division needs one choice, at any level', async () => {
    const el = await mount(onePage, { divisions: tableSource });
    let submitted: FormValues | undefined;
    el.addEventListener('sjt-submit', (e) => (submitted = (e as CustomEvent<SjtFormEventDetail>).detail.value));
    await listed(el, 0);
    await press(el, 'submit');
    expect(submitted).toBeUndefined();
    expect(shadow(el).querySelector('[part="error-summary"]')!.textContent).toContain('所在行政区划');
    expect(select(el, 0)!.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    await pick(el, 0, '370000');
    await press(el, 'submit');
    expect(submitted).toEqual({ [KEY]: '370000' });
  });
});

describe('<sjt-form> division field: root, failures, keyboard, language, no source', () => {
  it('division-root shows the root and the levels above as text; choices start below it', async () => {
    const { source, parents } = asyncSource();
    const el = await mount(onePage, { divisions: source }, '371327');
    expect(el.divisionRoot).toBe('371327');
    await listed(el, 0);
    expect(labelOf(el, 0)).toBe('乡镇（街道）');
    await vi.waitFor(() => expect(fieldset(el)!.querySelector('.division-fixed')?.textContent).toBe('所在地区：山东省 临沂市 莒南县'));
    await pick(el, 0, '371327001000');
    await pick(el, 1, '371327001201');
    expect(labelOf(el, 1)).toBe('村（社区）');
    expect(el.value[KEY]).toBe('371327001201');
    expect(selects(el)).toHaveLength(2);
    // The root's list first; the lists above only to name the root; nothing of other counties.
    expect(parents()[0]).toBe('371327');
    expect(new Set(parents())).toEqual(new Set(['371327', undefined, '370000', '371300', '371327001000']));
    await expectAccessible();

    // A value inside the root is restored below it.
    const again = await mount(onePage, { divisions: source, value: { [KEY]: '371327100202' } }, '371327');
    await vi.waitFor(() => expect(select(again, 1)?.value).toBe('371327100202'));
    expect(select(again, 0)!.value).toBe('371327100000');
  });

  it('shows a failed load with its message and a retry button that works', async () => {
    const { source, fail } = asyncSource();
    fail.add('370000');
    const el = await mount(onePage, { divisions: source });
    await pick(el, 0, '370000');
    await vi.waitFor(() => expect(retryButton(el)).not.toBeNull());
    const live = status(el)!;
    expect(live.textContent).toBe('“市”列表加载失败：请检查网络后重试。');
    expect(live.querySelector('[part="error"]')).not.toBeNull();
    expect(fieldset(el)!.getAttribute('aria-describedby')).toContain(live.id);
    expect(retryButton(el)!.textContent).toBe('重试');
    expect(el.value[KEY]).toBe('370000');
    await expectAccessible();

    retryButton(el)!.focus();
    retryButton(el)!.click();
    await listed(el, 1);
    expect(retryButton(el)).toBeNull();
    expect(status(el)!.textContent).toBe('');
    await vi.waitFor(() => expect(shadow(el).activeElement).toBe(select(el, 1)));
    await pick(el, 1, '371300');
    await listed(el, 2);
    await expectAccessible();
  });

  it('a synchronous source that throws shows the error too', async () => {
    const broken: DivisionSource = {
      children(parent) {
        if (parent === '370000') throw new Error('bad table');
        return tableSource.children(parent);
      },
    };
    const el = await mount(onePage, { divisions: broken });
    await pick(el, 0, '370000');
    await vi.waitFor(() => expect(retryButton(el)).not.toBeNull());
    expect(status(el)!.textContent).toContain('加载失败');
  });

  it('is keyboard operable: Tab reaches each level, arrow keys choose', async () => {
    const el = await mount(onePage, { divisions: tableSource });
    await listed(el, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(select(el, 0));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(el.value[KEY]).toBe('370000'));
    await listed(el, 1);
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(select(el, 1));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(el.value[KEY]).toBe('371300'));
    await listed(el, 2);
    await expectAccessible();
  });

  it('speaks English', async () => {
    const { source } = asyncSource();
    const el = await mount(onePage, { divisions: source, locale: 'en' });
    await vi.waitFor(() => expect(status(el)?.textContent).toBe('Loading the "Province" list…'), { interval: 2 });
    await listed(el, 0);
    expect(labelOf(el, 0)).toBe('Province');
    expect(select(el, 0)!.options[0]!.textContent).toBe('Please choose');
    await pick(el, 0, '370000');
    await listed(el, 1);
    expect(labelOf(el, 1)).toBe('City');
    await pick(el, 1, '371300');
    await pick(el, 2, '371327');
    await listed(el, 3);
    expect(labelOf(el, 3)).toBe('Township (subdistrict)');
    const root = await mount(onePage, { divisions: source, locale: 'en' }, '371327');
    await vi.waitFor(() => expect(root.shadowRoot!.querySelector('.division-fixed')?.textContent).toBe('Area: 山东省 临沂市 莒南县'));
    await expectAccessible();
  });

  it('without a source: a code input with a notice, validated as a division code', async () => {
    const el = await mount(onePage);
    await vi.waitFor(() => expect(shadow(el).querySelector(`input#${controlId(KEY)}`)).not.toBeNull());
    const input = shadow(el).querySelector<HTMLInputElement>(`input#${controlId(KEY)}`)!;
    const notice = shadow(el).getElementById(`${controlId(KEY)}-no-source`)!;
    expect(notice.textContent).toContain('未接入行政区划数据');
    expect(input.getAttribute('aria-describedby')).toContain(notice.id);
    await expectAccessible();
    input.focus();
    input.value = '3713271';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    input.value = '371327';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.value[KEY]).toBe('371327');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });
});
