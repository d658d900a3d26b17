import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatMessage } from '../i18n/index.js';
import { localizeZodError } from '../i18n/zod.js';
import {
  canonicalDivisionCode,
  divisionAncestorCodes,
  divisionCodeSchema,
  isDivisionCode,
  parseDivisionCode,
  toTwelveDigitDivisionCode,
} from './division-code.js';
import { isProvinceCodePrefix, PROVINCE_CODE_PREFIXES } from './provinces.js';

describe('division codes', () => {
  it('parses each level', () => {
    expect(parseDivisionCode('370000')).toEqual({
      code: '370000', canonicalCode: '370000', level: 'province', provinceCode: '370000', parentCode: undefined,
    });
    expect(parseDivisionCode('371300')).toEqual({
      code: '371300', canonicalCode: '371300', level: 'city', provinceCode: '370000', cityCode: '371300', parentCode: '370000',
    });
    expect(parseDivisionCode('371327')).toEqual({
      code: '371327', canonicalCode: '371327', level: 'county', provinceCode: '370000', cityCode: '371300',
      countyCode: '371327', parentCode: '371300',
    });
    expect(parseDivisionCode('371327100000')).toEqual({
      code: '371327100000', canonicalCode: '371327100000', level: 'township', provinceCode: '370000', cityCode: '371300',
      countyCode: '371327', townshipCode: '371327100000', parentCode: '371327', townshipKind: 'town',
    });
    expect(parseDivisionCode('371327100201')).toEqual({
      code: '371327100201', canonicalCode: '371327100201', level: 'village', provinceCode: '370000', cityCode: '371300',
      countyCode: '371327', townshipCode: '371327100000', villageCode: '371327100201', parentCode: '371327100000',
      townshipKind: 'town', villageKind: 'village',
    });
  });

  it('gives parents in canonical width', () => {
    expect(parseDivisionCode('371327').parentCode).toBe('371300');
    expect(parseDivisionCode('371300').parentCode).toBe('370000');
    expect(parseDivisionCode('370000').parentCode).toBeUndefined();
    expect(parseDivisionCode('371327100000').parentCode).toBe('371327');
    expect(parseDivisionCode('371327100201').parentCode).toBe('371327100000');
    expect(parseDivisionCode('371327001001').parentCode).toBe('371327001000');
    expect(divisionAncestorCodes('371327100201')).toEqual(['370000', '371300', '371327', '371327100000']);
    expect(divisionAncestorCodes('370000')).toEqual([]);
  });

  it('reads township and village kinds', () => {
    expect(parseDivisionCode('371327001000').townshipKind).toBe('subdistrict');
    expect(parseDivisionCode('371327099000').townshipKind).toBe('subdistrict');
    expect(parseDivisionCode('371327100000').townshipKind).toBe('town');
    expect(parseDivisionCode('371327199000').townshipKind).toBe('town');
    expect(parseDivisionCode('371327200000').townshipKind).toBe('township');
    expect(parseDivisionCode('371327399000').townshipKind).toBe('township');
    expect(parseDivisionCode('371327400000').townshipKind).toBe('other');
    expect(parseDivisionCode('371327001001').villageKind).toBe('community');
    expect(parseDivisionCode('371327001199').villageKind).toBe('community');
    expect(parseDivisionCode('371327100200').villageKind).toBe('village');
    expect(parseDivisionCode('371327100400').villageKind).toBe('other');
    expect(parseDivisionCode('371327').townshipKind).toBeUndefined();
  });

  it('treats 6-, 9- and 12-digit forms of one division alike', () => {
    for (const code of ['371327', '371327000', '371327000000']) {
      const info = parseDivisionCode(code);
      expect(info.code).toBe(code);
      expect(info.level).toBe('county');
      expect(info.canonicalCode).toBe('371327');
      expect(info.parentCode).toBe('371300');
    }
    expect(parseDivisionCode('371327100').canonicalCode).toBe('371327100000');
    expect(parseDivisionCode('371327100').level).toBe('township');
    expect(canonicalDivisionCode('370000000000')).toBe('370000');
    expect(toTwelveDigitDivisionCode('371327')).toBe('371327000000');
    expect(toTwelveDigitDivisionCode('371327100')).toBe('371327100000');
  });

  it('handles townships directly under a city without counties', () => {
    const dongguan = parseDivisionCode('441900003000');
    expect(dongguan.level).toBe('township');
    expect(dongguan.countyCode).toBeUndefined();
    expect(dongguan.parentCode).toBe('441900');
    expect(parseDivisionCode('441900003001').parentCode).toBe('441900003000');
  });

  it('rejects malformed codes with DIVISION_CODE_FORMAT', () => {
    const bad = [
      '', '37132', '3713271', '37132710', '3713271000', '37132710000', '3713271000000', '37132a', '371327 ', '３７１３２７',
      '000000', '003700', '990000', '100000', '370027', '370000100000', '370027000000', '371327000201', '370000000001',
    ];
    for (const code of bad) {
      expect(isDivisionCode(code)).toBe(false);
      expect(() => parseDivisionCode(code)).toThrowError(expect.objectContaining({ code: 'DIVISION_CODE_FORMAT', params: { code } }));
    }
  });

  it('knows the 34 province-level prefixes', () => {
    expect(PROVINCE_CODE_PREFIXES).toHaveLength(34);
    expect(new Set(PROVINCE_CODE_PREFIXES).size).toBe(34);
    expect(isProvinceCodePrefix('37')).toBe(true);
    expect(isProvinceCodePrefix('82')).toBe(true);
    expect(isProvinceCodePrefix('00')).toBe(false);
    expect(isProvinceCodePrefix('3')).toBe(false);
    expect(isProvinceCodePrefix('3a')).toBe(false);
  });

  it('schema validates structure with localised messages', () => {
    expect(z.safeParse(divisionCodeSchema, '371327').success).toBe(true);
    const result = z.safeParse(divisionCodeSchema, '370027');
    expect(result.success).toBe(false);
    if (result.success) return;
    const [en] = localizeZodError(result.error, 'en');
    expect(en?.code).toBe('DIVISION_CODE_FORMAT');
    expect(en?.message).toBe(formatMessage('DIVISION_CODE_FORMAT', { code: '370027' }, 'en'));
    expect(en?.message).toContain('370027');
    expect(formatMessage('DIVISION_CODE_FORMAT', { code: '370027' }, 'zh-CN')).toContain('370027');
  });
});
