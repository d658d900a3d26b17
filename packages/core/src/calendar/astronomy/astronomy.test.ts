import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../dates/civil-date.js';
import { deltaTSeconds, JD_UNIX_EPOCH } from './delta-t.js';
import { lunarFestivalDays } from './lunar.js';
import { newMoonDayNear, newMoonJde } from './new-moon.js';
import { marchEquinoxJde, qingmingDay, sunApparentLongitude, sunLongitudeAfterEquinoxJde } from './sun.js';

/** JDE → UTC ISO minute. */
function utc(jde: number): string {
  const year = 2000 + (jde - 2451545) / 365.25;
  return new Date(Math.round((jde - deltaTSeconds(year) / 86400 - JD_UNIX_EPOCH) * 1440) * 60_000).toISOString().slice(0, 16);
}

describe('astronomy', () => {
  it('reproduces Meeus example 49.a (new moon of 1977 February)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('places new moons on the published minute', () => {
    // USNO/NASA phase tables: 2027-02-06 15:56 UTC = 23:56 Beijing, so 正月初一 2027 is 02-06.
    expect(utc(newMoonJde(335))).toBe('2027-02-06T15:56');
    expect(fromDayNumber(newMoonDayNear(toDayNumber('2027-02-07')))).toBe('2027-02-06');
    // 2018-11-07 16:02 UTC = 11-08 00:02 Beijing: 十月初一 is 11-08.
    expect(fromDayNumber(newMoonDayNear(toDayNumber('2018-11-07')))).toBe('2018-11-08');
  });

  it('places March equinoxes within two minutes of the published times', () => {
    const published: [number, string][] = [
      [2024, '2024-03-20T03:06'],
      [2025, '2025-03-20T09:01'],
      [2026, '2026-03-20T14:46'],
    ];
    for (const [year, time] of published) {
      expect(Math.abs(Date.parse(utc(marchEquinoxJde(year))) - Date.parse(time))).toBeLessThanOrEqual(120_000);
    }
  });

  it('finds Qingming within a few minutes of the published instants (Beijing time)', () => {
    const published: [number, string][] = [
      [2019, '2019-04-05T09:51'],
      [2020, '2020-04-04T15:38'],
      [2021, '2021-04-04T21:35'],
      [2022, '2022-04-05T03:20'],
      [2023, '2023-04-05T09:13'],
      [2024, '2024-04-04T15:02'],
    ];
    for (const [year, beijing] of published) {
      const ours = Date.parse(utc(sunLongitudeAfterEquinoxJde(year, 15))) + 8 * 3_600_000;
      expect(Math.abs(ours - Date.parse(beijing))).toBeLessThanOrEqual(180_000);
    }
    expect(sunApparentLongitude(sunLongitudeAfterEquinoxJde(2026, 15)) - sunApparentLongitude(marchEquinoxJde(2026))).toBeCloseTo(15, 6);
    expect(fromDayNumber(qingmingDay(2025))).toBe('2025-04-04');
    expect(fromDayNumber(qingmingDay(2026))).toBe('2026-04-05');
    expect(fromDayNumber(qingmingDay(2027))).toBe('2027-04-05');
    expect(fromDayNumber(qingmingDay(2028))).toBe('2028-04-04');
  });

  it('computes the lunar festivals, correcting ICU by the true new moon', () => {
    const days = (year: number) => {
      const f = lunarFestivalDays(year);
      return [f.lunarNewYear, f.dragonBoat, f.midAutumn].map(fromDayNumber);
    };
    expect(days(2025)).toEqual(['2025-01-29', '2025-05-31', '2025-10-06']);
    expect(days(2026)).toEqual(['2026-02-17', '2026-06-19', '2026-09-25']);
    // ICU 78 (Node 20, Chromium 156) says 2027-02-07 for 正月初一; the new moon says 02-06.
    expect(days(2027)).toEqual(['2027-02-06', '2027-06-09', '2027-09-15']);
    // 2020 has a leap fourth month (4bis): Dragon Boat is in the regular fifth month.
    expect(days(2020)).toEqual(['2020-01-25', '2020-06-25', '2020-10-01']);
    // 2023 has a leap second month; 2028 a leap fifth month (the festival is in the regular one).
    expect(days(2023)).toEqual(['2023-01-22', '2023-06-22', '2023-09-29']);
    expect(days(2028)[1]).toBe('2028-05-28');
  });
});
