/**
 * The generated table must equal the chinese-days data it was generated from, day for day and
 * label for label, so it can never drift. Regenerate with
 * `npx tsx packages/core/scripts/generate-china-calendar.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { chinaWorkCalendar, decodeChinaYear } from '../china.js';
import { CHINA_HOLIDAYS, CHINA_HOLIDAYS_SOURCE } from './china-holidays.generated.js';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

interface DaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const all = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')) as DaysJson;

const KEYS: Record<string, string> = {
  "New Year's Day": 'newYear',
  'Spring Festival': 'springFestival',
  'Tomb-sweeping Day': 'qingming',
  'Labour Day': 'labourDay',
  'Dragon Boat Festival': 'dragonBoat',
  'Mid-autumn Festival': 'midAutumn',
  'National Day': 'nationalDay',
  'Anti-Fascist 70th Day': 'other',
};

/** chinese-days' days of `year` as sorted `date label` lines. */
function theirs(data: DaysJson, year: number, kind: 'holidays' | 'workdays'): string[] {
  return Object.entries(data[kind])
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, value]) => `${date} ${KEYS[value.split(',')[0] ?? ''] ?? `UNKNOWN ${value}`}`)
    .sort();
}

describe('generated China holiday table', () => {
  it(`names the installed chinese-days version (${version})`, () => {
    expect(CHINA_HOLIDAYS_SOURCE).toBe(`chinese-days@${version}`);
  });

  it('has exactly the years of chinese-days', () => {
    const years = [...new Set(Object.keys(all.holidays).map((d) => Number(d.slice(0, 4))))].sort();
    expect(Object.keys(CHINA_HOLIDAYS).map(Number).sort()).toEqual(years);
    expect(years[0]).toBe(2004);
  });

  it('equals chinese-days day for day, label for label, in dist/chinese-days.json and dist/years/*.json', () => {
    for (const [key, encoded] of Object.entries(CHINA_HOLIDAYS)) {
      const year = Number(key);
      const ours = decodeChinaYear(year, encoded);
      const offDays = ours.offDays.map((d) => `${d} ${ours.labels?.[d]}`).sort();
      const workdays = ours.workdays.map((d) => `${d} ${ours.labels?.[d]}`).sort();
      expect(offDays).toEqual(theirs(all, year, 'holidays'));
      expect(workdays).toEqual(theirs(all, year, 'workdays'));
      const file = JSON.parse(readFileSync(join(packageDir, 'dist', 'years', `${year}.json`), 'utf8')) as DaysJson;
      expect(offDays).toEqual(theirs(file, year, 'holidays'));
      expect(workdays).toEqual(theirs(file, year, 'workdays'));
    }
  });

  it('answers like chinese-days on every covered day, and unlike it after the data ends', () => {
    for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (chinaWorkCalendar.isWorkingDay(date) !== isWorkday(date)) expect.fail(`${date} differs`);
    }
    // chinese-days says 2027-01-01 is a workday: it knows no 2027 data. Here it is New Year's Day.
    expect(isWorkday('2027-01-01')).toBe(true);
    expect(chinaWorkCalendar.isWorkingDay('2027-01-01')).toBe(false);
  });
});
