import { describe, expect, it } from 'vitest';
import { weekdayOf, toDayNumber } from '../dates/civil-date.js';
import { decodeChinaYear } from './china.js';
import { CHINA_HOLIDAYS } from './data/china-holidays.generated.js';
import { statutoryHolidays } from './statutory.js';

describe('statutory holidays (全国年节及纪念日放假办法)', () => {
  it('lists the 13 days of the 2024 revision for 2027', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', holiday: 'newYear' },
      { date: '2027-02-05', holiday: 'springFestival' }, // 除夕
      { date: '2027-02-06', holiday: 'springFestival' }, // 正月初一
      { date: '2027-02-07', holiday: 'springFestival' },
      { date: '2027-02-08', holiday: 'springFestival' },
      { date: '2027-04-05', holiday: 'qingming' },
      { date: '2027-05-01', holiday: 'labourDay' },
      { date: '2027-05-02', holiday: 'labourDay' },
      { date: '2027-06-09', holiday: 'dragonBoat' },
      { date: '2027-09-15', holiday: 'midAutumn' },
      { date: '2027-10-01', holiday: 'nationalDay' },
      { date: '2027-10-02', holiday: 'nationalDay' },
      { date: '2027-10-03', holiday: 'nationalDay' },
    ]);
  });

  it('follows the revision in force each year', () => {
    const count = (year: number, key: string) => statutoryHolidays(year).filter((d) => d.holiday === key).length;
    expect([2007, 2008, 2013, 2014, 2024, 2025].map((y) => count(y, 'springFestival'))).toEqual([3, 3, 3, 3, 3, 4]);
    expect([2007, 2008, 2024, 2025].map((y) => count(y, 'labourDay'))).toEqual([3, 1, 1, 2]);
    expect([2007, 2008].map((y) => count(y, 'qingming'))).toEqual([0, 1]);
    // 2008–2013: 除夕 to 初二; 2014–2024: 初一 to 初三 (the 2014 除夕, 01-30, was a working day).
    expect(statutoryHolidays(2013).filter((d) => d.holiday === 'springFestival')[0]?.date).toBe('2013-02-09');
    expect(statutoryHolidays(2014).filter((d) => d.holiday === 'springFestival')[0]?.date).toBe('2014-01-31');
    expect(statutoryHolidays(1999).filter((d) => d.holiday === 'nationalDay')).toHaveLength(2);
  });

  it('is a subset of the days off of every published year, 2004–2026 (a notice never makes a statutory holiday a workday)', () => {
    for (const [key, encoded] of Object.entries(CHINA_HOLIDAYS)) {
      const year = Number(key);
      const published = decodeChinaYear(year, encoded);
      const off = new Set(published.offDays);
      const work = new Set(published.workdays);
      for (const { date } of statutoryHolidays(year)) {
        const weekday = weekdayOf(toDayNumber(date));
        // chinese-days leaves some weekend days inside holidays unlisted; they are off anyway.
        const isOff = off.has(date) || ((weekday === 0 || weekday === 6) && !work.has(date));
        if (!isOff) expect.fail(`${year}: statutory ${date} is not off in the notice`);
      }
    }
  });

  it('puts each festival in its own day of the 2025 and 2026 notices, label included', () => {
    for (const year of [2025, 2026]) {
      const published = decodeChinaYear(year, CHINA_HOLIDAYS[year] as string);
      for (const { date, holiday } of statutoryHolidays(year)) {
        expect(published.offDays).toContain(date);
        // Even inside National Day week (2025-10-06), Mid-Autumn keeps its own label.
        expect(published.labels?.[date]).toBe(holiday);
      }
    }
  });
});
