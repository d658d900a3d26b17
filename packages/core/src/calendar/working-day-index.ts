/**
 * The precomputed index behind a working-day calendar. Nothing walks day by day at query time:
 *
 * - `prefix[i]` is the number of working days in `[base, base + i)`, so the working days between
 *   two dates are one subtraction;
 * - `ordinals[k]` is the day number of the (k+1)-th working day from `base`, so "the n-th working
 *   day after d" is one lookup: `ordinals[W(d) + n − 1]`.
 *
 * Both grow a year at a time, lazily, from the calendar's first year up to the latest year a query
 * has reached (at most 2100): a few kilobytes per year.
 * @internal
 */
import { dayNumberOf, fromDayNumber, weekdayOf, yearOfDay } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { CALENDAR_MAX_YEAR, type CalendarSpec, type PublishedYear } from './calendar-data.js';
import { HOLIDAY_KEYS } from './holidays.js';
import { statutoryDayNumbers } from './statutory.js';
import { calendarMessages } from '../i18n/messages/calendar.js';

/** Codes of the kind of a day, as stored in a year table. @internal */
export const DayCode = { Workday: 0, Weekend: 1, Holiday: 2, MakeupWorkday: 3 } as const;

/** How a year is known: from a notice, from the statutory fallback, or not at all. @internal */
export type YearStatus = 'published' | 'provisional' | 'missing';

/** One year of day kinds and holiday labels. @internal */
export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  readonly codes: Uint8Array;
  /** 1 + index in {@link HOLIDAY_KEYS}; 0 = no label. */
  readonly labels: Uint8Array;
  readonly status: YearStatus;
}

function buildYear(spec: CalendarSpec, year: number): YearTable {
  const start = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - start;
  const codes = new Uint8Array(length);
  const labels = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const weekday = weekdayOf(start + i);
    codes[i] = weekday === 0 || weekday === 6 ? DayCode.Weekend : DayCode.Workday;
  }
  /** Applies a notice's days that fall in this year. */
  const apply = (notice: PublishedYear | undefined) => {
    if (notice === undefined) return;
    for (const day of notice.offDays) if (day >= start && day < start + length) codes[day - start] = DayCode.Holiday;
    for (const day of notice.workdays) {
      if (day < start || day >= start + length) continue;
      codes[day - start] = weekdayOf(day) === 0 || weekdayOf(day) === 6 ? DayCode.MakeupWorkday : DayCode.Workday;
    }
    for (const [day, key] of notice.labels) {
      if (day >= start && day < start + length) labels[day - start] = HOLIDAY_KEYS.indexOf(key) + 1;
    }
  };
  const published = spec.years.get(year);
  let status: YearStatus = 'published';
  if (published === undefined) {
    status = spec.fallback === 'none' ? 'missing' : 'provisional';
    if (status === 'provisional') {
      for (const { day, holiday } of statutoryDayNumbers(year)) {
        codes[day - start] = DayCode.Holiday;
        labels[day - start] = HOLIDAY_KEYS.indexOf(holiday) + 1;
      }
    }
  }
  // Neighbouring notices may set days around New Year's Day; the year's own notice wins.
  apply(spec.years.get(year - 1));
  apply(spec.years.get(year + 1));
  apply(published);
  return { year, start, codes, labels, status };
}

function grow(array: Int32Array, needed: number): Int32Array {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Lazily built working-day index of one calendar. @internal */
export class WorkingDayIndex {
  readonly firstYear: number;
  /** Day number of 1 January of the first year. */
  readonly base: number;
  /** Day number of 1 January of the first year that is not published. */
  private readonly firstUnpublishedStart: number;
  private readonly spec: CalendarSpec;
  private readonly tables: YearTable[] = [];
  private prefix: Int32Array = new Int32Array(1);
  private ordinals: Int32Array = new Int32Array(0);
  private ordinalCount = 0;
  /** Number of days built, from `base`. */
  private builtDays = 0;

  constructor(spec: CalendarSpec) {
    this.spec = spec;
    this.firstYear = spec.firstYear;
    this.base = dayNumberOf(spec.firstYear, 1, 1);
    let year = spec.firstYear;
    while (spec.years.has(year)) year++;
    this.firstUnpublishedStart = dayNumberOf(year, 1, 1);
  }

  /** The error for a day outside the supported range. */
  outOfRange(day: number): SijitongError {
    return new SijitongError(calendarMessages, 'CALENDAR_OUT_OF_RANGE', {
      date: fromDayNumber(day),
      firstYear: this.firstYear,
      lastYear: CALENDAR_MAX_YEAR,
    });
  }

  private buildNextYear(): void {
    const year = this.firstYear + this.tables.length;
    if (year > CALENDAR_MAX_YEAR) throw this.outOfRange(dayNumberOf(year, 1, 1));
    const table = buildYear(this.spec, year);
    const length = table.codes.length;
    this.prefix = grow(this.prefix, this.builtDays + length + 1);
    this.ordinals = grow(this.ordinals, this.ordinalCount + length);
    let count = this.prefix[this.builtDays] as number;
    for (let i = 0; i < length; i++) {
      const code = table.codes[i] as number;
      if (code === DayCode.Workday || code === DayCode.MakeupWorkday) {
        this.ordinals[this.ordinalCount++] = table.start + i;
        count++;
      }
      this.prefix[this.builtDays + i + 1] = count;
    }
    this.builtDays += length;
    this.tables.push(table);
  }

  /** Builds the index through the year of `day`. */
  private buildThrough(day: number): void {
    if (day < this.base) throw this.outOfRange(day);
    while (day - this.base >= this.builtDays) this.buildNextYear();
  }

  /**
   * Checks that `day` is in the calendar's range (and builds the index through it).
   * @throws {@link SijitongError} `CALENDAR_OUT_OF_RANGE`.
   */
  check(day: number): void {
    if (day < this.base || day - this.base >= this.builtDays) this.buildThrough(day);
  }

  /** The year table of `day`. */
  table(day: number): YearTable {
    this.buildThrough(day);
    return this.tables[yearOfDay(day) - this.firstYear] as YearTable;
  }

  /** W(day): the number of working days from the first year's 1 January through `day`. `day` may be the day before. */
  countThrough(day: number): number {
    const i = day - this.base + 1;
    if (i > this.builtDays || i < 0) this.buildThrough(day);
    return this.prefix[i] as number;
  }

  /** True when `day` is a working day. */
  isWorking(day: number): boolean {
    return this.countThrough(day) !== this.countThrough(day - 1);
  }

  /** The day number of the working day with 0-based ordinal `k` (k ≥ 0). */
  ordinal(k: number): number {
    while (k >= this.ordinalCount) this.buildNextYear();
    return this.ordinals[k] as number;
  }

  /** The n-th working day after `day` (n ≥ 1; `day` itself never counts). */
  nthWorkingDayAfter(day: number, n: number): number {
    return this.ordinal(this.countThrough(day) + n - 1);
  }

  /**
   * Whether any year from `from`'s through `to`'s uses the statutory fallback (`from ≤ to`).
   * @throws {@link SijitongError} `CALENDAR_YEAR_MISSING` when a year in the span has no data.
   */
  provisionalSpan(from: number, to: number): boolean {
    if (to < this.firstUnpublishedStart) return false;
    this.buildThrough(to);
    let provisional = false;
    for (let y = yearOfDay(Math.max(from, this.base)), last = yearOfDay(to); y <= last; y++) {
      const table = this.tables[y - this.firstYear] as YearTable;
      if (table.status === 'missing') {
        throw new SijitongError(calendarMessages, 'CALENDAR_YEAR_MISSING', { date: fromDayNumber(Math.max(from, table.start)), year: y });
      }
      if (table.status === 'provisional') provisional = true;
    }
    return provisional;
  }
}
