import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatMessage } from '../i18n/index.js';
import { localizeZodError } from '../i18n/zod.js';
import {
  isResidentIdNumber,
  normalizeResidentIdNumber,
  parseResidentIdNumber,
  residentIdCheckCharacter,
  residentIdNumberSchema,
} from './resident-id.js';
import { errorOf } from '../fixtures/error-of.js';

/** Independent check-character helper written straight from GB 11643-1999. */
function check(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (weights[i] ?? Number.NaN);
  return '10X98765432'[sum % 11] ?? '?';
}
const withCheck = (body: string): string => body + check(body);
const wrongCheck = (body: string): string => body + (check(body) === '0' ? '1' : '0');

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the reference example and parses it', () => {
    expect(check('11010519491231002')).toBe('X');
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(parseResidentIdNumber('11010519491231002X')).toEqual({
      divisionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
      sequence: '002',
      checkCharacter: 'X',
    });
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('reads sex from the parity of the sequence', () => {
    const male = withCheck('37132719800101001');
    const female = withCheck('37132719800101002');
    expect(isResidentIdNumber(male)).toBe(true);
    expect(isResidentIdNumber(female)).toBe(true);
    expect(parseResidentIdNumber(male).sex).toBe('male');
    expect(parseResidentIdNumber(female).sex).toBe('female');
    expect(parseResidentIdNumber(male).sequence).toBe('001');
  });

  it('agrees with the independent helper on every check character', () => {
    for (let seq = 0; seq < 1000; seq++) {
      const day = String(1 + (seq % 29)).padStart(2, '0');
      const body = `371327200002${day}${String(seq).padStart(3, '0')}`;
      expect(residentIdCheckCharacter(body)).toBe(check(body));
      expect(isResidentIdNumber(withCheck(body))).toBe(true);
      expect(isResidentIdNumber(wrongCheck(body))).toBe(false);
    }
  });

  it('accepts leap days only in leap years, and no birth year before 1900', () => {
    expect(isResidentIdNumber(withCheck('37132720000229001'))).toBe(true);
    expect(parseResidentIdNumber(withCheck('37132720000229001')).birthDate).toBe('2000-02-29');
    for (const body of ['37132719000229001', '37132720230229001', '37132718991231001', '37132720231301001', '37132720230100001', '37132720230431001']) {
      const value = withCheck(body);
      expect(isResidentIdNumber(value)).toBe(false);
      const error = errorOf(() => parseResidentIdNumber(value));
      expect(error.code).toBe('RESIDENT_ID_BIRTH_DATE');
    }
    expect(errorOf(() => parseResidentIdNumber(withCheck('37132719000229001'))).params).toEqual({ date: '1900-02-29' });
    expect(isResidentIdNumber(withCheck('37132719000101001'))).toBe(true);
  });

  it('rejects lower-case x but normalises typed input', () => {
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
    expect(errorOf(() => parseResidentIdNumber('11010519491231002x')).params).toEqual({ position: 18 });
    expect(normalizeResidentIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(normalizeResidentIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(isResidentIdNumber(normalizeResidentIdNumber(' 11010519491231002x\t'))).toBe(true);
  });

  it('rejects wrong lengths with RESIDENT_ID_LENGTH', () => {
    for (const value of ['11010519491231002', '11010519491231002X0', '', '110105194912310']) {
      expect(isResidentIdNumber(value)).toBe(false);
      const error = errorOf(() => parseResidentIdNumber(value));
      expect(error.code).toBe('RESIDENT_ID_LENGTH');
      expect(error.params).toEqual({ length: value.length });
    }
  });

  it('rejects letters and other characters with RESIDENT_ID_CHARACTERS and their position', () => {
    const cases: [string, number][] = [
      ['1101051949A231002X', 11],
      ['X1010519491231002X', 1],
      ['1101051949123100X2', 17],
      ['11010519491231002Y', 18],
      ['110105 9491231002X', 7],
      ['１1010519491231002X', 1],
    ];
    for (const [value, position] of cases) {
      expect(isResidentIdNumber(value)).toBe(false);
      const error = errorOf(() => parseResidentIdNumber(value));
      expect(error.code).toBe('RESIDENT_ID_CHARACTERS');
      expect(error.params).toEqual({ position });
    }
  });

  it('rejects address codes outside the 34 provinces with RESIDENT_ID_DIVISION', () => {
    for (const body of ['00010519491231002', '10010519491231002', '99010519491231002', '24010519491231002']) {
      const value = withCheck(body);
      expect(isResidentIdNumber(value)).toBe(false);
      const error = errorOf(() => parseResidentIdNumber(value));
      expect(error.code).toBe('RESIDENT_ID_DIVISION');
      expect(error.params).toEqual({ division: body.slice(0, 6) });
    }
    for (const province of ['11', '37', '65', '71', '81', '82']) {
      expect(isResidentIdNumber(withCheck(`${province}010519800101001`))).toBe(true);
    }
  });

  it('rejects a wrong check character with RESIDENT_ID_CHECKSUM {expected, actual}', () => {
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    const error = errorOf(() => parseResidentIdNumber('110105194912310021'));
    expect(error.code).toBe('RESIDENT_ID_CHECKSUM');
    expect(error.params).toEqual({ expected: 'X', actual: '1' });
    expect(error.message).toContain('X');
    expect(error.localized('en')).toContain('should be X but is 1');
  });

  it('has zh-CN and en messages with the params for every code', () => {
    const samples = {
      RESIDENT_ID_LENGTH: { length: 17 },
      RESIDENT_ID_CHARACTERS: { position: 11 },
      RESIDENT_ID_DIVISION: { division: '000105' },
      RESIDENT_ID_BIRTH_DATE: { date: '2023-02-29' },
      RESIDENT_ID_CHECKSUM: { expected: 'X', actual: '1' },
    } as const;
    for (const [code, params] of Object.entries(samples) as [keyof typeof samples, Record<string, string | number>][]) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const message = formatMessage(code, params, locale);
        for (const value of Object.values(params)) expect(message).toContain(String(value));
        expect(message).not.toMatch(/\{\w+\}/);
      }
      expect(formatMessage(code, params, 'zh-CN')).toMatch(/身份证/);
      expect(formatMessage(code, params, 'en')).toMatch(/resident ID/);
    }
  });

  it('is the same predicate as parse', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = '0123456789X';
    for (let n = 0; n < 3000; n++) {
      const base = withCheck(`37132719${String(Math.floor(random() * 1e6)).padStart(6, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`);
      const i = Math.floor(random() * 18);
      const value = base.slice(0, i) + (alphabet[Math.floor(random() * 11)] ?? '0') + base.slice(i + 1);
      let parsed = true;
      try {
        parseResidentIdNumber(value);
      } catch {
        parsed = false;
      }
      expect(isResidentIdNumber(value)).toBe(parsed);
    }
  });

  it('is tolerant of non-string input in the predicate', () => {
    expect(isResidentIdNumber(undefined as unknown as string)).toBe(false);
    expect(isResidentIdNumber(11010519491231002 as unknown as string)).toBe(false);
  });

  it('schema reports localised issues', () => {
    expect(z.safeParse(residentIdNumberSchema, '11010519491231002X').success).toBe(true);
    const result = z.safeParse(residentIdNumberSchema, '110105194912310021');
    expect(result.success).toBe(false);
    if (result.success) return;
    const [zh] = localizeZodError(result.error, 'zh-CN');
    const [en] = localizeZodError(result.error, 'en');
    expect(zh?.code).toBe('RESIDENT_ID_CHECKSUM');
    expect(zh?.message).toContain('校验位应为 X');
    expect(en?.message).toBe(formatMessage('RESIDENT_ID_CHECKSUM', { expected: 'X', actual: '1' }, 'en'));
    const typeResult = z.safeParse(residentIdNumberSchema, 42);
    expect(typeResult.success).toBe(false);
  });
});
