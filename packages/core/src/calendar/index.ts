/**
 * Working days and the deadline clock: the mainland working-day calendar (weekends, public
 * holidays, make-up working days), loading new State Council notices at run time, and case
 * deadlines with suspensions and extensions.
 */
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  workCalendarDataSchema,
  workCalendarYearSchema,
  type CalendarFallback,
  type WorkCalendarData,
  type WorkCalendarYear,
} from './calendar-data.js';
export { chinaWorkCalendar } from './china.js';
export { computeDeadline, type DeadlineResult } from './deadline.js';
export type { DeadlineInput, DeadlineLimit, DeadlineUnit, Extension, Suspension } from './deadline-input.js';
export { deadlineStatus, type DeadlineStatus, type DeadlineStatusKind, type DeadlineStatusOptions } from './deadline-status.js';
export { holidayCnYearSchema, parseHolidayCnYear, type CalendarYearData, type HolidayCnDay, type HolidayCnYear } from './holiday-cn.js';
export { HOLIDAY_KEYS, holidayLabel, type HolidayKey } from './holidays.js';
export {
  createWorkCalendar,
  type CalendarCoverage,
  type DayDescription,
  type DayKind,
  type WorkCalendar,
} from './work-calendar.js';
