import { describe, expect, it } from 'vitest';
import { typoWindow, withinOneEdit } from './fuzzy.js';

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap of neighbours', () => {
    for (const [a, b] of [
      ['zhizhao', 'zhizhao'],
      ['zhizhao', 'zhizao'],
      ['zhizao', 'zhizhao'],
      ['zhizhao', 'zhizhai'],
      ['zhizhao', 'zhizhoa'],
    ]) {
      expect(withinOneEdit(a as string, b as string), `${a} ${b}`).toBe(true);
    }
  });

  it('refuses two edits', () => {
    for (const [a, b] of [
      ['zhizhao', 'zhzao'],
      ['zhizhao', 'zhizhaooo'],
      ['zhizhao', 'chizhai'],
    ]) {
      expect(withinOneEdit(a as string, b as string), `${a} ${b}`).toBe(false);
    }
  });
});

describe('typoWindow', () => {
  it('finds a skipped character (window m + 1) before a substituted one (window m)', () => {
    expect(typoWindow('开办营业执照', 2, '营执照')).toBe(4);
    expect(typoWindow('营业执照', 0, '营业执找')).toBe(4);
    expect(typoWindow('营业执照', 0, '营业执照')).toBe(0);
    expect(typoWindow('营业执照', 0, '营企事照')).toBe(0);
  });
});
