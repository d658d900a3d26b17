import { describe, expect, it, vi } from 'vitest';
import { residentIdCheckCharacter } from '@sijitong/core';
import type { AsyncValidator } from '../index.js';
import { controlId } from './controls.js';
import type { SjtForm, SjtFormEventDetail } from './sjt-form.js';
import './define.js';
import { formOf, l } from '../test-support/forms.js';
import { expectAccessible, mountForm, typeInto, usePage } from '../test-support/page.js';

const schema = formOf([
  { key: 'applicant.name', required: true },
  { key: 'x.idNumber', type: 'residentId', label: l('公民身份号码', 'ID number'), required: true },
], 'async-form');
const ID = `11010519491231002${residentIdCheckCharacter('11010519491231002')}`;
const OTHER = `11010519500101001${residentIdCheckCharacter('11010519500101001')}`;
const BAD = `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}`;

/** A validator whose answers the test releases by hand. */
function deferred() {
  const calls: { value: unknown; signal: AbortSignal; resolve: (open: boolean) => void; reject: (e: unknown) => void }[] = [];
  const validator = vi.fn<AsyncValidator>(
    ({ value, signal }) =>
      new Promise((resolve, reject) => {
        calls.push({
          value, signal, reject,
          resolve: (open) => resolve(open ? { ok: false, code: 'OPEN_CASE', message: '已有在办件，请勿重复申请。' } : { ok: true }),
        });
      }),
  );
  return { validator, calls };
}

const mount = (validators: Record<string, AsyncValidator>): Promise<SjtForm> => mountForm(schema, { validators });
const input = (el: SjtForm, key: string) => el.shadowRoot!.getElementById(controlId(key)) as HTMLInputElement;
const type = (el: SjtForm, key: string, text: string): Promise<void> => typeInto(el, input(el, key), text);
async function blur(el: SjtForm, key: string): Promise<void> {
  input(el, key).blur();
  await el.updateComplete;
}
const settle = async (el: SjtForm) => {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};
const errorOf = (el: SjtForm, key: string) => el.shadowRoot!.getElementById(`${controlId(key)}-error`)?.textContent ?? null;
const status = (el: SjtForm) => el.shadowRoot!.querySelector('[part="async-status"]')!;

usePage('sjt-form async', () => vi.useRealTimers());

describe('<sjt-form> asynchronous checks', () => {
  it('checks a valid value on blur, announces the check, and shows what the callback found at the field', async () => {
    const { validator, calls } = deferred();
    const el = await mount({ 'x.idNumber': validator });
    await type(el, 'x.idNumber', ID);
    await blur(el, 'x.idNumber');
    expect(validator).toHaveBeenCalledTimes(1);
    expect(calls[0]!.value).toBe(ID);
    expect(calls[0]!.signal.aborted).toBe(false);
    expect(status(el).getAttribute('role')).toBe('status');
    expect(status(el).textContent).toBe('正在核验“公民身份号码”…');
    await expectAccessible();
    calls[0]!.resolve(true);
    await settle(el);
    expect(errorOf(el, 'x.idNumber')).toContain('已有在办件');
    expect(input(el, 'x.idNumber').getAttribute('aria-invalid')).toBe('true');
    expect(status(el).textContent).toBe('');
    await expectAccessible();
  });

  it('never sends a value that fails its own validation', async () => {
    const { validator } = deferred();
    const el = await mount({ 'x.idNumber': validator });
    await type(el, 'x.idNumber', BAD);
    await blur(el, 'x.idNumber');
    expect(validator).not.toHaveBeenCalled();
    expect(errorOf(el, 'x.idNumber')).not.toBeNull();
  });

  it('waits 500 ms after the last keystroke, and a newer value aborts the older check', async () => {
    vi.useFakeTimers();
    const { validator, calls } = deferred();
    const el = await mount({ 'x.idNumber': validator });
    await type(el, 'x.idNumber', OTHER.slice(0, 17));
    await type(el, 'x.idNumber', OTHER);
    vi.advanceTimersByTime(499);
    expect(validator).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(validator).toHaveBeenCalledTimes(1);
    await type(el, 'x.idNumber', ID);
    vi.advanceTimersByTime(500);
    expect(validator).toHaveBeenCalledTimes(2);
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[0]!.resolve(true); // too late: its value is gone
    calls[1]!.resolve(false);
    vi.useRealTimers();
    await settle(el);
    expect(errorOf(el, 'x.idNumber')).toBeNull();
  });

  it('submit waits for the checks; a failed check blocks it and is listed, led by the field label', async () => {
    const { validator, calls } = deferred();
    const el = await mount({ 'x.idNumber': validator });
    const submitted: unknown[] = [];
    el.addEventListener('sjt-submit', (e) => submitted.push((e as CustomEvent<SjtFormEventDetail>).detail.value));
    await type(el, 'applicant.name', '张三');
    await type(el, 'x.idNumber', ID);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button[type="submit"]')!.getAttribute('aria-disabled')).toBe('true');
    calls.at(-1)!.resolve(true);
    await settle(el);
    expect(submitted).toEqual([]);
    const summary = el.shadowRoot!.querySelector('[part="error-summary"]')!;
    expect(summary.querySelector('a')!.textContent).toBe('公民身份号码：已有在办件，请勿重复申请。');
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await expectAccessible();

    await type(el, 'x.idNumber', OTHER);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    calls.at(-1)!.resolve(false);
    await settle(el);
    expect(submitted).toEqual([{ 'applicant.name': '张三', 'x.idNumber': OTHER }]);
  });

  it('a check that cannot run blocks the submit with a message that says so', async () => {
    const el = await mount({ 'x.idNumber': async () => Promise.reject(new TypeError('Failed to fetch')) });
    el.locale = 'en';
    await type(el, 'applicant.name', 'Zhang San');
    await type(el, 'x.idNumber', ID);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    expect(errorOf(el, 'x.idNumber')).toContain('"ID number" could not be checked just now');
  });
});

describe('<sjt-form> error summary', () => {
  it('leads a message that does not name its field with the label', async () => {
    const el = await mount({});
    await type(el, 'x.idNumber', BAD);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent ?? '');
    expect(items[0]).toBe(`请填写“${schema.steps[0]!.sections[0]!.fields[0]!.label['zh-CN']}”。`); // names its field already
    expect(items).toHaveLength(2);
    expect(items[1]).toMatch(/^公民身份号码：身份证号码校验位/);
    expect(errorOf(el, 'x.idNumber')!.includes('公民身份号码：')).toBe(false);
  });
});
