import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { civilDateSchema, dayNumberOf, fromDayNumber, isCivilDate, toDayNumber, tryDayNumber, weekdayOf } from './civil-date.js';

describe('civil dates', () => {
  it('round-trips every day from 1899 to 2101 through day numbers', () => {
    const start = toDayNumber('1899-01-01');
    const end = toDayNumber('2101-12-31');
    let previous = start - 1;
    for (let n = start; n <= end; n++) {
      const text = fromDayNumber(n);
      expect(toDayNumber(text)).toBe(n);
      expect(n).toBe(previous + 1);
      previous = n;
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(dayNumberOf(2000, 3, 1) - dayNumberOf(2000, 2, 28)).toBe(2);
  });

  it('agrees with Date.UTC on weekdays', () => {
    for (const d of ['2024-02-29', '2026-10-10', '2026-01-04', '1999-12-31']) {
      expect(weekdayOf(toDayNumber(d))).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
    }
  });

  it('rejects impossible dates and wrong shapes', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '20260101', '', 'x']) {
      expect(isCivilDate(bad)).toBe(false);
      expect(() => toDayNumber(bad)).toThrowError(expect.objectContaining({ code: 'DATE_INVALID' }));
    }
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
  });

  it('schema reports a localised message', () => {
    const result = z.safeParse(civilDateSchema, '2026-02-30');
    expect(result.success).toBe(false);
    if (result.success) return;
    const [zh] = localizeZodError(result.error, 'zh-CN');
    const [en] = localizeZodError(result.error, 'en');
    expect(zh?.code).toBe('DATE_INVALID');
    expect(zh?.message).toContain('2026-02-30');
    expect(en?.message).toMatch(/not valid/);
  });
});

describe('tryDayNumber on odd input', () => {
  it('rejects everything that is not a YYYY-MM-DD string of a real date', () => {
    const bad = ['2026-01-00', '2026/01/01', '2026-01-1x', 'x026-01-01', '2026-0a-01', ' 2026-01-01', '2026-01-01 ',
      '２０２６-01-01', '-026-01-01', '2026-01-+1'];
    for (const value of [...bad, 20260101, null, undefined, {}, new Date(0)]) {
      expect(tryDayNumber(value)).toBeUndefined();
    }
  });

  it('reports the path of a bad date inside a larger input', () => {
    expect(() => toDayNumber('2026-02-30', ['acceptedOn'])).toThrowError(
      expect.objectContaining({ code: 'DATE_INVALID', path: ['acceptedOn'], params: { value: '2026-02-30' } }),
    );
  });
});
