import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatMessage } from '../i18n/index.js';
import { localizeZodError } from '../i18n/zod.js';
import {
  creditCodeAuthority,
  creditCodeKind,
  isUnifiedSocialCreditCode,
  normalizeUnifiedSocialCreditCode,
  parseUnifiedSocialCreditCode,
  unifiedSocialCreditCodeCheckCharacter,
  unifiedSocialCreditCodeSchema,
} from './credit-code.js';
import { creditCodeAuthorities } from './data/credit-code-authorities.js';
import { errorOf } from '../fixtures/error-of.js';

/** Independent helper written straight from GB 32100-2015. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function weightedSum(body: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i] ?? '') * (WEIGHTS[i] ?? Number.NaN);
  return sum;
}
function check(body: string): string {
  return ALPHABET[(31 - (weightedSum(body) % 31)) % 31] ?? '?';
}

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts the reference codes', () => {
    for (const code of ['91350100M000100Y43', '11100000000013127D']) {
      expect(isUnifiedSocialCreditCode(code)).toBe(true);
      expect(check(code.slice(0, 17))).toBe(code[17]);
      expect(unifiedSocialCreditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('gives check character 0 when the weighted sum is a multiple of 31 (the outer mod)', () => {
    const prefix = '91371327MA3C0000';
    const last = [...ALPHABET].find((c) => weightedSum(prefix + c) % 31 === 0);
    expect(last).toBeDefined();
    const body = prefix + (last ?? '');
    expect(unifiedSocialCreditCodeCheckCharacter(body)).toBe('0');
    expect(isUnifiedSocialCreditCode(`${body}0`)).toBe(true);
    expect(parseUnifiedSocialCreditCode(`${body}0`).checkCharacter).toBe('0');
    // Without the outer mod the index would be 31, past the end of the alphabet.
    expect(isUnifiedSocialCreditCode(`${body}Y`)).toBe(false);
  });

  it('agrees with the independent helper over many bodies', () => {
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let body = '';
      for (let i = 0; i < 17; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        body += ALPHABET[seed % 31];
      }
      expect(unifiedSocialCreditCodeCheckCharacter(body)).toBe(check(body));
      expect(isUnifiedSocialCreditCode(body + check(body))).toBe(true);
    }
  });

  it('rejects I, O, Z, S, V and lower case with CREDIT_CODE_CHARACTERS', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      const value = `91350100M00010${letter}Y43`;
      expect(isUnifiedSocialCreditCode(value)).toBe(false);
      const error = errorOf(() => parseUnifiedSocialCreditCode(value));
      expect(error.code).toBe('CREDIT_CODE_CHARACTERS');
      expect(error.params).toEqual({ characters: letter });
    }
    expect(isUnifiedSocialCreditCode('91350100m000100y43')).toBe(false);
    expect(errorOf(() => parseUnifiedSocialCreditCode('91350100m000100y43')).params).toEqual({ characters: 'm, y' });
    expect(normalizeUnifiedSocialCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(errorOf(() => parseUnifiedSocialCreditCode('91350100M000100YO4')).params).toEqual({ characters: 'O' });
  });

  it('rejects a wrong check character with CREDIT_CODE_CHECKSUM', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
    const error = errorOf(() => parseUnifiedSocialCreditCode('91350100M000100Y44'));
    expect(error.code).toBe('CREDIT_CODE_CHECKSUM');
    expect(error.params).toEqual({ expected: '3', actual: '4' });
  });

  it('rejects wrong lengths with CREDIT_CODE_LENGTH', () => {
    for (const value of ['91350100M000100Y4', '91350100M000100Y430', '']) {
      expect(isUnifiedSocialCreditCode(value)).toBe(false);
      const error = errorOf(() => parseUnifiedSocialCreditCode(value));
      expect(error.code).toBe('CREDIT_CODE_LENGTH');
      expect(error.params).toEqual({ length: value.length });
    }
  });

  it('parses the fields and labels them', () => {
    expect(parseUnifiedSocialCreditCode('91350100M000100Y43')).toEqual({
      registeringAuthority: '9',
      registeringAuthorityName: '工商（市场监管）',
      kind: '1',
      kindName: '企业',
      divisionCode: '350100',
      organizationCode: 'M000100Y4',
      checkCharacter: '3',
    });
    const en = parseUnifiedSocialCreditCode('11100000000013127D', { locale: 'en' });
    expect(en.registeringAuthorityName).toBe('Institutional staffing');
    expect(en.kindName).toBe('Government organ');
    expect(en.divisionCode).toBe('100000');
    expect(en.organizationCode).toBe('000013127');
  });

  it('accepts authorities missing from the table, without names', () => {
    const body = 'G1350100M000100Y4';
    const info = parseUnifiedSocialCreditCode(body + check(body));
    expect(info.registeringAuthority).toBe('G');
    expect(info.registeringAuthorityName).toBeUndefined();
    expect(info.kindName).toBeUndefined();
  });

  it('labels every authority and kind in both locales', () => {
    expect(creditCodeAuthorities.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);
    for (const authority of creditCodeAuthorities) {
      expect(authority.label['zh-CN']).not.toBe('');
      expect(authority.label.en).toMatch(/^[\x20-\x7e]+$/);
      expect(authority.kinds.length).toBeGreaterThan(0);
      for (const kind of authority.kinds) {
        expect(kind.label['zh-CN']).not.toBe('');
        expect(kind.label.en).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    expect(creditCodeAuthority('5')?.label['zh-CN']).toBe('民政');
    expect(creditCodeKind('9', '2')?.label).toEqual({ 'zh-CN': '个体工商户', en: 'Individual business' });
    expect(creditCodeKind('9', '3')?.label['zh-CN']).toBe('农民专业合作社');
    expect(creditCodeKind('9', '9')).toBeUndefined();
  });

  it('has messages with params in both locales', () => {
    const samples = {
      CREDIT_CODE_LENGTH: { length: 17 },
      CREDIT_CODE_CHARACTERS: { characters: 'I, O' },
      CREDIT_CODE_CHECKSUM: { expected: '3', actual: '4' },
    } as const;
    for (const [code, params] of Object.entries(samples) as [keyof typeof samples, Record<string, string | number>][]) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const message = formatMessage(code, params, locale);
        for (const value of Object.values(params)) expect(message).toContain(String(value));
      }
    }
  });

  it('schema reports localised issues', () => {
    expect(z.safeParse(unifiedSocialCreditCodeSchema, '91350100M000100Y43').success).toBe(true);
    const result = z.safeParse(unifiedSocialCreditCodeSchema, '91350100M000100I43');
    expect(result.success).toBe(false);
    if (result.success) return;
    const [en] = localizeZodError(result.error, 'en');
    expect(en?.code).toBe('CREDIT_CODE_CHARACTERS');
    expect(en?.message).toContain('capital letters other than I, O, Z, S and V');
  });
});
