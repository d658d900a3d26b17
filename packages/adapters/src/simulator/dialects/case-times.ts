import { caseDeadline, type Case, type CaseStatus, type Instant } from '@sijitong/core';
import { beijingDateTime, civilDateTime } from '../time.js';

/** The instant of the first history entry reaching `status` on `date`, as `yyyy-MM-dd HH:mm:ss`; else midnight of `date`. */
export function dayTime(c: Case, status: CaseStatus, date: string): string {
  const entry = c.history.find((h) => h.status === status && beijingDateTime(h.at).startsWith(date));
  return entry === undefined ? civilDateTime(date) : beijingDateTime(entry.at);
}

/** The instant of the first history entry reaching `status` on `date`; else midnight of `date`, Beijing time. */
export function dayInstant(c: Case, status: CaseStatus, date: string): Instant {
  return `${dayTime(c, status, date).replace(' ', 'T')}+08:00`;
}

/** The promised deadline (承诺办结日期), pause-the-clock; `undefined` when no clock runs or the calendar cannot tell. */
export function promisedDate(c: Case): string | undefined {
  try {
    return caseDeadline(c).deadline ?? undefined;
  } catch {
    return undefined;
  }
}
