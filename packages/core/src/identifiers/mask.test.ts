import { describe, expect, it } from 'vitest';
import { maskMiddle, maskMobileNumber, maskName, maskResidentIdNumber, maskUnifiedSocialCreditCode } from './mask.js';

describe('masks', () => {
  it('masks resident ID numbers keeping the address code and the last 4', () => {
    expect(maskResidentIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentIdNumber('11010519491231002X', { keepStart: 3, keepEnd: 4 })).toBe('110***********002X');
    expect(maskResidentIdNumber('11010519491231002X', { keepStart: 1, keepEnd: 1, maskChar: '•' })).toBe('1••••••••••••••••X');
  });

  it('masks credit codes keeping the first 4 and last 2', () => {
    expect(maskUnifiedSocialCreditCode('91350100M000100Y43')).toBe('9135************43');
  });

  it('masks mobile numbers 3 + 4', () => {
    expect(maskMobileNumber('13812345678')).toBe('138****5678');
  });

  it('masks names', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('阿卜杜热合曼')).toBe('阿****曼');
    expect(maskName('张')).toBe('张');
    expect(maskName('')).toBe('');
    expect(maskName('张三', { maskChar: '○' })).toBe('张○');
  });

  it('keeps astral-plane characters whole', () => {
    // 𠮷 (U+20BB7) and 𪚥 (U+2A6A5) are outside the BMP: two UTF-16 units each.
    expect(maskName('𠮷三')).toBe('𠮷*');
    expect(maskName('王𪚥明')).toBe('王*明');
    expect(maskName('𠮷𪚥𠮷')).toBe('𠮷*𠮷');
    expect(maskName('𪚥')).toBe('𪚥');
    expect(maskMiddle('𠮷𠮷𠮷𠮷', 1, 1)).toBe('𠮷**𠮷');
  });

  it('never throws and always hides something', () => {
    expect(maskMiddle('', 3, 4)).toBe('');
    expect(maskMiddle('a', 3, 4)).toBe('*');
    expect(maskMiddle('ab', 1, 1)).toBe('a*');
    expect(maskMiddle('abcd', 3, 4)).toBe('abc*');
    expect(maskMiddle('abcdef', -1, Number.NaN)).toBe('******');
    expect(maskMiddle('abcdef', 1.9, 1.2)).toBe('a****f');
    expect(maskMiddle('abcdef', 2, 2, '#')).toBe('ab##ef');
    expect(maskMobileNumber('12345')).toBe('123*5');
    expect(maskResidentIdNumber('abc')).toBe('ab*');
    expect(maskResidentIdNumber(undefined as unknown as string)).toBe('');
    expect(maskMobileNumber(13812345678 as unknown as string)).toBe('138****5678');
  });
});
