import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/civil-date.js';
import { chinaWorkCalendar as china } from './china.js';
import type { WorkCalendar } from './work-calendar.js';

const code = (c: string, params?: Record<string, unknown>) => expect.objectContaining({ name: 'SijitongError', code: c, ...(params ? { params: expect.objectContaining(params) } : {}) });

function offDays(calendar: WorkCalendar, from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) if (!calendar.isWorkingDay(fromDayNumber(n))) out.push(fromDayNumber(n));
  return out;
}

/** Deterministic pseudo-random numbers (LCG), so failures reproduce. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

describe('chinaWorkCalendar: published years', () => {
  it('2026 Spring Festival: off 02-15..02-23, make-up Saturdays 02-14 and 02-28', () => {
    expect(offDays(china, '2026-02-13', '2026-03-01')).toEqual([
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-03-01',
    ]);
    expect(china.describeDay('2026-02-14')).toEqual({ date: '2026-02-14', working: true, kind: 'makeupWorkday', holiday: 'springFestival', provisional: false });
    expect(china.describeDay('2026-02-28').kind).toBe('makeupWorkday');
    expect(china.describeDay('2026-02-17')).toEqual({ date: '2026-02-17', working: false, kind: 'holiday', holiday: 'springFestival', provisional: false });
  });

  it('2026 National Day: off 10-01..10-07, make-up Sunday 09-20 and Saturday 10-10', () => {
    expect(offDays(china, '2026-09-19', '2026-10-11')).toEqual([
      '2026-09-19', '2026-09-25', '2026-09-26', '2026-09-27',
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11',
    ]);
    expect(china.isWorkingDay('2026-09-20')).toBe(true);
    expect(china.isWorkingDay('2026-10-10')).toBe(true);
    expect(china.describeDay('2026-09-21')).toEqual({ date: '2026-09-21', working: true, kind: 'workday', provisional: false });
    expect(china.describeDay('2026-10-11')).toEqual({ date: '2026-10-11', working: false, kind: 'weekend', provisional: false });
  });

  it('2025: Spring Festival 01-28..02-04 with make-up Sunday 01-26 and Saturday 02-08; National Day 10-01..08', () => {
    expect(offDays(china, '2025-01-25', '2025-02-09')).toEqual([
      '2025-01-25', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-02-09',
    ]);
    expect(china.describeDay('2025-01-26')).toMatchObject({ kind: 'makeupWorkday', working: true });
    expect(offDays(china, '2025-09-27', '2025-10-12')).toEqual([
      '2025-09-27', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', '2025-10-12',
    ]);
    expect(china.isWorkingDay('2025-09-28')).toBe(true); // Sunday
    expect(china.isWorkingDay('2025-10-11')).toBe(true); // Saturday
    expect(china.describeDay('2025-10-06').holiday).toBe('midAutumn');
  });

  it('counts across holidays without walking', () => {
    expect(china.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(china.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(china.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(china.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    // 2026: 261 weekdays − 19 weekday holidays + 6 make-up days = 248 (01-01 itself is off).
    expect(china.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(china.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(248);
    expect(china.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('handles leap days, published (2024) and fallback (2028)', () => {
    expect(china.addWorkingDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(china.describeDay('2024-02-29')).toMatchObject({ working: true, provisional: false });
    expect(china.describeDay('2028-02-29')).toEqual({ date: '2028-02-29', working: true, kind: 'workday', provisional: true });
    expect(china.workingDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('n = 0 returns the date itself, even a day off', () => {
    expect(china.addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(china.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it('reports coverage', () => {
    expect(china.coverage).toEqual({ firstYear: 2004, lastPublishedYear: 2026 });
  });
});

describe('chinaWorkCalendar: statutory fallback after the data', () => {
  it('crosses into 2027 and says the answer is provisional', () => {
    expect(china.addWorkingDays('2026-12-20', 20)).toBe('2027-01-18');
    expect(china.isProvisional('2026-12-31')).toBe(false);
    expect(china.isProvisional('2027-01-18')).toBe(true);
    expect(china.describeDay('2027-01-01')).toEqual({ date: '2027-01-01', working: false, kind: 'holiday', holiday: 'newYear', provisional: true });
  });

  it('2027: Spring Festival 02-05..02-08, Qingming 04-05, Labour Day 05-01..02, Dragon Boat 06-09, Mid-Autumn 09-15, National Day 10-01..03', () => {
    expect(offDays(china, '2027-02-01', '2027-02-12')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(china.describeDay('2027-02-06')).toMatchObject({ kind: 'holiday', holiday: 'springFestival' });
    expect(china.describeDay('2027-04-05')).toMatchObject({ working: false, holiday: 'qingming', provisional: true });
    expect(offDays(china, '2027-04-29', '2027-05-04')).toEqual(['2027-05-01', '2027-05-02']);
    expect(china.describeDay('2027-06-09')).toMatchObject({ working: false, holiday: 'dragonBoat' });
    expect(china.describeDay('2027-09-15')).toMatchObject({ working: false, holiday: 'midAutumn' });
    // No bridging days and no make-up days in the fallback: 10-04 is a plain Monday.
    expect(offDays(china, '2027-09-25', '2027-10-10')).toEqual(['2027-09-25', '2027-09-26', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-09', '2027-10-10']);
  });

  it('answers up to 2100 and no further', () => {
    expect(china.isWorkingDay('2100-12-31')).toBe(true);
    expect(() => china.isWorkingDay('2101-01-01')).toThrowError(code('CALENDAR_OUT_OF_RANGE', { date: '2101-01-01', lastYear: 2100 }));
    expect(() => china.addWorkingDays('2100-12-30', 5)).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(() => china.addWorkingDays('2026-01-05', 1e9)).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
  });
});

describe('identities (property-style)', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and the result is the n-th working day', () => {
    const next = random(2026);
    const start = toDayNumber('2004-01-01');
    const span = toDayNumber('2028-12-31') - start;
    for (let i = 0; i < 3000; i++) {
      const d = fromDayNumber(start + Math.floor(next() * span));
      const n = Math.floor(next() * 400);
      const r = china.addWorkingDays(d, n);
      expect(china.workingDaysBetween(d, r)).toBe(n);
      if (n > 0) {
        expect(china.isWorkingDay(r)).toBe(true);
        expect(china.workingDaysBetween(d, fromDayNumber(toDayNumber(r) - 1))).toBe(n - 1);
      }
    }
  });

  it('agrees with a day-by-day walk', () => {
    const next = random(7);
    for (let i = 0; i < 200; i++) {
      const d = toDayNumber('2024-06-01') + Math.floor(next() * 1100);
      const n = 1 + Math.floor(next() * 30);
      let day = d;
      for (let left = n; left > 0; ) if (china.isWorkingDay(fromDayNumber(++day))) left--;
      expect(china.addWorkingDays(fromDayNumber(d), n)).toBe(fromDayNumber(day));
    }
  });
});

describe('bad input', () => {
  it('rejects dates before the first year with CALENDAR_OUT_OF_RANGE', () => {
    expect(() => china.isWorkingDay('2003-12-31')).toThrowError(code('CALENDAR_OUT_OF_RANGE', { date: '2003-12-31', firstYear: 2004 }));
    expect(() => china.workingDaysBetween('2003-12-31', '2004-01-05')).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(() => china.addWorkingDays('2003-12-31', 0)).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(() => china.describeDay('1999-10-01')).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(() => china.isProvisional('2003-01-01')).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(china.isWorkingDay('2004-01-01')).toBe(false);
  });

  it('rejects impossible dates and non-strings with DATE_INVALID', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-5', '', 20260105, null, undefined]) {
      expect(() => china.isWorkingDay(bad as string)).toThrowError(code('DATE_INVALID'));
      expect(() => china.addWorkingDays(bad as string, 1)).toThrowError(code('DATE_INVALID'));
      expect(() => china.workingDaysBetween('2026-01-05', bad as string)).toThrowError(code('DATE_INVALID'));
      expect(() => china.describeDay(bad as string)).toThrowError(code('DATE_INVALID'));
    }
  });

  it('rejects negative, fractional and non-numeric n with WORKING_DAYS_INVALID', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) {
      expect(() => china.addWorkingDays('2026-03-02', n as number)).toThrowError(code('WORKING_DAYS_INVALID', { value: String(n) }));
    }
  });

  it('rejects an inverted range with DATE_RANGE_INVERTED', () => {
    expect(() => china.workingDaysBetween('2026-03-05', '2026-03-02')).toThrowError(
      code('DATE_RANGE_INVERTED', { from: '2026-03-05', to: '2026-03-02' }),
    );
  });

  it('says what to do, in both languages', () => {
    try {
      china.isWorkingDay('2003-12-31');
      expect.fail('should throw');
    } catch (error) {
      expect((error as Error).message).toContain('2004');
      expect((error as { localized(l: string): string }).localized('en')).toMatch(/outside the working-day calendar \(2004–2100\)/);
    }
  });
});
