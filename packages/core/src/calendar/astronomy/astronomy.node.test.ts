/**
 * Checks the computed solar term and lunar festivals against the chinese-days package (its own
 * tables and formulas) over 1950–2100. Node-only: it imports the devDependency.
 */
import { getLunarDate, getSolarTerms } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../dates/civil-date.js';
import { lunarFestivalDays } from './lunar.js';
import { qingmingDay } from './sun.js';

describe('astronomy against chinese-days', () => {
  it('Qingming matches chinese-days for 1950–2099', () => {
    const differences: string[] = [];
    for (let year = 1950; year <= 2100; year++) {
      const theirs = getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.term === 'pure_brightness')?.date;
      const ours = fromDayNumber(qingmingDay(year));
      if (ours !== theirs) differences.push(`${year}: ours ${ours}, chinese-days ${String(theirs)}`);
    }
    // chinese-days' 寿星 formula takes 2100 as year 00 of the 21st century; the Sun reaches 15°
    // at 2100-04-05 00:4x Beijing time (2099's Qingming, 04-04 ~19:00, plus 5 h 49 min).
    expect(differences).toEqual(['2100: ours 2100-04-05, chinese-days 2100-04-04']);
  });

  it('Spring Festival, Dragon Boat and Mid-Autumn match chinese-days for 1950–2100', () => {
    const differences: string[] = [];
    for (let year = 1950; year <= 2100; year++) {
      const f = lunarFestivalDays(year);
      const expected: [number, number, number][] = [
        [f.lunarNewYear, 1, 1],
        [f.dragonBoat, 5, 5],
        [f.midAutumn, 8, 15],
      ];
      for (const [day, month, date] of expected) {
        const lunar = getLunarDate(fromDayNumber(day));
        if (lunar.lunarMon !== month || lunar.lunarDay !== date || lunar.isLeap) {
          differences.push(`${fromDayNumber(day)} ${month}/${date}: chinese-days ${lunar.lunarMon}/${lunar.lunarDay}`);
        }
      }
    }
    // chinese-days' table gives 七月 1996 29 days; the new moon was 1996-09-12 23:07 UTC
    // (09-13 07:07 Beijing), so 八月初一 is 09-13 and 中秋 09-27, as ICU also says.
    expect(differences).toEqual(['1996-09-27 8/15: chinese-days 8/16']);
  });
});
