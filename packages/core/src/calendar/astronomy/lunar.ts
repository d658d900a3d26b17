/**
 * The three lunar festivals of a Gregorian year (Spring Festival, Dragon Boat, Mid-Autumn),
 * computed, not tabulated.
 *
 * Which lunar month a day belongs to comes from the platform's Chinese calendar
 * (`Intl.DateTimeFormat('en-u-ca-chinese')`, ICU; leap months print as e.g. `4bis` and never
 * match). ICU places month starts with a simplified lunar theory and can miss by a day when the
 * new moon is minutes from Beijing midnight (2027: the new moon is 2027-02-06 23:56 Beijing time,
 * so 正月初一 is 02-06, yet ICU 78 says 02-07). So the first day of each month ICU names is then
 * moved onto the Beijing civil day of the actual new moon (Meeus ch. 49), as GB/T 33661-2017
 * prescribes.
 */
import { SijitongError } from '../../errors.js';
import { dayNumberOf } from '../../dates/civil-date.js';
import { newMoonDayNear } from './new-moon.js';
import { calendarMessages } from '../../i18n/messages/calendar.js';

/** Day numbers of the lunar festivals of one Gregorian year. @internal */
export interface LunarFestivalDays {
  /** 正月初一. */
  readonly lunarNewYear: number;
  /** 五月初五 (never in a leap fifth month). */
  readonly dragonBoat: number;
  /** 八月十五. */
  readonly midAutumn: number;
}

let formatter: Intl.DateTimeFormat | undefined;
const cache = /* @__PURE__ */ new Map<number, LunarFestivalDays>();

function chineseFormatter(): Intl.DateTimeFormat {
  if (formatter === undefined) {
    let f: Intl.DateTimeFormat | undefined;
    try {
      f = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    } catch {
      f = undefined;
    }
    if (f === undefined || f.resolvedOptions().calendar !== 'chinese') throw new SijitongError(calendarMessages, 'CALENDAR_LUNAR_UNAVAILABLE');
    formatter = f;
  }
  return formatter;
}

/** Lunar month text (`'1'`…`'12'`, leap `'4bis'`) and day of a day number, as ICU sees it. */
function lunarMonthDay(dayNumber: number): { month: string; day: number } {
  let month = '';
  let day = 0;
  for (const part of chineseFormatter().formatToParts(new Date(dayNumber * 86_400_000))) {
    if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = Number(part.value);
  }
  if (month === '' || !(day >= 1 && day <= 30)) throw new SijitongError(calendarMessages, 'CALENDAR_LUNAR_UNAVAILABLE');
  return { month, day };
}

/**
 * First day (day number, on the true new moon) of regular lunar month `target` near `probe`.
 * Walks month by month from the probe: a handful of Intl calls, never a day-by-day scan.
 */
function lunarMonthStart(target: number, probe: number): number {
  let at = probe;
  for (let step = 0; step < 6; step++) {
    const { month, day } = lunarMonthDay(at);
    const start = at - (day - 1);
    if (month === String(target)) return newMoonDayNear(start);
    let order = Number.parseInt(month, 10) + (month.endsWith('bis') ? 0.5 : 0);
    if (target === 1 && order >= 9) order -= 12; // the probe sits in the previous lunar year
    at = order < target ? start + 44 : start - 15;
  }
  throw new SijitongError(calendarMessages, 'CALENDAR_LUNAR_UNAVAILABLE');
}

/** The lunar festival days of Gregorian `year`; cached per year. @internal */
export function lunarFestivalDays(year: number): LunarFestivalDays {
  let days = cache.get(year);
  if (days === undefined) {
    const jan1 = dayNumberOf(year, 1, 1);
    days = {
      // Probes in the middle of each festival's window: 01-21..02-20, ~05-28..06-25, ~09-08..10-07.
      lunarNewYear: lunarMonthStart(1, jan1 + 35),
      dragonBoat: lunarMonthStart(5, jan1 + 160) + 4,
      midAutumn: lunarMonthStart(8, jan1 + 258) + 14,
    };
    cache.set(year, days);
  }
  return days;
}
