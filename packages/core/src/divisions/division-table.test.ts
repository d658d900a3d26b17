import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatMessage } from '../i18n/index.js';
import { localizeZodError } from '../i18n/zod.js';
import { junanDivisionRows } from './data/junan.js';
import { parseDivisionCode } from './division-code.js';
import { createDivisionTable, knownDivisionCodeSchema, type DivisionRow } from './division-table.js';
import { errorOf } from '../fixtures/error-of.js';

describe('division tables', () => {
  const table = createDivisionTable(junanDivisionRows);

  it('loads the bundled Junan extract', () => {
    expect(table.size).toBe(junanDivisionRows.length);
    expect(table.get('371327')).toEqual({
      code: '371327', name: '莒南县', level: 'county', parentCode: '371300', fullName: '山东省临沂市莒南县',
    });
    expect(table.get('370000')).toEqual({ code: '370000', name: '山东省', level: 'province', parentCode: undefined });
    expect(table.get('371327001000')?.name).toBe('十字路街道');
    expect(table.get('371399')).toBeUndefined();
    expect(table.get('not a code')).toBeUndefined();
    expect([...table].map((d) => d.code)).toEqual([...junanDivisionRows.map((r) => r.code)].sort());
    // The illustrative township codes agree with the statistics office's kind ranges.
    for (const township of table.children('371327')) {
      const kind = parseDivisionCode(township.code).townshipKind;
      expect(kind).toBe(township.name.endsWith('街道') ? 'subdistrict' : 'town');
    }
  });

  it('finds the same county by its 6-, 9- and 12-digit codes', () => {
    expect(table.get('371327000000')).toBe(table.get('371327'));
    expect(table.get('371327000')).toBe(table.get('371327'));
    expect(table.get('371327100')?.name).toBe('大店镇');
    expect(table.isWithin('371327000000', '371327')).toBe(true);
  });

  it('lists children in code order', () => {
    expect(table.children().map((d) => d.code)).toEqual(['370000']);
    expect(table.children('370000').map((d) => d.name)).toEqual(['临沂市']);
    expect(table.children('371300').map((d) => d.code)).toEqual(['371302', '371311', '371312', '371321', '371327', '371329']);
    const townships = table.children('371327');
    expect(townships).toHaveLength(17);
    expect(townships[0]?.name).toBe('十字路街道');
    expect(townships.every((d) => d.level === 'township' && d.parentCode === '371327')).toBe(true);
    expect(table.children('371327001000').map((d) => d.code)).toEqual(['371327001001', '371327001002', '371327001201']);
    expect(table.children('371327100201')).toEqual([]);
    expect(() => table.children('371399')).toThrowError(expect.objectContaining({ code: 'DIVISION_CODE_UNKNOWN' }));
  });

  it('gives ancestors province first and the path of names', () => {
    expect(table.ancestors('371327001000').map((d) => d.code)).toEqual(['370000', '371300', '371327']);
    expect(table.ancestors('370000')).toEqual([]);
    expect(table.path('371327001000')).toBe('山东省 临沂市 莒南县 十字路街道');
    expect(table.path('371327100201', '/')).toBe('山东省/临沂市/莒南县/大店镇/大店一村');
    expect(table.path('370000')).toBe('山东省');
  });

  it('answers isWithin, including the division itself', () => {
    expect(table.isWithin('371327100201', '371327')).toBe(true);
    expect(table.isWithin('371327100201', '370000')).toBe(true);
    expect(table.isWithin('371327100201', '371327100000')).toBe(true);
    expect(table.isWithin('371327', '371327')).toBe(true);
    expect(table.isWithin('371327100201', '371327001000')).toBe(false);
    expect(table.isWithin('371302', '371327')).toBe(false);
    expect(table.isWithin('371327', '371327100201')).toBe(false);
    expect(table.isWithin('371399', '370000')).toBe(false);
    expect(table.isWithin('bad', '370000')).toBe(false);
  });

  it('require and validate say what is wrong', () => {
    expect(table.require('371327').name).toBe('莒南县');
    const unknown = errorOf(() => table.require('371399'));
    expect(unknown.code).toBe('DIVISION_CODE_UNKNOWN');
    expect(unknown.params).toEqual({ code: '371399' });
    expect(unknown.message).toContain('371399');
    expect(unknown.localized('en')).toContain('not in the current division table');
    expect(errorOf(() => table.require('37xx')).code).toBe('DIVISION_CODE_UNKNOWN');
    expect(errorOf(() => table.validate('37xx')).code).toBe('DIVISION_CODE_FORMAT');
    expect(errorOf(() => table.validate('371399')).code).toBe('DIVISION_CODE_UNKNOWN');
    expect(table.validate('371327100000').name).toBe('大店镇');
    expect(table.has('371327')).toBe(true);
    expect(table.has('371399')).toBe(false);
  });

  it('reports invalid rows with their path', () => {
    const cases: [unknown[], (string | number)[], string][] = [
      [[{ code: '370000', name: '山东省' }, { code: '37000', name: 'x' }], [1, 'code'], 'rows[1].code'],
      [[{ code: '370000', name: '' }], [0, 'name'], 'rows[0].name'],
      [[{ code: '370000', name: '   ' }], [0, 'name'], 'rows[0].name'],
      [[{ code: '370000' }], [0, 'name'], 'rows[0].name'],
      [[{ code: '370000', name: 'a' }, null], [1], 'rows[1]'],
      [[{ code: 370000, name: 'a' }], [0, 'code'], 'rows[0].code'],
      [[{ code: '370027', name: 'a' }], [0, 'code'], 'rows[0].code'],
    ];
    for (const [rows, path, text] of cases) {
      const error = errorOf(() => createDivisionTable(rows as DivisionRow[]));
      expect(error.code).toBe('DIVISION_TABLE_INVALID');
      expect(error.path).toEqual(path);
      expect(error.params).toEqual({ path: text });
      expect(error.message).toContain(text);
      expect(error.localized('en')).toContain(text);
    }
    expect(errorOf(() => createDivisionTable('nope' as unknown as DivisionRow[])).code).toBe('DIVISION_TABLE_INVALID');
  });

  it('reports two rows for one division as a duplicate, whatever their width', () => {
    const error = errorOf(() =>
      createDivisionTable([
        { code: '370000', name: '山东省' },
        { code: '371327', name: '莒南县' },
        { code: '371327000000', name: '莒南县' },
      ]),
    );
    expect(error.code).toBe('DIVISION_TABLE_DUPLICATE');
    expect(error.path).toEqual([2, 'code']);
    expect(error.params).toEqual({ code: '371327', path: 'rows[2].code', first: 'rows[1].code' });
    expect(formatMessage('DIVISION_TABLE_DUPLICATE', error.params, 'en')).toContain('371327');
  });

  it('stores 12-digit rows canonically and links to the nearest ancestor present', () => {
    const partial = createDivisionTable([
      { code: '110000000000', name: '北京市' },
      { code: '110101000000', name: '东城区', extra: 'ignored' } as DivisionRow,
      { code: '371327000000', name: '莒南县' },
      { code: '371327001000', name: '十字路街道' },
    ]);
    expect(partial.get('110101')).toEqual({ code: '110101', name: '东城区', level: 'county', parentCode: '110000' });
    expect(partial.children().map((d) => d.code)).toEqual(['110000', '371327']);
    expect(partial.get('371327')?.parentCode).toBeUndefined();
    expect(partial.path('371327001000')).toBe('莒南县 十字路街道');
  });

  it('offers a schema of codes known to the table', () => {
    const schema = knownDivisionCodeSchema(table);
    expect(z.safeParse(schema, '371327').success).toBe(true);
    for (const [code, expected] of [['371399', 'DIVISION_CODE_UNKNOWN'], ['3713', 'DIVISION_CODE_FORMAT']] as const) {
      const result = z.safeParse(schema, code);
      expect(result.success).toBe(false);
      if (result.success) continue;
      const [en] = localizeZodError(result.error, 'en');
      expect(en?.code).toBe(expected);
      expect(en?.message).toContain(code);
    }
  });
});
