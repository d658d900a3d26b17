import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { workCalendarDataSchema, type WorkCalendarData } from './calendar-data.js';
import { createWorkCalendar } from './work-calendar.js';

const code = (c: string, params?: Record<string, unknown>) => expect.objectContaining({ code: c, ...(params ? { params: expect.objectContaining(params) } : {}) });

/** A small provincial-style calendar: 2026 National Day only. */
const y2026 = {
  offDays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
  labels: { '2026-10-01': 'nationalDay', '2026-09-20': 'nationalDay' },
  source: '国办发明电〔2025〕7号',
} as const;

function dataError(data: unknown) {
  try {
    createWorkCalendar(data as WorkCalendarData);
  } catch (error) {
    return error as { code: string; path: unknown[]; params: Record<string, unknown>; localized(l: string): string };
  }
  throw new Error('expected an error');
}

describe('createWorkCalendar', () => {
  it('makes a calendar from a table; weekends off unless listed as workdays', () => {
    const calendar = createWorkCalendar({ years: { 2026: y2026 } });
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-03')).toBe(false); // Saturday, not listed
    expect(calendar.isWorkingDay('2026-02-17')).toBe(true); // nothing listed for Spring Festival here
    expect(calendar.describeDay('2026-10-01')).toEqual({ date: '2026-10-01', working: false, kind: 'holiday', holiday: 'nationalDay', provisional: false });
    expect(calendar.describeDay('2026-10-02')).toEqual({ date: '2026-10-02', working: false, kind: 'holiday', provisional: false });
    expect(calendar.coverage).toEqual({ firstYear: 2026, lastPublishedYear: 2026 });
    expect(() => calendar.isWorkingDay('2025-12-31')).toThrowError(code('CALENDAR_OUT_OF_RANGE', { firstYear: 2026 }));
    // 2027 falls back to the statutory holidays.
    expect(calendar.describeDay('2027-02-05')).toMatchObject({ working: false, holiday: 'springFestival', provisional: true });
  });

  it('answers earlier years from the statutory fallback when firstYear is earlier than the data', () => {
    const calendar = createWorkCalendar({ years: { 2026: y2026 }, firstYear: 2025 });
    expect(calendar.describeDay('2025-10-06')).toMatchObject({ working: false, holiday: 'midAutumn', provisional: true });
    expect(calendar.isWorkingDay('2025-10-08')).toBe(true); // no bridging days without a notice
    expect(calendar.coverage).toEqual({ firstYear: 2025, lastPublishedYear: 2026 });
  });

  it('makes a purely statutory calendar', () => {
    const calendar = createWorkCalendar({ years: {}, firstYear: 2027 });
    expect(calendar.coverage).toEqual({ firstYear: 2027, lastPublishedYear: null });
    expect(calendar.isProvisional('2027-06-01')).toBe(true);
    expect(calendar.addWorkingDays('2027-09-30', 1)).toBe('2027-10-04');
  });

  it("with fallback 'none', refuses years without data, and spans that cross them", () => {
    const calendar = createWorkCalendar({ years: { 2024: { offDays: [], workdays: [] }, 2026: y2026 }, fallback: 'none' });
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1);
    expect(() => calendar.isWorkingDay('2025-06-03')).toThrowError(code('CALENDAR_YEAR_MISSING', { year: 2025 }));
    expect(() => calendar.workingDaysBetween('2024-12-30', '2026-01-05')).toThrowError(code('CALENDAR_YEAR_MISSING', { year: 2025, date: '2025-01-01' }));
    expect(() => calendar.addWorkingDays('2026-12-28', 10)).toThrowError(code('CALENDAR_YEAR_MISSING', { year: 2027 }));
    expect(calendar.isProvisional('2026-05-05')).toBe(false);
  });

  it('is immutable: withYear returns a new calendar', () => {
    const base = createWorkCalendar({ years: { 2026: y2026 } });
    const next = base.withYear(2027, { offDays: ['2027-10-04'], workdays: ['2027-09-26'] });
    expect(next.isWorkingDay('2027-10-04')).toBe(false);
    expect(next.isWorkingDay('2027-09-26')).toBe(true);
    expect(next.isProvisional('2027-03-01')).toBe(false);
    // The 2027 notice replaces the fallback: statutory days it does not list are working days.
    expect(next.isWorkingDay('2027-02-05')).toBe(true);
    expect(base.isWorkingDay('2027-10-04')).toBe(true);
    expect(base.isProvisional('2027-03-01')).toBe(true);
    expect(next.coverage.lastPublishedYear).toBe(2027);
  });

  it('lets a notice set days of the neighbouring December or January', () => {
    const calendar = createWorkCalendar({ years: { 2026: y2026 } }).withYear(2027, {
      offDays: ['2026-12-31', '2027-01-01'],
      workdays: ['2027-01-09'],
    });
    expect(calendar.isWorkingDay('2026-12-31')).toBe(false);
    expect(calendar.isProvisional('2026-12-31')).toBe(false);
  });
});

describe('calendar data validation', () => {
  it('reports CALENDAR_DATA_INVALID with the path and the specific problem', () => {
    const e = dataError({ years: { 2026: { ...y2026, offDays: ['2026-10-01', '2026-02-30'] } } });
    expect(e.code).toBe('CALENDAR_DATA_INVALID');
    expect(e.path).toEqual(['years', '2026', 'offDays', 1]);
    expect(e.params).toMatchObject({ path: 'years.2026.offDays.1', detail: 'DATE_INVALID' });
    expect(String(e.params.reason)).toContain('2026-02-30');
    expect(e.localized('en')).toMatch(/^Working-day calendar data is invalid at years\.2026\.offDays\.1: Date "2026-02-30" is not valid/);
  });

  it.each([
    [{ years: { 2026: { ...y2026, workdays: ['2026-10-01'] } } }, 'CALENDAR_DAY_CONFLICT', ['years', '2026', 'workdays', 0]],
    [{ years: { 2026: { ...y2026, offDays: ['2025-10-01'] } } }, 'CALENDAR_DAY_OUTSIDE_YEAR', ['years', '2026', 'offDays', 0]],
    [{ years: { 2026: { ...y2026, labels: { '2026-05-01': 'labourDay' } } } }, 'CALENDAR_LABEL_UNLISTED', ['years', '2026', 'labels', '2026-05-01']],
    [{ years: { 2026: { ...y2026, labels: { '2026-10-01': 'christmas' } } } }, 'SCHEMA_INVALID_VALUE', ['years', '2026', 'labels', '2026-10-01']],
    [{ years: { 2026: { offDays: [] } } }, 'SCHEMA_INVALID_TYPE', ['years', '2026', 'workdays']],
    [{ years: { 2026: { ...y2026, workDays: [] } } }, 'SCHEMA_UNRECOGNIZED_KEYS', ['years', '2026']],
    [{ years: { 26: y2026 } }, 'CALENDAR_YEAR_INVALID', ['years', '26']],
    [{ years: { 2026: y2026 }, firstYear: 2027 }, 'CALENDAR_YEAR_INVALID', ['years', '2026']],
    [{ years: { 2026: y2026 }, firstYear: 1900 }, 'CALENDAR_YEAR_INVALID', ['firstYear']],
    [{ years: { 2026: y2026 }, fallback: 'guess' }, 'SCHEMA_INVALID_VALUE', ['fallback']],
    [{ years: {} }, 'SCHEMA_TOO_SMALL', ['years']],
    [null, 'SCHEMA_INVALID_TYPE', []],
  ])('rejects bad data %#: %s', (data, detail, path) => {
    const e = dataError(data);
    expect(e.code).toBe('CALENDAR_DATA_INVALID');
    expect(e.params.detail).toBe(detail);
    expect(e.path).toEqual(path);
  });

  it('withYear validates too', () => {
    const calendar = createWorkCalendar({ years: { 2026: y2026 } });
    expect(() => calendar.withYear(2027, { offDays: ['2027-02-30'], workdays: [] })).toThrowError(code('CALENDAR_DATA_INVALID', { detail: 'DATE_INVALID' }));
    expect(() => calendar.withYear(2027, { offDays: ['2026-06-01'], workdays: [] })).toThrowError(code('CALENDAR_DATA_INVALID', { detail: 'CALENDAR_DAY_OUTSIDE_YEAR' }));
    expect(() => calendar.withYear(2025, { offDays: [], workdays: [] })).toThrowError(code('CALENDAR_DATA_INVALID', { detail: 'CALENDAR_YEAR_INVALID' }));
    expect(() => calendar.withYear(2027.5, { offDays: [], workdays: [] })).toThrowError(code('CALENDAR_DATA_INVALID', { detail: 'CALENDAR_YEAR_INVALID' }));
    expect(() => calendar.withYear(2027, null as never)).toThrowError(code('CALENDAR_DATA_INVALID', { detail: 'SCHEMA_INVALID_TYPE' }));
  });

  it('exports the schema for integrators, with localisable issues', () => {
    expect(z.safeParse(workCalendarDataSchema, { years: { 2026: y2026 } }).success).toBe(true);
    const result = z.safeParse(workCalendarDataSchema, { years: { 2026: { ...y2026, workdays: ['2026-10-02'] } } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = localizeZodError(result.error, 'en');
    expect(issue).toMatchObject({ code: 'CALENDAR_DAY_CONFLICT', path: ['years', '2026', 'workdays', 0] });
  });
});
