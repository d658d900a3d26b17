import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { isAdapterError } from '../errors.js';
import {
  ENVELOPE_RULES,
  fromUpperSnake,
  PAGING_STYLES,
  pageParams,
  readPage,
  renameKeys,
  unwrapEnvelope,
  upperSnakeToCamel,
  valueAt,
} from './envelope.js';

function thrown(f: () => unknown) {
  try {
    f();
  } catch (error) {
    if (isAdapterError(error)) return error;
  }
  throw new Error('expected an AdapterError');
}

describe('unwrapEnvelope', () => {
  it('returns the payload for every success code, numbers and strings alike', () => {
    expect(unwrapEnvelope({ code: 0, msg: 'ok', data: { a: 1 } }, ENVELOPE_RULES.codeMsgData)).toEqual({ a: 1 });
    expect(unwrapEnvelope({ code: '200', message: 'ok', data: [1] }, ENVELOPE_RULES.codeMessageData)).toEqual([1]);
    expect(unwrapEnvelope({ resultCode: '00000', data: null }, ENVELOPE_RULES.resultCode)).toBeNull();
    // errcode style: the payload sits beside the code, so the whole body is returned.
    expect(unwrapEnvelope({ errcode: 0, errmsg: 'ok', list: [] }, ENVELOPE_RULES.errcode)).toEqual({ errcode: 0, errmsg: 'ok', list: [] });
    expect(unwrapEnvelope({ head: { retCode: '0000' }, body: { x: 1 } }, ENVELOPE_RULES.headBody)).toEqual({ x: 1 });
  });

  it('throws PROVINCE_ERROR with the code and message, retryable only for listed codes', () => {
    const error = thrown(() => unwrapEnvelope({ head: { retCode: '9999', retMsg: '系统繁忙' } }, { ...ENVELOPE_RULES.headBody, retryableCodes: ['9999'] }));
    expect(error.code).toBe('PROVINCE_ERROR');
    expect(error.params).toEqual({ code: '9999', message: '系统繁忙' });
    expect(error.retryable).toBe(true);
    expect(error.localized('en')).toBe('The provincial system returned an error (code 9999): 系统繁忙');
    expect(thrown(() => unwrapEnvelope({ errcode: 40001, errmsg: 'x'.repeat(500) }, ENVELOPE_RULES.errcode)).params['message']).toHaveLength(200);
  });

  it('throws ENVELOPE_CODE_MISSING when the code field is absent', () => {
    const error = thrown(() => unwrapEnvelope({ status: 'ok' }, ENVELOPE_RULES.codeMsgData, 'GET /api/items'));
    expect(error.code).toBe('ENVELOPE_CODE_MISSING');
    expect(error.message).toContain('GET /api/items');
    expect(error.path).toEqual(['code']);
  });

  it('reads dotted paths', () => {
    expect(valueAt({ a: { b: [5] } }, 'a.b.0')).toBe(5);
    expect(valueAt({ a: 1 }, 'a.b')).toBeUndefined();
  });
});

describe('paging', () => {
  const entry = z.object({ id: z.string() });

  it('asks for a page in the province style, shifting zero-based pages', () => {
    expect(pageParams({ page: 3, pageSize: 50 }, PAGING_STYLES.pageNo)).toEqual({ pageNo: 3, pageSize: 50 });
    expect(pageParams({}, PAGING_STYLES.spring)).toEqual({ number: 0, size: 20 });
  });

  it('reads each style into the kit Page (from 1), accepting digit strings', () => {
    const spring = readPage({ content: [{ id: 'a' }], totalElements: '41', number: 2, size: 20 }, PAGING_STYLES.spring, entry);
    expect(spring).toEqual({ items: [{ id: 'a' }], total: 41, page: 3, pageSize: 20 });
    const mp = readPage({ records: [], total: 0, current: '1', size: '10' }, PAGING_STYLES.mybatisPlus, entry);
    expect(mp).toEqual({ items: [], total: 0, page: 1, pageSize: 10 });
  });

  it('falls back to the requested page and size when the body omits them', () => {
    const page = readPage({ list: [{ id: 'a' }, { id: 'b' }], totalCount: 12 }, PAGING_STYLES.pageNo, entry, { requested: { page: 4, pageSize: 2 } });
    expect(page).toEqual({ items: [{ id: 'a' }, { id: 'b' }], total: 12, page: 4, pageSize: 2 });
  });

  it('names the bad field with RESPONSE_INVALID', () => {
    const bad = thrown(() => readPage({ list: [{ id: 1 }], totalCount: 1 }, PAGING_STYLES.pageNo, entry, { what: 'GET /items' }));
    expect(bad.code).toBe('RESPONSE_INVALID');
    expect(bad.path).toEqual(['list', 0, 'id']);
    const noTotal = thrown(() => readPage({ list: [] }, PAGING_STYLES.pageNo, entry));
    expect(noTotal.path).toEqual(['totalCount']);
  });
});

describe('field names', () => {
  it('renames by an explicit table and drops the rest unless asked', () => {
    const row = { TASK_CODE: '1137', TASK_NAME: '名称', SECRET: 'x' };
    expect(renameKeys(row, { TASK_CODE: 'implementationCode', TASK_NAME: 'name' })).toEqual({ implementationCode: '1137', name: '名称' });
    expect(renameKeys(row, { TASK_CODE: 'code' }, { keepUnknown: true })).toEqual({ code: '1137', TASK_NAME: '名称', SECRET: 'x' });
    expect(renameKeys(null, {})).toEqual({});
    expect(renameKeys({ toString: 1 }, {})).toEqual({});
  });

  it('maps listed UPPER_SNAKE fields to camelCase', () => {
    expect(upperSnakeToCamel('TASK_CODE')).toBe('taskCode');
    expect(upperSnakeToCamel('ID')).toBe('id');
    expect(upperSnakeToCamel('CD__TIME_')).toBe('cdTime');
    expect(fromUpperSnake({ TASK_CODE: 'a', DEPT_NAME: 'b', ID_CARD: 'c' }, ['TASK_CODE', 'DEPT_NAME'])).toEqual({ taskCode: 'a', deptName: 'b' });
  });
});
