import * as z from 'zod/mini';
import { SijitongError, type IssuePath } from '../errors.js';
import { checkWith } from '../i18n/zod.js';
import { commonMessages } from '../i18n/messages/common.js';

/**
 * A civil calendar date in Asia/Shanghai written `YYYY-MM-DD`. The kit never uses `Date` objects
 * for calendar dates, so no time-zone shift can move a deadline.
 */
export type CivilDate = string;

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a date: days since 1970-01-01 (which is day 0). Internal arithmetic runs on
 * these integers; the algorithm is Howard Hinnant's `days_from_civil`.
 * @internal
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/**
 * Parses a `YYYY-MM-DD` string into its day number, or returns `undefined` when it is not a real
 * calendar date (wrong shape, month 13, 2026-02-30…). Never throws. Reads characters with
 * `charCodeAt` rather than a regular expression: the deadline clock parses several dates per call
 * and must manage a million calls a second.
 * @internal
 */
export function tryDayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberOf(year, month, day);
}

/**
 * Parses a `YYYY-MM-DD` string into its day number.
 * @param path - where the date sits in a larger input, reported on the error.
 * @throws {@link SijitongError} `DATE_INVALID` when it is not a real calendar date.
 * @internal
 */
export function toDayNumber(value: unknown, path: IssuePath = []): number {
  const n = tryDayNumber(value);
  if (n === undefined) throw new SijitongError(commonMessages, 'DATE_INVALID', { value: String(value) }, { path });
  return n;
}

/**
 * Hinnant's `civil_from_days`: the year, the month index counted from March (0–11) and the day of
 * that March-based year.
 */
function civilFromDays(dayNumber: number): [year: number, marchMonth: number, dayOfYear: number] {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return [yoe + era * 400 + (mp >= 10 ? 1 : 0), mp, doy];
}

/** The Gregorian year of a day number. @internal */
export function yearOfDay(dayNumber: number): number {
  return civilFromDays(dayNumber)[0];
}

/** Formats a day number as `YYYY-MM-DD`. @internal */
export function fromDayNumber(dayNumber: number): CivilDate {
  const [year, mp, doy] = civilFromDays(dayNumber);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. @internal */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCivilDate(value: unknown): value is CivilDate {
  return tryDayNumber(value) !== undefined;
}

/** zod schema of a `YYYY-MM-DD` calendar date; rejects impossible dates such as 2026-02-30. */
export const civilDateSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ checkWith<string>((value) => toDayNumber(value)));
