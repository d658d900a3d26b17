import { fromDayNumber, toDayNumber, type CivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import { runDeadline } from './deadline.js';
import { parseDeadlineInput, type DeadlineInput } from './deadline-input.js';
import { calendarMessages } from '../i18n/messages/calendar.js';

/**
 * Where a case stands against its deadline:
 * - `on-track`: more than the due-soon threshold of working days left;
 * - `due-soon`: between 0 and the threshold working days left (the deadline day itself: 0 left);
 * - `overdue`: today is after the deadline;
 * - `paused`: a suspension is open, the clock is stopped.
 */
export type DeadlineStatusKind = 'on-track' | 'due-soon' | 'overdue' | 'paused';

/** Options of {@link deadlineStatus}. */
export interface DeadlineStatusOptions {
  /** `due-soon` when at most this many working days are left; default 3. */
  readonly dueSoonWorkingDays?: number;
}

/** Result of {@link deadlineStatus}. */
export interface DeadlineStatus {
  /** Where the case stands; see {@link DeadlineStatusKind}. */
  readonly status: DeadlineStatusKind;
  /** The deadline date, or `null` while a suspension is open. */
  readonly deadline: CivilDate | null;
  /**
   * Countable working days after today up to the deadline (0 on the deadline day). When overdue,
   * minus the working days after the deadline up to today (0 on a day off right after it, so
   * test `status`, not the sign). `null` while paused.
   */
  readonly remainingWorkingDays: number | null;
  /** True when a year without a published notice was consulted. */
  readonly provisional: boolean;
}

/**
 * The status of a case on `today` (`YYYY-MM-DD`, Asia/Shanghai): computes the deadline as
 * `computeDeadline` does, then compares.
 *
 * @example
 * ```ts
 * deadlineStatus({ acceptedOn: '2026-03-02', limit: { value: 5, unit: 'workingDay' } }, '2026-03-06');
 * // { status: 'due-soon', deadline: '2026-03-09', remainingWorkingDays: 1, provisional: false }
 * ```
 * @throws {@link SijitongError} as `computeDeadline`; `DATE_INVALID` for `today`;
 * `WORKING_DAYS_INVALID` for a bad threshold.
 */
export function deadlineStatus(input: DeadlineInput, today: CivilDate, options: DeadlineStatusOptions = {}): DeadlineStatus {
  const threshold: unknown = options.dueSoonWorkingDays ?? 3;
  if (typeof threshold !== 'number' || !Number.isSafeInteger(threshold) || threshold < 0) {
    throw new SijitongError(calendarMessages, 'WORKING_DAYS_INVALID', { value: String(threshold) }, { path: ['dueSoonWorkingDays'] });
  }
  const p = parseDeadlineInput(input);
  const now = toDayNumber(today, ['today']);
  const { index } = p;
  index.check(now);
  const run = runDeadline(p);
  if (run.deadline < 0) {
    return { status: 'paused', deadline: null, remainingWorkingDays: null, provisional: run.provisional };
  }
  const due = run.deadline;
  const provisional = run.provisional || index.provisionalSpan(Math.min(now, due), Math.max(now, due));
  const deadline = fromDayNumber(due);
  if (now > due) {
    return { status: 'overdue', deadline, remainingWorkingDays: index.countThrough(due) - index.countThrough(now), provisional };
  }
  const start = Math.max(now, p.accepted);
  let remaining = index.countThrough(due) - index.countThrough(start);
  // Working days of closed suspensions between today and the deadline do not count.
  for (let i = 0; i < p.from.length; i++) {
    const lo = Math.max((p.from[i] as number) - 1, start);
    const hi = Math.min(p.to[i] as number, due);
    if (hi > lo) remaining -= index.countThrough(hi) - index.countThrough(lo);
  }
  return { status: remaining <= threshold ? 'due-soon' : 'on-track', deadline, remainingWorkingDays: remaining, provisional };
}
