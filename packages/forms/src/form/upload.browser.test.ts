import { describe, expect, it, vi } from 'vitest';
import { loadFormSchema, type FileRef, type FormSchema, type FormValues } from '../index.js';
import type { FileUploader } from './index.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { expectAccessible, mountForm, usePage } from '../test-support/page.js';
import { l } from '../test-support/forms.js';

const MB = 1024 * 1024;

/** 身份证复印件: PDF or pictures, 1 MB each, at most 2; 近期照片: one picture. */
const loaded = loadFormSchema({
  id: 'upload-test',
  version: '1',
  title: l('材料上传', 'Materials'),
  steps: [{
    id: 'materials',
    title: l('申请材料', 'Materials'),
    sections: [{
      id: 'm',
      title: l('申请材料', 'Materials'),
      fields: [
        { key: 'materials.idCard', type: 'file', label: l('身份证复印件', 'Copy of the ID card'), required: true, materialId: 'id-card', constraints: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSize: MB, maxFiles: 2 } },
        { key: 'materials.photo', type: 'file', label: l('近期照片', 'Recent photo'), constraints: { accept: ['image/*'], maxFiles: 1 } },
      ],
    }],
  }],
});
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const schema: FormSchema = loaded.schema;
const KEY = 'materials.idCard';
const INPUT = 'sjt-f-materials--idCard';

const pdf = (name = 'a.pdf', size = 2048) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const png = (name = 'photo.png') => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
const refOf = (file: File, id: string): FileRef => ({ id, name: file.name, size: file.size, type: file.type });

/** A promise settled from outside, for an upload in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const mount = (props: Partial<SjtForm> = {}): Promise<SjtForm> => mountForm(schema, props);
const root = (el: SjtForm): ShadowRoot => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLElement>(el: SjtForm, id: string): T => {
  const found = root(el).getElementById(id);
  if (found === null) throw new Error(`no #${id}`);
  return found as T;
};
const field = (el: SjtForm, key = KEY) => root(el).querySelector<HTMLElement>(`.field[data-key="${key}"]`)!;
const status = (el: SjtForm, key = KEY) => field(el, key).querySelector<HTMLElement>('[part="upload-status"]')!;
const removeButton = (el: SjtForm, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part="file-remove"]')].find((b) => b.textContent === `删除 ${name}`);
/** Lets uploads settle and the element render. */
const settle = async (el: SjtForm) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
};
async function pick(el: SjtForm, files: readonly File[], id = INPUT): Promise<void> {
  const input = byId<HTMLInputElement>(el, id);
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

usePage('sjt-form uploads', () => {
  vi.restoreAllMocks();
});

describe('<sjt-form> upload fields', () => {
  it('draws a labelled file input with accept, multiple, the limits and an empty live region', async () => {
    const el = await mount();
    const input = byId<HTMLInputElement>(el, INPUT);
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/pdf,image/jpeg,image/png');
    expect(input.multiple).toBe(true);
    expect(byId<HTMLInputElement>(el, 'sjt-f-materials--photo').multiple).toBe(false);
    expect(root(el).querySelector(`label[for="${INPUT}"]`)!.textContent).toBe('身份证复印件 （必填）');
    const hint = byId(el, `${INPUT}-hint`);
    expect(hint.textContent).toBe('可上传的格式：PDF、JPEG、PNG。每个文件不超过 1 MB。最多 2 个文件。');
    expect(input.getAttribute('aria-describedby')).toContain(hint.id);
    expect(status(el).getAttribute('role')).toBe('status');
    expect(status(el).getAttribute('aria-live')).toBe('polite');
    expect(status(el).textContent).toBe('');
    await expectAccessible();
  });

  it('refuses a file too large or of a wrong type before uploading it, naming it in the error', async () => {
    const upload = vi.fn<FileUploader>();
    const el = await mount({ upload });
    await pick(el, [new File(['x'], 'notes.txt', { type: 'text/plain' }), pdf('big.pdf', MB + 1)]);
    expect(upload).not.toHaveBeenCalled();
    expect(el.value).not.toHaveProperty(KEY);
    const input = byId<HTMLInputElement>(el, INPUT);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = byId(el, `${INPUT}-error`);
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(error.textContent).toContain('“notes.txt”的格式不符合要求');
    expect(error.textContent).toContain('“big.pdf”超过了 1 MB');
    await expectAccessible();
  });

  it('uploads an accepted file with an AbortSignal and stores the FileRef it returns', async () => {
    const file = pdf();
    const upload = vi.fn<FileUploader>(async (f) => refOf(f, 'lib-1'));
    const el = await mount({ upload });
    const changes: FormValues[] = [];
    el.addEventListener('sjt-change', (e) => changes.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await pick(el, [file, new File(['x'], 'notes.txt', { type: 'text/plain' })]);
    expect(upload).toHaveBeenCalledTimes(1);
    const [sent, context] = upload.mock.calls[0]!;
    expect(sent).toBe(file);
    expect(context.key).toBe(KEY);
    expect(context.materialId).toBe('id-card');
    expect(context.signal).toBeInstanceOf(AbortSignal);
    expect(el.value[KEY]).toEqual([{ id: 'lib-1', name: 'a.pdf', size: 2048, type: 'application/pdf' }]);
    expect(changes.at(-1)![KEY]).toEqual(el.value[KEY]);
    expect(field(el).querySelector('.file-name')!.textContent).toBe('a.pdf');
    expect(field(el).querySelector('.file-size')!.textContent).toBe('2 KB');
    expect(removeButton(el, 'a.pdf')).toBeDefined();
    expect(status(el).textContent).toBe('已上传：a.pdf');
    // The refused file of the same pick is still named.
    expect(byId(el, `${INPUT}-error`).textContent).toContain('notes.txt');
    // A PDF picked in this page opens in a new tab.
    const open = field(el).querySelector<HTMLAnchorElement>('a[part="file-preview"]')!;
    expect(open.target).toBe('_blank');
    expect(open.href).toMatch(/^blob:/);
    expect(open.textContent).toContain('a.pdf');
    await expectAccessible();
  });

  it('shows an upload in flight in the live region and the list', async () => {
    const pending = deferred<FileRef>();
    const file = pdf();
    const el = await mount({ upload: () => pending.promise });
    await pick(el, [file]);
    expect(status(el).textContent).toBe('正在上传：a.pdf');
    expect(field(el).querySelector('.file-item.pending .file-name')!.textContent).toBe('a.pdf');
    expect(el.value).not.toHaveProperty(KEY);
    pending.resolve(refOf(file, 'lib-1'));
    await settle(el);
    expect(el.value[KEY]).toEqual([refOf(file, 'lib-1')]);
    expect(field(el).querySelector('.file-item.pending')).toBeNull();
  });

  it('shows a failed upload as an error and keeps the files already there', async () => {
    const kept: FileRef = { id: 'lib-0', name: '旧.pdf', size: 100, type: 'application/pdf' };
    const el = await mount({ value: { [KEY]: [kept] }, upload: () => Promise.reject(new Error('offline')) });
    await pick(el, [pdf()]);
    expect(el.value[KEY]).toEqual([kept]);
    expect(byId(el, `${INPUT}-error`).textContent).toContain('文件“a.pdf”上传失败');
    expect(field(el).querySelector('.file-item.pending')).toBeNull();
    await expectAccessible();
  });

  it('aborts an upload in flight when its file is removed, and ignores its late result', async () => {
    const pending = deferred<FileRef>();
    let signal: AbortSignal | undefined;
    const el = await mount({ upload: (_file, context) => ((signal = context.signal), pending.promise) });
    await pick(el, [pdf()]);
    expect(signal?.aborted).toBe(false);
    removeButton(el, 'a.pdf')!.click();
    await settle(el);
    expect(signal?.aborted).toBe(true);
    expect(status(el).textContent).toBe('已删除：a.pdf');
    expect(root(el).activeElement).toBe(byId(el, INPUT));
    pending.resolve({ id: 'late', name: 'a.pdf', size: 2048, type: 'application/pdf' });
    await settle(el);
    expect(el.value).not.toHaveProperty(KEY);
    expect(root(el).querySelector('.file-item')).toBeNull();
  });

  it('aborts uploads in flight and revokes previews when the element leaves the page', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const signals: AbortSignal[] = [];
    const photo = png();
    const el = await mount({ upload: (f, context) => (signals.push(context.signal), f === photo ? Promise.resolve(refOf(f, 'p-1')) : new Promise<FileRef>(() => {})) });
    await pick(el, [photo], 'sjt-f-materials--photo');
    await pick(el, [pdf()]);
    const url = field(el, 'materials.photo').querySelector('img')!.src;
    el.remove();
    expect(signals[1]!.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(url);
  });

  it('previews a picture with its name as alt text; removing it revokes the URL and focuses the input', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const el = await mount();
    await pick(el, [png()], 'sjt-f-materials--photo');
    const img = field(el, 'materials.photo').querySelector<HTMLImageElement>('img[part="file-preview"]')!;
    expect(img.alt).toBe('photo.png');
    expect(create).toHaveBeenCalledTimes(1);
    const url = create.mock.results[0]!.value as string;
    expect(img.src).toBe(url);
    await expectAccessible();
    removeButton(el, 'photo.png')!.click();
    await settle(el);
    expect(revoke).toHaveBeenCalledWith(url);
    expect(el.value).not.toHaveProperty('materials.photo');
    expect(root(el).activeElement).toBe(byId(el, 'sjt-f-materials--photo'));
  });

  it('keeps files in the page without an uploader: FileRefs with random ids, readable with file(id)', async () => {
    const file = pdf();
    const el = await mount();
    await pick(el, [file]);
    const [ref] = el.value[KEY] as FileRef[];
    expect(ref).toMatchObject({ name: 'a.pdf', size: 2048, type: 'application/pdf' });
    expect(ref!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(el.file(ref!.id)).toBe(file);
    expect(el.file('unknown')).toBeUndefined();
  });

  it('refuses files beyond maxFiles', async () => {
    const upload = vi.fn<FileUploader>(async (f) => refOf(f, f.name));
    const el = await mount({ upload });
    await pick(el, [pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf')]);
    expect(upload).toHaveBeenCalledTimes(2);
    expect((el.value[KEY] as FileRef[]).map((f) => f.name)).toEqual(['1.pdf', '2.pdf']);
    expect(byId(el, `${INPUT}-error`).textContent).toContain('文件“3.pdf”未添加：“身份证复印件”最多上传 2 个文件。');
  });

  it('lists files the form was given (a draft) by name and size only', async () => {
    const el = await mount({ value: { [KEY]: [{ id: 'lib-9', name: '营业执照.pdf', size: 204_800, type: 'application/pdf' }] } });
    expect(field(el).querySelector('.file-name')!.textContent).toBe('营业执照.pdf');
    expect(field(el).querySelector('.file-size')!.textContent).toBe('200 KB');
    expect(field(el).querySelector('[part="file-preview"]')).toBeNull();
    removeButton(el, '营业执照.pdf')!.click();
    await settle(el);
    expect(el.value).not.toHaveProperty(KEY);
  });

  it('a submit waits for an upload in flight, then submits with the file', async () => {
    const upload = deferred<FileRef>();
    const el = await mount({ upload: () => upload.promise });
    const submitted: unknown[] = [];
    el.addEventListener('sjt-submit', (e) => submitted.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    const file = pdf('申请书.pdf');
    await pick(el, [file]);
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    expect(submitted).toEqual([]);
    expect(root(el).querySelector('button[type="submit"]')!.getAttribute('aria-disabled')).toBe('true');
    expect(root(el).querySelector('[part="error-summary"]')).toBeNull(); // not "required": it is on its way
    upload.resolve(refOf(file, 'stored-1'));
    await settle(el);
    await settle(el);
    expect(submitted).toEqual([{ [KEY]: [refOf(file, 'stored-1')] }]);
  });

  it('validates the files on submit and shows the required error', async () => {
    const el = await mount();
    root(el).querySelector<HTMLElement>('button[data-action="submit"]')!.click();
    await settle(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="error-summary"] a')!;
    expect(link.getAttribute('href')).toBe(`#${INPUT}`);
    link.click();
    await settle(el);
    expect(root(el).activeElement).toBe(byId(el, INPUT));
    await expectAccessible();
  });

  it('speaks English', async () => {
    const el = await mount({ locale: 'en', upload: (f) => Promise.resolve(refOf(f, 'x')) });
    expect(byId(el, `${INPUT}-hint`).textContent).toBe('Accepted formats: PDF, JPEG, PNG. Each file at most 1 MB. At most 2 file(s).');
    await pick(el, [pdf()]);
    expect(status(el).textContent).toBe('Uploaded: a.pdf');
    expect(field(el).querySelector('[part="file-remove"]')!.textContent).toBe('Remove a.pdf');
  });

  it('keeps the input and remove buttons at least 60px in elderly mode, without axe violations', async () => {
    const el = await mount({ elderly: true });
    await pick(el, [pdf(), png()]);
    expect(byId(el, INPUT).getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    const buttons = root(el).querySelectorAll<HTMLElement>('[part="file-remove"]');
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
      expect(button.getBoundingClientRect().width).toBeGreaterThanOrEqual(60);
    }
    await expectAccessible();
  });
});
