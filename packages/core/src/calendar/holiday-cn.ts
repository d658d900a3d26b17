/**
 * Reads a year of NateScarlet's holiday-cn data (https://github.com/NateScarlet/holiday-cn), which
 * publishes each State Council notice as JSON within a day of its release.
 */
import * as z from 'zod/mini';
import { civilDateSchema, type CivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { translate, type Locale } from '../i18n/define.js';
import { commonMessages } from '../i18n/messages/common.js';
import { checkWith } from '../i18n/zod.js';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, dataError, isNoticeDate, type WorkCalendarYear } from './calendar-data.js';
import type { HolidayKey } from './holidays.js';
import { calendarMessages } from '../i18n/messages/calendar.js';

/** One day of a holiday-cn file. */
export interface HolidayCnDay {
  /** The holiday, e.g. `春节`, or `中秋节、国庆节` when two are joined. */
  readonly name: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** `true`: a day off; `false`: a make-up working day. */
  readonly isOffDay: boolean;
}

/** A holiday-cn year file (`2026.json`); other fields (`$schema`, `$id`) are ignored. */
export interface HolidayCnYear {
  /** The year of the notice. */
  readonly year: number;
  /** Links to the notices. */
  readonly papers?: readonly string[];
  /** The days the notice sets: days off and make-up working days. */
  readonly days: readonly HolidayCnDay[];
}

/** A year of holiday data ready for {@link WorkCalendar.withYear}. */
export interface CalendarYearData {
  /** The year of the notice. */
  readonly year: number;
  /** Its days, for `withYear(year, data)`. */
  readonly data: WorkCalendarYear;
}

function checkDays(file: HolidayCnYear): void {
  const seen = new Map<string, boolean>();
  file.days.forEach((day, i) => {
    if (!isNoticeDate(file.year, day.date)) {
      throw new SijitongError(calendarMessages, 'CALENDAR_DAY_OUTSIDE_YEAR', { date: day.date, year: file.year }, { path: ['days', i, 'date'] });
    }
    const before = seen.get(day.date);
    if (before !== undefined && before !== day.isOffDay) {
      throw new SijitongError(calendarMessages, 'CALENDAR_DAY_CONFLICT', { date: day.date }, { path: ['days', i, 'isOffDay'] });
    }
    seen.set(day.date, day.isOffDay);
  });
}

/** zod/mini schema of a holiday-cn year file. */
export const holidayCnYearSchema: z.ZodMiniType<HolidayCnYear> = /* @__PURE__ */ z
  .object({
    year: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(CALENDAR_MIN_YEAR), /* @__PURE__ */ z.lte(CALENDAR_MAX_YEAR)),
    papers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
    days: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        name: /* @__PURE__ */ z.string(),
        date: civilDateSchema,
        isOffDay: /* @__PURE__ */ z.boolean(),
      }),
    ),
  })
  .check(/* @__PURE__ */ checkWith<HolidayCnYear>(checkDays));

const NAMES: readonly (readonly [string, HolidayKey])[] = [
  ['元旦', 'newYear'],
  ['春节', 'springFestival'],
  ['清明', 'qingming'],
  ['劳动', 'labourDay'],
  ['端午', 'dragonBoat'],
  ['中秋', 'midAutumn'],
  ['国庆', 'nationalDay'],
];

/** The holiday a holiday-cn name means: the first one named (`中秋节、国庆节` → midAutumn); `other` if none. */
function holidayOfName(name: string): HolidayKey {
  let best: HolidayKey = 'other';
  let at = Number.POSITIVE_INFINITY;
  for (const [word, key] of NAMES) {
    const i = name.indexOf(word);
    if (i >= 0 && i < at) {
      at = i;
      best = key;
    }
  }
  return best;
}

/**
 * Turns a holiday-cn year file (the parsed JSON, or its text) into data for
 * {@link WorkCalendar.withYear}, so a new State Council notice can be loaded at run time.
 * Each day keeps its holiday as a label (`other` for names it does not know).
 *
 * @example
 * ```ts
 * const res = await fetch('https://cdn.jsdelivr.net/gh/NateScarlet/holiday-cn@master/2027.json');
 * const { year, data } = parseHolidayCnYear(await res.json());
 * const calendar = chinaWorkCalendar.withYear(year, data); // 2027 is now authoritative
 * ```
 * @throws {@link SijitongError} `HOLIDAY_CN_INVALID` with the `path` of the first problem.
 */
export function parseHolidayCnYear(json: unknown): CalendarYearData {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (cause) {
      const reason = (locale: Locale) => translate(commonMessages, 'SCHEMA_INVALID_FORMAT', { format: 'JSON' }, locale);
      const params = { path: '(root)', detail: 'SCHEMA_INVALID_FORMAT', reason: reason('zh-CN'), reasonEn: reason('en') };
      throw new SijitongError(calendarMessages, 'HOLIDAY_CN_INVALID', params, { cause });
    }
  }
  const result = z.safeParse(holidayCnYearSchema, value);
  if (!result.success) throw dataError('HOLIDAY_CN_INVALID', result.error);
  const offDays: CivilDate[] = [];
  const workdays: CivilDate[] = [];
  const labels: Record<CivilDate, HolidayKey> = {};
  for (const day of result.data.days) {
    if (day.date in labels) continue;
    (day.isOffDay ? offDays : workdays).push(day.date);
    labels[day.date] = holidayOfName(day.name);
  }
  const papers = result.data.papers ?? [];
  const data: WorkCalendarYear = { offDays, workdays, labels, ...(papers.length > 0 ? { source: papers.join(' ') } : {}) };
  return { year: result.data.year, data };
}
