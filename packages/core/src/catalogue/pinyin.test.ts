import { describe, expect, it } from 'vitest';
import { buildNameIndex, charAt, offsetOf } from './name-index.js';
import { createReadings } from './pinyin.js';

const readingsOf = createReadings();

describe('readings', () => {
  it('gives one reading per code point: pinyin for Han, the letter or digit itself, nothing for the rest', () => {
    expect(readingsOf('营业执照A4（副本）').primary).toEqual(['ying', 'ye', 'zhi', 'zhao', 'a', '4', '', 'fu', 'ben', '']);
  });

  it('reads polyphones in context and keeps their other readings', () => {
    const { primary, alternates } = readingsOf('银行行长');
    expect(primary).toEqual(['yin', 'hang', 'hang', 'zhang']);
    expect(alternates?.[1]).toContain('xing');
    expect(alternates?.[3]).toContain('chang');
    expect(alternates?.[0]).toBeUndefined();
  });

  it('writes ü as v, accepting u too', () => {
    const { primary, alternates } = readingsOf('绿');
    expect(primary).toEqual(['lv']);
    expect(alternates?.[0]).toContain('lu');
  });

  it('keeps code points outside the BMP as one char', () => {
    expect(readingsOf('𠮷祥').primary).toHaveLength(2);
  });
});

describe('name index', () => {
  it('maps full pinyin and initials back to chars, and chars to UTF-16 offsets', () => {
    const index = buildNameIndex('𠮷营业执照', readingsOf('𠮷营业执照'));
    expect(index.length).toBe(5);
    expect(index.full).toBe('yingyezhizhao');
    expect(index.initials).toBe('yyzz');
    expect(index.fullChar[6]).toBe(3); // the z of zhi
    expect(index.initialChar).toEqual([1, 2, 3, 4]);
    expect([offsetOf(index, 1), offsetOf(index, 5)]).toEqual([2, 6]);
    expect(charAt(index, 2)).toBe(1);
    expect(index.sortKey).toBe('ying ye zhi zhao');
  });
});
