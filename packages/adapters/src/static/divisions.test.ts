import { describe, expect, it } from 'vitest';
import { createDivisionTable, junanDivisionRows } from '@sijitong/core';
import { isAdapterError } from '../errors.js';
import { createStaticAdapter } from './static-adapter.js';

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => expect.fail('should have been refused'), (e: unknown) => e);

describe('static adapter: divisions', () => {
  const adapter = createStaticAdapter();

  it('serves the Junan extract by default, one level at a time, as { code, name }', async () => {
    expect(await adapter.divisions.children()).toEqual([{ code: '370000', name: '山东省' }]);
    expect(await adapter.divisions.children('370000')).toEqual([{ code: '371300', name: '临沂市' }]);
    const counties = await adapter.divisions.children('371300');
    expect(counties.map((c) => c.code)).toContain('371327');
    expect(counties.every((c) => Object.keys(c).join() === 'code,name')).toBe(true);
    const townships = await adapter.divisions.children('371327000000'); // 12 digits: the same county
    expect(townships.find((t) => t.code === '371327100000')?.name).toBe('大店镇');
    expect(await adapter.divisions.children('371327100201')).toEqual([]); // a village: a leaf
  });

  it('refuses an unknown parent with ADAPTER_DIVISION_NOT_FOUND and a malformed one with INPUT_INVALID', async () => {
    const unknown = await failure(adapter.divisions.children('110000'));
    expect(isAdapterError(unknown, 'ADAPTER_DIVISION_NOT_FOUND')).toBe(true);
    expect((unknown as Error).message).toContain('110000');
    const malformed = await failure(adapter.divisions.children('3713'));
    expect(isAdapterError(malformed, 'INPUT_INVALID')).toBe(true);
  });

  it('takes division rows or a core table', async () => {
    const rows = [{ code: '440000', name: '广东省' }, { code: '441900', name: '东莞市' }, { code: '441900003000', name: '东城街道' }];
    const fromRows = createStaticAdapter({ divisions: rows });
    expect(await fromRows.divisions.children()).toEqual([{ code: '440000', name: '广东省' }]);
    // A township directly under a city without counties.
    expect(await fromRows.divisions.children('441900')).toEqual([{ code: '441900003000', name: '东城街道' }]);
    const fromTable = createStaticAdapter({ divisions: createDivisionTable(junanDivisionRows) });
    expect((await fromTable.divisions.children('371327')).length).toBeGreaterThan(10);
  });

  it('refuses bad rows with STATIC_DATA_INVALID naming the row', () => {
    let error: unknown;
    try {
      createStaticAdapter({ divisions: [{ code: '370000', name: '山东省' }, { code: '37', name: 'x' }] });
    } catch (e) {
      error = e;
    }
    expect(isAdapterError(error, 'STATIC_DATA_INVALID')).toBe(true);
    expect((error as { path: unknown }).path).toEqual(['divisions', 1, 'code']);
  });
});
