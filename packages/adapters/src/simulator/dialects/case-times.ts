import { caseDeadline, type Case, type CaseStatus } from '@sijitong/core';
import { beijingDateTime, civilDateTime } from '../time.js';

/** The instant of the first history entry reaching `status` on `date`, as `yyyy-MM-dd HH:mm:ss`; else midnight of `date`. */
export function dayTime(c: Case, status: CaseStatus, date: string): string {
  const entry = c.history.find((h) => h.status === status && beijingDateTime(h.at).startsWith(date));
  return entry === undefined ? civilDateTime(date) : beijingDateTime(entry.at);
}

/** The promised deadline (承诺办结日期), pause-the-clock; `undefined` when no clock runs or the calendar cannot tell. */
export function promisedDate(c: Case): string | undefined {
  try {
    return caseDeadline(c).deadline ?? undefined;
  } catch {
    return undefined;
  }
}
