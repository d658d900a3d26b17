import { dayNumberOf, fromDayNumber, type CivilDate } from '../dates/civil-date.js';
import { normalizeYear, type CalendarSpec, type PublishedYear, type WorkCalendarYear } from './calendar-data.js';
import { CHINA_HOLIDAYS, CHINA_HOLIDAYS_SOURCE } from './data/china-holidays.generated.js';
import type { HolidayKey } from './holidays.js';
import { createLazyWorkCalendar, type WorkCalendar } from './work-calendar.js';

const LETTER_KEYS: Readonly<Record<string, HolidayKey>> = {
  n: 'newYear',
  s: 'springFestival',
  q: 'qingming',
  l: 'labourDay',
  d: 'dragonBoat',
  m: 'midAutumn',
  g: 'nationalDay',
  o: 'other',
};

const TOKEN = /^(\+?)([a-z])(\d\d)(\d\d)(?:-(\d\d)(\d\d))?$/;

/** Decodes one year of the generated table into a {@link WorkCalendarYear}. @internal */
export function decodeChinaYear(year: number, encoded: string): WorkCalendarYear {
  const offDays: CivilDate[] = [];
  const workdays: CivilDate[] = [];
  const labels: Record<CivilDate, HolidayKey> = {};
  for (const token of encoded.split(' ')) {
    const m = TOKEN.exec(token);
    if (m === null) throw new Error(`china-holidays: bad token "${token}" in ${year}`);
    type Groups = [string, string, string, string, string, string?, string?];
    const [, plus, letter, month, day, endMonth, endDay] = m as unknown as Groups;
    const key = LETTER_KEYS[letter] as HolidayKey;
    const first = dayNumberOf(year, Number(month), Number(day));
    const last = endMonth === undefined ? first : dayNumberOf(year, Number(endMonth), Number(endDay));
    for (let n = first; n <= last; n++) {
      const date = fromDayNumber(n);
      (plus === '+' ? workdays : offDays).push(date);
      labels[date] = key;
    }
  }
  return { offDays, workdays, labels, source: CHINA_HOLIDAYS_SOURCE };
}

/** The generated table in normal form; built on first use of {@link chinaWorkCalendar}. */
function chinaSpec(): CalendarSpec {
  const years = new Map<number, PublishedYear>();
  let firstYear = Number.POSITIVE_INFINITY;
  for (const [key, encoded] of Object.entries(CHINA_HOLIDAYS)) {
    const year = Number(key);
    years.set(year, normalizeYear(decodeChinaYear(year, encoded)));
    firstYear = Math.min(firstYear, year);
  }
  return { firstYear, fallback: 'statutory', years };
}

/**
 * The mainland China working-day calendar, ready to use: the State Council notices from 2004
 * through the latest year of the bundled data (taken from the `chinese-days` package at build time),
 * then the statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) as a provisional
 * fallback up to 2100. Dates before 2004 throw `CALENDAR_OUT_OF_RANGE`.
 *
 * When next year's notice is published, load it without waiting for a release:
 * `chinaWorkCalendar.withYear(2027, { offDays, workdays })` (see `parseHolidayCnYear`).
 *
 * @example
 * ```ts
 * chinaWorkCalendar.isWorkingDay('2026-02-14'); // true: a make-up Saturday
 * chinaWorkCalendar.addWorkingDays('2026-09-30', 1); // '2026-10-08'
 * ```
 */
export const chinaWorkCalendar: WorkCalendar = /* @__PURE__ */ createLazyWorkCalendar(chinaSpec);
