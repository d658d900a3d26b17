import type { CivilDate } from '../dates/civil-date.js';
import {
  computeDeadline,
  deadlineStatus,
  type DeadlineInput,
  type DeadlineLimit,
  type DeadlineResult,
  type DeadlineStatus,
  type WorkCalendar,
} from '../calendar/index.js';
import type { Case } from './case.js';
import { isTerminalCaseStatus } from './status.js';

/** Options of {@link caseDeadline}. */
export interface CaseDeadlineOptions {
  /** The working-day calendar; default the mainland one (`chinaWorkCalendar`). */
  readonly calendar?: WorkCalendar;
}

/** Options of {@link caseDeadlineStatus}. */
export interface CaseDeadlineStatusOptions extends CaseDeadlineOptions {
  /** `due-soon` when at most this many working days are left; default 3. */
  readonly dueSoonWorkingDays?: number;
}

/** A case's deadline: `computeDeadline`'s result, plus whether the clock has started at all. */
export interface CaseDeadline extends DeadlineResult {
  /**
   * False when the case has no `acceptedOn` or no `limit` (not yet 受理, or no promised limit):
   * `deadline` is then `null` with `pausedSince` `null`, and the counts are 0.
   */
  readonly started: boolean;
}

const NOT_STARTED: CaseDeadline = {
  started: false,
  deadline: null,
  provisional: false,
  pausedSince: null,
  suspendedWorkingDays: 0,
  limitWorkingDays: 0,
};

/** The clock's input for a started case (`acceptedOn` and `limit` passed in, already checked). */
function deadlineInputOf(c: Case, acceptedOn: CivilDate, limit: DeadlineLimit, options: CaseDeadlineOptions): DeadlineInput {
  return {
    acceptedOn,
    limit,
    suspensions: c.suspensions,
    extensions: c.extensions,
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  };
}

/**
 * The deadline of `c`, always recomputed from `acceptedOn` + `limit` with its suspensions (补正
 * waits after acceptance, special procedures) and extensions: pause-the-clock, nothing stored.
 * @throws {@link SijitongError} as `computeDeadline` (e.g. `CALENDAR_OUT_OF_RANGE`,
 * `SUSPENSION_OVERLAP` with a path such as `['suspensions', 1]`).
 */
export function caseDeadline(c: Case, options: CaseDeadlineOptions = {}): CaseDeadline {
  if (c.acceptedOn === undefined || c.limit === undefined) return NOT_STARTED;
  return { started: true, ...computeDeadline(deadlineInputOf(c, c.acceptedOn, c.limit, options)) };
}

/**
 * Where `c` stands against its deadline on `today`, or `null` when no clock runs: not accepted
 * yet, no limit, or closed (不予受理, 办结, 退件/撤回).
 * @throws {@link SijitongError} as `deadlineStatus`.
 */
export function caseDeadlineStatus(c: Case, today: CivilDate, options: CaseDeadlineStatusOptions = {}): DeadlineStatus | null {
  if (c.acceptedOn === undefined || c.limit === undefined || isTerminalCaseStatus(c.status)) return null;
  return deadlineStatus(
    deadlineInputOf(c, c.acceptedOn, c.limit, options),
    today,
    options.dueSoonWorkingDays === undefined ? {} : { dueSoonWorkingDays: options.dueSoonWorkingDays },
  );
}
