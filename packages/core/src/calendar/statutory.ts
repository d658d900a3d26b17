/**
 * The statutory public holidays of a year under 《全国年节及纪念日放假办法》, used for years the
 * calendar has no State Council notice for. Only the statutory days: no bridging days and no
 * make-up working days, which only a notice can set.
 *
 * Revisions (each in force from 1 January of the year given):
 * - 1950 (1949 text): New Year 1, Spring Festival 3 (正月初一–初三), Labour Day 1, National Day 2.
 * - 2000 (1999 revision): Labour Day 3 (05-01..03), National Day 3 (10-01..03).
 * - 2008 (2007 revision): Spring Festival 除夕–初二, Labour Day 1; adds Qingming, Dragon Boat and
 *   Mid-Autumn (1 day each).
 * - 2014 (2013 revision): Spring Festival 正月初一–初三 again.
 * - 2025 (2024 revision): Spring Festival 除夕–初三 (4 days), Labour Day 2 (05-01, 05-02).
 */
import { dayNumberOf, fromDayNumber, type CivilDate } from '../dates/civil-date.js';
import { lunarFestivalDays } from './astronomy/lunar.js';
import { qingmingDay } from './astronomy/sun.js';
import type { HolidayKey } from './holidays.js';

/** One statutory holiday day. */
export interface StatutoryDay {
  readonly date: CivilDate;
  readonly holiday: HolidayKey;
}

interface Revision {
  readonly since: number;
  /** Spring Festival days as offsets from 正月初一 (−1 = 除夕, the day before). */
  readonly spring: readonly number[];
  readonly labourDays: number;
  readonly nationalDays: number;
  /** Qingming, Dragon Boat and Mid-Autumn are holidays. */
  readonly traditional: boolean;
}

const REVISIONS: readonly Revision[] = [
  { since: 2025, spring: [-1, 0, 1, 2], labourDays: 2, nationalDays: 3, traditional: true },
  { since: 2014, spring: [0, 1, 2], labourDays: 1, nationalDays: 3, traditional: true },
  { since: 2008, spring: [-1, 0, 1], labourDays: 1, nationalDays: 3, traditional: true },
  { since: 2000, spring: [0, 1, 2], labourDays: 3, nationalDays: 3, traditional: false },
  { since: 1950, spring: [0, 1, 2], labourDays: 1, nationalDays: 2, traditional: false },
];

/**
 * Day numbers and holidays of the statutory days of `year` (1950–2100), in calendar order; a day
 * that is two holidays at once (Mid-Autumn on 10-01) appears twice, National Day last.
 * @internal
 */
export function statutoryDayNumbers(year: number): { day: number; holiday: HolidayKey }[] {
  const rules = REVISIONS.find((r) => year >= r.since) ?? (REVISIONS[REVISIONS.length - 1] as Revision);
  const out: { day: number; holiday: HolidayKey }[] = [{ day: dayNumberOf(year, 1, 1), holiday: 'newYear' }];
  const lunar = lunarFestivalDays(year);
  for (const offset of rules.spring) out.push({ day: lunar.lunarNewYear + offset, holiday: 'springFestival' });
  if (rules.traditional) out.push({ day: qingmingDay(year), holiday: 'qingming' });
  for (let i = 0; i < rules.labourDays; i++) out.push({ day: dayNumberOf(year, 5, 1 + i), holiday: 'labourDay' });
  if (rules.traditional) {
    out.push({ day: lunar.dragonBoat, holiday: 'dragonBoat' });
    out.push({ day: lunar.midAutumn, holiday: 'midAutumn' });
  }
  for (let i = 0; i < rules.nationalDays; i++) out.push({ day: dayNumberOf(year, 10, 1 + i), holiday: 'nationalDay' });
  return out;
}

/** {@link statutoryDayNumbers} as dates. @internal */
export function statutoryHolidays(year: number): StatutoryDay[] {
  return statutoryDayNumbers(year).map(({ day, holiday }) => ({ date: fromDayNumber(day), holiday }));
}
