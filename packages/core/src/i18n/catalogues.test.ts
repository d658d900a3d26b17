import { describe, expect, it } from 'vitest';
import { findCatalogueProblems } from './check.js';
import { CORE_MESSAGES, formatMessage, translate, type Messages } from './index.js';
import { commonMessages } from './messages/common.js';

/** Every catalogue of the package, found by file so a new one is checked without being listed. */
const catalogues = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, Messages>>('./messages/*.ts', { eager: true })).flatMap(([, module]) =>
    Object.entries(module),
  ),
);

describe('message catalogues', () => {
  it('are all found, and every one is in CORE_MESSAGES (which formatMessage uses)', () => {
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORE_MESSAGES)).toEqual(new Set(Object.values(catalogues)));
  });

  it('use each key once, in both locales, with the same placeholders', () => {
    expect(findCatalogueProblems(catalogues)).toEqual([]);
  });

  it('report what is wrong', () => {
    const a = { 'zh-CN': { X: '甲 {n}', Y: '' }, en: { X: 'A {m}', Y: 'B' } } as Messages;
    const b = { 'zh-CN': { X: '乙' }, en: { X: 'B', Z: 'C' } } as Messages;
    expect(findCatalogueProblems({ a, b })).toEqual([
      'a.X: placeholders differ (zh-CN n; en m)',
      'a.Y: empty message',
      'X: in both a and b',
      'b.Z: English message without a Chinese one',
    ]);
  });

  it('formats through the concept catalogue and the package-wide one alike', () => {
    const params = { value: '2026-02-30' };
    expect(translate(commonMessages, 'DATE_INVALID', params, 'en')).toBe(formatMessage('DATE_INVALID', params, 'en'));
    expect(formatMessage('DATE_INVALID', params)).toContain('2026-02-30');
  });
});
