/**
 * The data a working-day calendar is made from, its zod/mini schema and its normal form.
 */
import * as z from 'zod/mini';
import { civilDateSchema, toDayNumber, type CivilDate } from '../dates/civil-date.js';
import { SijitongError, type IssuePath } from '../errors.js';
import { messagesFor, type MessageKey, type MessageParams } from '../i18n/define.js';
import { commonMessages } from '../i18n/messages/common.js';
import { checkWith, issuePathOf, localizeIssue } from '../i18n/zod.js';
import { HOLIDAY_KEYS, type HolidayKey } from './holidays.js';
import { calendarMessages } from '../i18n/messages/calendar.js';

/** The earliest year a calendar can hold. */
export const CALENDAR_MIN_YEAR = 1950;
/** The last year a calendar can hold or compute (the statutory fallback is verified to 2100). */
export const CALENDAR_MAX_YEAR = 2100;

/**
 * One year of a State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知).
 *
 * @example
 * ```ts
 * const y2026: WorkCalendarYear = {
 *   offDays: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', … ],
 *   workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
 *   labels: { '2026-02-15': 'springFestival', '2026-02-14': 'springFestival' },
 *   source: '国办发明电〔2025〕7号',
 * };
 * ```
 */
export interface WorkCalendarYear {
  /**
   * Every day off the notice announces: statutory holidays and bridging days. Weekend days inside
   * a holiday may be listed or left out (weekends are off anyway). Dates are of the year, or of the
   * December before or January after when the notice sets them (days around New Year's Day); the
   * notice of a day's own year takes precedence for it.
   */
  readonly offDays: readonly CivilDate[];
  /** Make-up working days (调休上班): Saturdays or Sundays that are working days. `[]` if none. */
  readonly workdays: readonly CivilDate[];
  /** Optional: which holiday a listed day belongs to, shown by `describeDay`. */
  readonly labels?: Readonly<Record<CivilDate, HolidayKey>>;
  /** Optional: where the data comes from, e.g. the notice's document number. */
  readonly source?: string;
}

/** What a calendar does for a year without a notice. */
export type CalendarFallback = 'statutory' | 'none';

/**
 * The data of {@link createWorkCalendar}.
 *
 * - `years`: one {@link WorkCalendarYear} per year, keyed `'2026'` (or `2026`). A year listed here
 *   is *published*: authoritative, never provisional.
 * - `firstYear`: the first year the calendar answers for; earlier dates throw
 *   `CALENDAR_OUT_OF_RANGE`. Defaults to the earliest year in `years`.
 * - `fallback`: for a year from `firstYear` to 2100 that is not in `years`: `'statutory'` (the
 *   default) uses the statutory holidays only, and every answer touching such a year is
 *   *provisional*; `'none'` throws `CALENDAR_YEAR_MISSING` instead.
 *
 * Weekends (Saturday, Sunday) are off unless listed in `workdays`.
 */
export interface WorkCalendarData {
  /** The published notices, by year (`'2026'` or `2026`). */
  readonly years: Readonly<Record<string, WorkCalendarYear>>;
  /** The first year the calendar answers for; default: the earliest year in `years`. */
  readonly firstYear?: number;
  /** What to do for a year not in `years`; default `'statutory'`. */
  readonly fallback?: CalendarFallback;
}

/** zod/mini schema of one {@link WorkCalendarYear} (shape only; year membership is checked by the calendar). */
export const workCalendarYearSchema: z.ZodMiniType<WorkCalendarYear> = /* @__PURE__ */ z.strictObject({
  offDays: /* @__PURE__ */ z.readonly(/* @__PURE__ */ z.array(civilDateSchema)),
  workdays: /* @__PURE__ */ z.readonly(/* @__PURE__ */ z.array(civilDateSchema)),
  labels: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.readonly(
      /* @__PURE__ */ z.record(civilDateSchema, /* @__PURE__ */ z.enum(HOLIDAY_KEYS as [HolidayKey, ...HolidayKey[]])),
    ),
  ),
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

type FailCode = MessageKey<typeof calendarMessages> | MessageKey<typeof commonMessages>;

/** Throws the calendar or common error `code` at `path`. @internal */
export function fail(code: FailCode, params: MessageParams, path: IssuePath): never {
  throw new SijitongError(messagesFor(code, calendarMessages, commonMessages), code, params, { path });
}

function checkYearNumber(key: string | number, firstYear: number | undefined, path: IssuePath): number {
  const year = typeof key === 'number' ? key : /^\d{4}$/.test(key) ? Number(key) : Number.NaN;
  const inRange = Number.isInteger(year) && year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR;
  if (!inRange || (firstYear !== undefined && year < firstYear)) {
    fail('CALENDAR_YEAR_INVALID', { year: String(key), minYear: CALENDAR_MIN_YEAR, maxYear: CALENDAR_MAX_YEAR }, path);
  }
  return year;
}

/**
 * True when a notice for `year` may list `date`: a date of that year, or of the December before or
 * the January after (notices set the days around New Year's Day, e.g. the 2019 notice set
 * 2018-12-29..31). @internal
 */
export function isNoticeDate(year: number, date: string): boolean {
  return date.startsWith(`${year}-`) || date.startsWith(`${year - 1}-12-`) || date.startsWith(`${year + 1}-01-`);
}

/** Checks that a year's dates belong to its notice, that no day is both off and working, and labels. */
function checkYearContents(year: number, data: WorkCalendarYear, path: IssuePath): void {
  const off = new Set<string>();
  data.offDays.forEach((date, i) => {
    if (!isNoticeDate(year, date)) fail('CALENDAR_DAY_OUTSIDE_YEAR', { date, year }, [...path, 'offDays', i]);
    off.add(date);
  });
  const work = new Set<string>();
  data.workdays.forEach((date, i) => {
    if (!isNoticeDate(year, date)) fail('CALENDAR_DAY_OUTSIDE_YEAR', { date, year }, [...path, 'workdays', i]);
    if (off.has(date)) fail('CALENDAR_DAY_CONFLICT', { date }, [...path, 'workdays', i]);
    work.add(date);
  });
  for (const date of Object.keys(data.labels ?? {})) {
    if (!off.has(date) && !work.has(date)) fail('CALENDAR_LABEL_UNLISTED', { date }, [...path, 'labels', date]);
  }
}

function checkData(data: WorkCalendarData): void {
  const keys = Object.keys(data.years);
  if (keys.length === 0 && data.firstYear === undefined) fail('SCHEMA_TOO_SMALL', { minimum: '1' }, ['years']);
  if (data.firstYear !== undefined) checkYearNumber(data.firstYear, undefined, ['firstYear']);
  for (const key of keys) {
    const year = checkYearNumber(key, data.firstYear, ['years', key]);
    checkYearContents(year, data.years[key] as WorkCalendarYear, ['years', key]);
  }
}

/** zod/mini schema of {@link WorkCalendarData}, including the cross-checks {@link createWorkCalendar} makes. */
export const workCalendarDataSchema: z.ZodMiniType<WorkCalendarData> = /* @__PURE__ */ z
  .strictObject({
    years: /* @__PURE__ */ z.readonly(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), workCalendarYearSchema)),
    firstYear: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
    fallback: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['statutory', 'none'])),
  })
  .check(/* @__PURE__ */ checkWith<WorkCalendarData>(checkData));

/** A published year in normal form: day numbers. @internal */
export interface PublishedYear {
  readonly offDays: readonly number[];
  readonly workdays: readonly number[];
  readonly labels: ReadonlyMap<number, HolidayKey>;
  readonly source: string | undefined;
}

/** Validated calendar data in normal form. @internal */
export interface CalendarSpec {
  readonly firstYear: number;
  readonly fallback: CalendarFallback;
  readonly years: ReadonlyMap<number, PublishedYear>;
}

/** Normalises a year that has passed validation. @internal */
export function normalizeYear(data: WorkCalendarYear): PublishedYear {
  const labels = new Map<number, HolidayKey>();
  for (const [date, key] of Object.entries(data.labels ?? {})) labels.set(toDayNumber(date), key);
  return {
    offDays: data.offDays.map((date) => toDayNumber(date)),
    workdays: data.workdays.map((date) => toDayNumber(date)),
    labels,
    source: data.source,
  };
}

/** Turns the first zod issue into a typed error with code `code`, keeping the detail in both locales. */
export function dataError(code: 'CALENDAR_DATA_INVALID' | 'HOLIDAY_CN_INVALID', error: z.core.$ZodError): SijitongError {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const zh = localizeIssue(issue, 'zh-CN');
  const path = issuePathOf(issue);
  return new SijitongError(
    calendarMessages,
    code,
    {
      path: path.length === 0 ? '(root)' : path.join('.'),
      detail: zh.code,
      reason: zh.message,
      reasonEn: localizeIssue(issue, 'en').message,
    },
    { path },
  );
}

/**
 * Validates calendar data and returns it in normal form.
 * @throws {@link SijitongError} `CALENDAR_DATA_INVALID` (params `path`, `detail` = the specific code).
 * @internal
 */
export function parseCalendarData(data: unknown): CalendarSpec {
  const result = z.safeParse(workCalendarDataSchema, data);
  if (!result.success) throw dataError('CALENDAR_DATA_INVALID', result.error);
  const years = new Map<number, PublishedYear>();
  let firstYear = result.data.firstYear ?? Number.POSITIVE_INFINITY;
  for (const [key, value] of Object.entries(result.data.years)) {
    const year = Number(key);
    years.set(year, normalizeYear(value));
    firstYear = Math.min(firstYear, year);
  }
  return { firstYear, fallback: result.data.fallback ?? 'statutory', years };
}

/**
 * Validates one year for `withYear` and returns it in normal form.
 * @throws {@link SijitongError} `CALENDAR_DATA_INVALID`.
 * @internal
 */
export function parseCalendarYear(year: unknown, data: unknown, firstYear: number): { year: number; data: PublishedYear } {
  let y: number;
  try {
    if (typeof year !== 'number' && typeof year !== 'string') fail('SCHEMA_INVALID_TYPE', { expected: 'number' }, []);
    y = checkYearNumber(year, firstYear, []);
  } catch (error) {
    const e = error as SijitongError;
    const params = { path: 'year', detail: e.code, reason: e.message, reasonEn: e.localized('en') };
    throw new SijitongError(calendarMessages, 'CALENDAR_DATA_INVALID', params, { path: ['year'], cause: e });
  }
  const schema = workCalendarYearSchema.check(checkWith<WorkCalendarYear>((value) => checkYearContents(y, value, [])));
  const result = z.safeParse(schema, data);
  if (!result.success) throw dataError('CALENDAR_DATA_INVALID', result.error);
  return { year: y, data: normalizeYear(result.data) };
}
