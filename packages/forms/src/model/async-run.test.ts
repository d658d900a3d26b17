import { describe, expect, it, vi } from 'vitest';
import { residentIdCheckCharacter } from '@sijitong/core';
import type { AsyncValidator } from './async.js';
import { runAsyncValidators } from './async-run.js';
import { formOf, l } from '../test-support/forms.js';


const schema = formOf([
  { key: 'applicant.name', required: true },
  { key: 'x.idNumber', type: 'residentId', label: l('身份证号码', 'ID number') },
  { key: 'x.note', type: 'text', label: l('备注', 'Note'), visibleWhen: 'applicant.name == "显示"' },
]);
const ID = `11010519491231002${residentIdCheckCharacter('11010519491231002')}`;
const openCase: AsyncValidator = async ({ value }) =>
  value === ID ? { ok: false, code: 'OPEN_CASE', message: '该身份证号码已有在办件。' } : { ok: true };

describe('runAsyncValidators', () => {
  it('reports what a validator finds, with its code and message, on the field', async () => {
    const errors = await runAsyncValidators(schema, { 'applicant.name': '张三', 'x.idNumber': ID }, { 'x.idNumber': openCase });
    expect(errors).toEqual([{ key: 'x.idNumber', path: ['x.idNumber'], code: 'OPEN_CASE', params: {}, message: '该身份证号码已有在办件。' }]);
  });

  it('does not call validators for empty, hidden or synchronously invalid fields', async () => {
    const spy = vi.fn<AsyncValidator>(async () => ({ ok: true }));
    const validators = { 'x.idNumber': spy, 'x.note': spy };
    await runAsyncValidators(schema, { 'applicant.name': '张三' }, validators);
    await runAsyncValidators(schema, { 'applicant.name': '张三', 'x.idNumber': `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}`, 'x.note': 'hidden' }, validators);
    expect(spy).not.toHaveBeenCalled();
    await runAsyncValidators(schema, { 'applicant.name': '显示', 'x.note': 'shown' }, validators);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toMatchObject({ key: 'x.note', value: 'shown', locale: 'zh-CN' });
    expect(spy.mock.calls[0]![0].signal).toBeInstanceOf(AbortSignal);
  });

  it('turns a validator that fails (network down) into FIELD_ASYNC_UNAVAILABLE in the asked locale', async () => {
    const down: AsyncValidator = async () => {
      throw new TypeError('fetch failed');
    };
    const [error] = await runAsyncValidators(schema, { 'applicant.name': '张三', 'x.idNumber': ID }, { 'x.idNumber': down }, { locale: 'en' });
    expect(error?.code).toBe('FIELD_ASYNC_UNAVAILABLE');
    expect(error?.message).toBe('"ID number" could not be checked just now: check your connection and try again.');
  });

  it('limits itself to `keys` and rejects when aborted', async () => {
    const spy = vi.fn<AsyncValidator>(({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    const values = { 'applicant.name': '张三', 'x.idNumber': ID };
    expect(await runAsyncValidators(schema, values, { 'x.idNumber': spy }, { keys: ['applicant.name'] })).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    const controller = new AbortController();
    const running = runAsyncValidators(schema, values, { 'x.idNumber': spy }, { signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
