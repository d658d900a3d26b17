import { fromDayNumber, toDayNumber, type CivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import {
  parseCalendarData,
  parseCalendarYear,
  type CalendarSpec,
  type WorkCalendarData,
  type WorkCalendarYear,
} from './calendar-data.js';
import { HOLIDAY_KEYS, type HolidayKey } from './holidays.js';
import { DayCode, WorkingDayIndex } from './working-day-index.js';
import { calendarMessages } from '../i18n/messages/calendar.js';
import { commonMessages } from '../i18n/messages/common.js';

/** What kind of day a date is. `makeupWorkday` is a Saturday or Sunday worked by notice (调休上班). */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

/** Everything the calendar knows about one date; see {@link WorkCalendar.describeDay}. */
export interface DayDescription {
  /** The date described, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** True on a working day (a weekday that is not a holiday, or a make-up working day). */
  readonly working: boolean;
  /** What kind of day it is. */
  readonly kind: DayKind;
  /** The holiday a day off (or a make-up working day) belongs to, when the data says so. */
  readonly holiday?: HolidayKey;
  /** True when the year has no published notice and the statutory fallback answered. */
  readonly provisional: boolean;
}

/** The years a calendar answers for: from `firstYear` on; published (authoritative) through `lastPublishedYear`. */
export interface CalendarCoverage {
  /** Earlier dates throw `CALENDAR_OUT_OF_RANGE`. */
  readonly firstYear: number;
  /** The latest year with a published notice, or `null` when there is none. */
  readonly lastPublishedYear: number | null;
}

/**
 * A mainland working-day calendar (工作日历): weekends and public holidays off, make-up working
 * days (调休) on. Immutable; dates are `'YYYY-MM-DD'` civil dates (Asia/Shanghai).
 *
 * **Provisional answers.** A year without a published State Council notice is answered from the
 * statutory holidays alone (no bridging days, no make-up days): such answers are *provisional*. The
 * three counting methods return plain values to stay simple, so they do not carry that flag: ask
 * {@link WorkCalendar.isProvisional} or {@link WorkCalendar.describeDay}, or use `computeDeadline`,
 * whose result has `provisional`. Load a notice with {@link WorkCalendar.withYear} to make a year
 * authoritative.
 *
 * Every method throws {@link SijitongError}: `DATE_INVALID` for an impossible date,
 * `CALENDAR_OUT_OF_RANGE` for a date before the first year or after 2100, `CALENDAR_YEAR_MISSING`
 * for a year without data when the fallback is `'none'`.
 */
export interface WorkCalendar {
  /** True when `date` is a working day. */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * The `n`-th working day after `date`; `date` itself never counts, and `n = 0` returns `date`
   * even if it is a day off.
   * @throws {@link SijitongError} `WORKING_DAYS_INVALID` when `n` is negative or not an integer.
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /**
   * The number of working days in `(from, to]`: after `from`, up to and including `to`. So
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   * @throws {@link SijitongError} `DATE_RANGE_INVERTED` when `from` is after `to`.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /** True when `date`'s year has no published notice, so answers about it use the statutory fallback. */
  isProvisional(date: CivilDate): boolean;
  /** Kind, holiday and provisional flag of `date`. */
  describeDay(date: CivilDate): DayDescription;
  /** The years this calendar answers for. */
  readonly coverage: CalendarCoverage;
  /**
   * A new calendar with `year`'s notice loaded (replacing any data for that year); this one is
   * unchanged. The way to load next year's notice at run time, without a new release.
   *
   * @example
   * ```ts
   * const y = parseHolidayCnYear(await (await fetch(url)).json());
   * const calendar = chinaWorkCalendar.withYear(y.year, y.data);
   * calendar.isProvisional('2027-03-01'); // false
   * ```
   * @throws {@link SijitongError} `CALENDAR_DATA_INVALID` when the data is not valid.
   */
  withYear(year: number, data: WorkCalendarYear): WorkCalendar;
}

const KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeupWorkday'];

function checkCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new SijitongError(calendarMessages, 'WORKING_DAYS_INVALID', { value: String(n) });
  }
  return n;
}

class DefaultWorkCalendar implements WorkCalendar {
  #resolve: (() => CalendarSpec) | undefined;
  #spec: CalendarSpec | undefined;
  #index: WorkingDayIndex | undefined;

  constructor(resolve: () => CalendarSpec) {
    this.#resolve = resolve;
  }

  get spec(): CalendarSpec {
    if (this.#spec === undefined) {
      this.#spec = (this.#resolve as () => CalendarSpec)();
      this.#resolve = undefined;
    }
    return this.#spec;
  }

  get index(): WorkingDayIndex {
    return (this.#index ??= new WorkingDayIndex(this.spec));
  }

  isWorkingDay(date: CivilDate): boolean {
    const day = toDayNumber(date);
    this.index.check(day);
    const working = this.index.isWorking(day);
    this.index.provisionalSpan(day, day);
    return working;
  }

  addWorkingDays(date: CivilDate, n: number): CivilDate {
    const day = toDayNumber(date);
    const count = checkCount(n);
    const index = this.index;
    index.check(day);
    const result = count === 0 ? day : index.nthWorkingDayAfter(day, count);
    index.provisionalSpan(day, result);
    return fromDayNumber(result);
  }

  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    if (start > end) throw new SijitongError(commonMessages, 'DATE_RANGE_INVERTED', { from, to });
    const index = this.index;
    index.check(start);
    index.check(end);
    const count = index.countThrough(end) - index.countThrough(start);
    index.provisionalSpan(start, end);
    return count;
  }

  isProvisional(date: CivilDate): boolean {
    const day = toDayNumber(date);
    this.index.check(day);
    return this.index.provisionalSpan(day, day);
  }

  describeDay(date: CivilDate): DayDescription {
    const day = toDayNumber(date);
    const table = this.index.table(day);
    const provisional = this.index.provisionalSpan(day, day);
    const code = table.codes[day - table.start] as number;
    const label = table.labels[day - table.start] as number;
    const kind = KINDS[code] as DayKind;
    const working = code === DayCode.Workday || code === DayCode.MakeupWorkday;
    const base = { date: fromDayNumber(day), working, kind };
    return label === 0 ? { ...base, provisional } : { ...base, holiday: HOLIDAY_KEYS[label - 1] as HolidayKey, provisional };
  }

  get coverage(): CalendarCoverage {
    const years = [...this.spec.years.keys()];
    return { firstYear: this.spec.firstYear, lastPublishedYear: years.length === 0 ? null : Math.max(...years) };
  }

  withYear(year: number, data: WorkCalendarYear): WorkCalendar {
    const spec = this.spec;
    const published = parseCalendarYear(year, data, spec.firstYear);
    const years = new Map(spec.years).set(published.year, published.data);
    return new DefaultWorkCalendar(() => ({ ...spec, years }));
  }
}

/**
 * Makes a working-day calendar from a table of days off and make-up working days; see
 * {@link WorkCalendarData} for the shape and {@link chinaWorkCalendar} for the ready one.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar({ years: { 2026: { offDays: ['2026-10-01', …], workdays: ['2026-09-20'] } } });
 * calendar.addWorkingDays('2026-09-30', 1); // '2026-10-08'
 * ```
 * @throws {@link SijitongError} `CALENDAR_DATA_INVALID` with the `path` of the first problem.
 */
export function createWorkCalendar(data: WorkCalendarData): WorkCalendar {
  const spec = parseCalendarData(data);
  return new DefaultWorkCalendar(() => spec);
}

/** A calendar whose (trusted) data is produced on first use. @internal */
export function createLazyWorkCalendar(resolve: () => CalendarSpec): WorkCalendar {
  return new DefaultWorkCalendar(resolve);
}

/** The index of a calendar made by this module, or `undefined` for anything else. @internal */
export function workingDayIndexOf(calendar: unknown): WorkingDayIndex | undefined {
  return calendar instanceof DefaultWorkCalendar ? calendar.index : undefined;
}
