import { describe, expect, it } from 'vitest';
import { chinaWorkCalendar } from './china.js';
import { parseHolidayCnYear } from './holiday-cn.js';

const code = (c: string, params?: Record<string, unknown>) => expect.objectContaining({ code: c, ...(params ? { params: expect.objectContaining(params) } : {}) });

/** Part of holiday-cn's real 2019.json: its notice also sets 2018-12-29..31. */
const holidayCn2019 = {
  $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
  year: 2019,
  papers: ['http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm'],
  days: [
    { name: '元旦', date: '2018-12-29', isOffDay: false },
    { name: '元旦', date: '2018-12-30', isOffDay: true },
    { name: '元旦', date: '2018-12-31', isOffDay: true },
    { name: '元旦', date: '2019-01-01', isOffDay: true },
    { name: '春节', date: '2019-02-02', isOffDay: false },
    { name: '春节', date: '2019-02-04', isOffDay: true },
  ],
};

/**
 * A made-up 2027 notice in holiday-cn form (the real one is not out yet): Spring Festival
 * 02-05..02-11 with make-up Saturday 02-20; National Day and Mid-Autumn joined.
 */
const invented2027 = {
  year: 2027,
  papers: [],
  days: [
    ...['05', '06', '07', '08', '09', '10', '11'].map((d) => ({ name: '春节', date: `2027-02-${d}`, isOffDay: true })),
    { name: '春节', date: '2027-02-20', isOffDay: false },
    { name: '中秋节、国庆节', date: '2027-09-15', isOffDay: true },
    { name: '国庆节', date: '2027-10-04', isOffDay: true },
    { name: '抗战胜利纪念日', date: '2027-09-03', isOffDay: true },
  ],
};

describe('parseHolidayCnYear', () => {
  it('converts a holiday-cn file, labels included', () => {
    const { year, data } = parseHolidayCnYear(holidayCn2019);
    expect(year).toBe(2019);
    expect(data.offDays).toEqual(['2018-12-30', '2018-12-31', '2019-01-01', '2019-02-04']);
    expect(data.workdays).toEqual(['2018-12-29', '2019-02-02']);
    expect(data.labels?.['2019-02-02']).toBe('springFestival');
    expect(data.source).toBe(holidayCn2019.papers[0]);
  });

  it('accepts the JSON text as well', () => {
    expect(parseHolidayCnYear(JSON.stringify(holidayCn2019))).toEqual(parseHolidayCnYear(holidayCn2019));
  });

  it('loads next year at run time: chinaWorkCalendar.withYear makes 2027 authoritative', () => {
    const { year, data } = parseHolidayCnYear(invented2027);
    const calendar = chinaWorkCalendar.withYear(year, data);
    expect(calendar.isProvisional('2027-03-01')).toBe(false);
    expect(calendar.describeDay('2027-02-10')).toEqual({ date: '2027-02-10', working: false, kind: 'holiday', holiday: 'springFestival', provisional: false });
    expect(calendar.describeDay('2027-02-20')).toMatchObject({ working: true, kind: 'makeupWorkday', holiday: 'springFestival' });
    expect(calendar.describeDay('2027-09-15').holiday).toBe('midAutumn');
    expect(calendar.describeDay('2027-09-03').holiday).toBe('other');
    // The notice is the whole truth for its year: 2027-01-01 is not in this invented one.
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
    expect(calendar.addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
    expect(calendar.coverage).toEqual({ firstYear: 2004, lastPublishedYear: 2027 });
    // chinaWorkCalendar itself is unchanged.
    expect(chinaWorkCalendar.isProvisional('2027-03-01')).toBe(true);
    expect(chinaWorkCalendar.isWorkingDay('2027-02-10')).toBe(true);
  });

  it.each([
    [{ year: 2027 }, 'SCHEMA_INVALID_TYPE', ['days']],
    [{ year: 2027, days: [{ name: '春节', date: '2027-02-30', isOffDay: true }] }, 'DATE_INVALID', ['days', 0, 'date']],
    [{ year: 2027, days: [{ name: '春节', date: '2027-02-05', isOffDay: 'yes' }] }, 'SCHEMA_INVALID_TYPE', ['days', 0, 'isOffDay']],
    [{ year: 1900, days: [] }, 'SCHEMA_TOO_SMALL', ['year']],
    [{ year: 2027, days: [{ name: '春节', date: '2028-06-01', isOffDay: true }] }, 'CALENDAR_DAY_OUTSIDE_YEAR', ['days', 0, 'date']],
    [
      { year: 2027, days: [{ name: '春节', date: '2027-02-05', isOffDay: true }, { name: '春节', date: '2027-02-05', isOffDay: false }] },
      'CALENDAR_DAY_CONFLICT',
      ['days', 1, 'isOffDay'],
    ],
    ['{"year": 2027, "days": [', 'SCHEMA_INVALID_FORMAT', []],
    [42, 'SCHEMA_INVALID_TYPE', []],
  ])('rejects bad files %#', (json, detail, path) => {
    expect(() => parseHolidayCnYear(json)).toThrowError(code('HOLIDAY_CN_INVALID', { detail }));
    try {
      parseHolidayCnYear(json);
    } catch (error) {
      expect((error as { path: unknown }).path).toEqual(path);
      expect((error as { localized(l: string): string }).localized('en')).toMatch(/^holiday-cn data is invalid at /);
    }
  });
});
