import { describe, expect, it } from 'vitest';
import { junanFormSchemas, sampleValues } from '@sijitong/forms/fixtures';
import { createDraftStore, type DraftStore, type FormSchema } from '../index.js';
import { controlId, SUPPORTED_TYPES } from './controls.js';
import type { SjtDraftRestoredDetail } from './drafting.js';
import type { SjtForm } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';

const retirement = junanFormSchemas()['1137132700430512824370508002000']!;
/** The applicant step of the retirement form, supported fields only: a one-page form. */
const onePage: FormSchema = {
  ...retirement,
  steps: [{ ...retirement.steps[0]!, sections: retirement.steps[0]!.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => SUPPORTED_TYPES.has(f.type)) })) }],
};
let dbCount = 0;
const freshName = (): string => `sjt-drafts-test-${Date.now()}-${dbCount++}`;

async function mount(schema: FormSchema, drafts: DraftStore): Promise<SjtForm> {
  const el = await mountForm(schema, { drafts });
  await el.draftRestored;
  await el.updateComplete;
  return el;
}
const control = (el: SjtForm): ((key: string) => HTMLInputElement) => (key) => el.shadowRoot!.getElementById(controlId(key)) as HTMLInputElement;
async function type(el: SjtForm, key: string, text: string): Promise<void> {
  const input = control(el)(key);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An IndexedDB whose every `open` fails. */
const failingIndexedDB = { open: () => { throw new Error('QuotaExceededError'); } } as unknown as IDBFactory;

usePage('sjt-form drafts');

describe('<sjt-form> drafts', () => {
  it('autosaves to IndexedDB (debounced) and restores after a reload, firing sjt-draft-restored', async () => {
    const store = createDraftStore({ name: freshName() });
    const el = await mount(onePage, store);
    await type(el, 'applicant.name', '王秀英');
    await type(el, 'applicant.mobile', '13912345678');
    expect((await store.load(onePage.id)).status).toBe('none'); // not yet: debounced
    await wait(450);
    expect(store.backend()).toBe('indexedDB');
    el.remove();

    const restored: SjtDraftRestoredDetail[] = [];
    document.addEventListener('sjt-draft-restored', (e) => restored.push((e as CustomEvent<SjtDraftRestoredDetail>).detail), { once: true });
    const again = await mount(onePage, store);
    expect(again.value).toMatchObject({ 'applicant.name': '王秀英', 'applicant.mobile': '13912345678' });
    expect(control(again)('applicant.name').value).toBe('王秀英');
    expect(restored[0]?.dropped).toEqual([]);
    expect(again.shadowRoot!.querySelector('[part="draft-notice"]')!.textContent).toContain('已恢复');
    await expectAccessible();
  });

  it('saves at once on a failed submit, and at once when removed mid-debounce', async () => {
    const store = createDraftStore({ name: freshName() });
    const el = await mount(onePage, store);
    await type(el, 'applicant.name', '李四');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    await wait(50);
    const saved = await store.load(onePage.id);
    expect(saved.status === 'ok' && saved.draft.values['applicant.name']).toBe('李四');
    await type(el, 'applicant.name', '李四四');
    el.remove();
    await wait(50);
    const flushed = await store.load(onePage.id);
    expect(flushed.status === 'ok' && flushed.draft.values['applicant.name']).toBe('李四四');
  });

  it('keeps the draft after a successful submit until the host calls clearDraft()', async () => {
    const store = createDraftStore({ name: freshName() });
    const el = await mount(onePage, store);
    const keys = new Set(onePage.steps[0]!.sections.flatMap((s) => s.fields.map((f) => f.key)));
    el.value = Object.fromEntries(Object.entries(sampleValues(onePage)).filter(([k]) => keys.has(k)));
    await type(el, 'applicant.name', '张三');
    let submitted = false;
    el.addEventListener('sjt-submit', () => (submitted = true));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await wait(400);
    expect(submitted).toBe(true);
    expect((await store.load(onePage.id)).status).toBe('ok');
    await el.clearDraft();
    expect((await store.load(onePage.id)).status).toBe('none');
  });

  it('falls back to localStorage when IndexedDB fails', async () => {
    const name = freshName();
    const store = createDraftStore({ name, indexedDB: failingIndexedDB });
    const el = await mount(onePage, store);
    await type(el, 'applicant.name', '赵六');
    await wait(400);
    expect(store.backend()).toBe('localStorage');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${name}:`))).toBe(true);
    el.remove();
    const again = await mount(onePage, createDraftStore({ name, indexedDB: failingIndexedDB }));
    expect(again.value['applicant.name']).toBe('赵六');
    for (const k of Object.keys(localStorage)) if (k.startsWith(`${name}:`)) localStorage.removeItem(k);
  });

  it('migrates a draft to a new form version and lists the answers it could not keep', async () => {
    const store = createDraftStore({ name: freshName() });
    const el = await mount(onePage, store);
    await type(el, 'applicant.name', '王秀英');
    await type(el, 'applicant.mobile', '13912345678');
    await wait(400);
    el.remove();
    const section = onePage.steps[0]!.sections[0]!;
    const mobile = section.fields.find((f) => f.key === 'applicant.mobile')!;
    const v2: FormSchema = {
      ...onePage,
      version: `${onePage.version}-next`,
      steps: [{ ...onePage.steps[0]!, sections: [{ ...section, fields: section.fields.filter((f) => f.key !== 'applicant.mobile') }, ...onePage.steps[0]!.sections.slice(1)] }],
    };
    const again = await mount(v2, store);
    expect(again.value['applicant.name']).toBe('王秀英');
    expect(again.value['applicant.mobile']).toBeUndefined();
    const notice = again.shadowRoot!.querySelector('[part="draft-notice"]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('表单已更新');
    expect(notice.querySelector('li[data-key="applicant.mobile"]')!.textContent).toBe(mobile.label['zh-CN']);
    await expectAccessible();
    notice.querySelector<HTMLButtonElement>('button')!.click();
    await again.updateComplete;
    expect(again.shadowRoot!.querySelector('[part="draft-notice"]')).toBeNull();
  });

  it('restores a draft of the same version without a value of the wrong type, and names that field', async () => {
    const store = createDraftStore({ name: freshName() });
    const mobile = onePage.steps[0]!.sections.flatMap((s) => s.fields).find((f) => f.key === 'applicant.mobile')!;
    await store.save({
      formId: onePage.id, version: onePage.version, savedAt: '2026-05-01T00:00:00.000Z',
      values: { 'applicant.name': '王秀英', 'applicant.mobile': 13912345678 }, // a number where text belongs
      fields: { 'applicant.name': { type: 'text', label: { 'zh-CN': '姓名', en: 'Name' } }, 'applicant.mobile': { type: 'mobile', label: mobile.label } },
    });
    const el = await mount(onePage, store);
    expect(el.value['applicant.name']).toBe('王秀英');
    expect(el.value['applicant.mobile']).toBeUndefined();
    expect(control(el)('applicant.mobile').value).toBe('');
    const notice = el.shadowRoot!.querySelector('[part="draft-notice"]')!;
    expect(notice.querySelector('p')!.textContent).toBe('已恢复您上次未提交的填写内容，但以下内容无法读取，请重新填写：');
    expect(notice.textContent).not.toContain('版本');
    expect([...notice.querySelectorAll('li')].map((li) => [li.dataset['key'], li.textContent])).toEqual([['applicant.mobile', mobile.label['zh-CN']]]);
    await expectAccessible();
  });

  it('reports a corrupt draft, keeps it under the corrupt key, and does not crash', async () => {
    const name = freshName();
    const store = createDraftStore({ name });
    await store.save({ formId: onePage.id, version: onePage.version, savedAt: '2026-05-01T00:00:00.000Z', values: {}, fields: {} });
    // Corrupt the stored record behind the store's back.
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open(name, 1); r.onsuccess = () => resolve(r.result); });
    await new Promise((resolve) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put({ formId: onePage.id, version: onePage.version, values: 'garbage' });
      tx.oncomplete = resolve;
    });
    db.close();
    const el = await mount(onePage, store);
    expect(el.shadowRoot!.querySelector('form')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[part="draft-notice"]')!.textContent).toContain('无法读取');
    expect(await store.loadCorrupt(onePage.id)).toMatchObject({ values: 'garbage' });
    expect((await store.load(onePage.id)).status).toBe('none');
    await expectAccessible();
  });
});

describe('<sjt-form draft-key>', () => {
  it('uses the default IndexedDB store under the given key, and saves a pending edit when the form changes', async () => {
    const key = `applicant-42-${Date.now()}`;
    const el = document.createElement('sjt-form') as SjtForm;
    el.setAttribute('draft-key', key);
    el.schema = onePage;
    document.body.append(el);
    await el.updateComplete;
    await el.draftRestored;
    await type(el, 'applicant.name', '周七');
    el.draftKey = `${key}-other`; // switches drafts before the autosave ran
    await el.updateComplete;
    await el.draftRestored;
    const saved = await createDraftStore().load(key);
    expect(saved.status === 'ok' && saved.draft.values['applicant.name']).toBe('周七');
    await createDraftStore().clear(key);
    await el.clearDraft();
  });
});
