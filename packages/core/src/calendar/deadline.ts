/**
 * The deadline clock (办结时限): from acceptance, count the limit; suspensions stop the clock;
 * extensions add working days. Always recomputed from `acceptedOn` (pause-the-clock), never by
 * shifting a stored date, so correcting a suspension corrects the deadline.
 */
import { fromDayNumber, type CivilDate } from '../dates/civil-date.js';
import { parseDeadlineInput, type DeadlineInput, type ParsedDeadlineInput } from './deadline-input.js';

/** Result of {@link computeDeadline}. */
export interface DeadlineResult {
  /** The deadline date, or `null` while a suspension is open (the clock is stopped). */
  readonly deadline: CivilDate | null;
  /**
   * True when a year without a published holiday notice was consulted (statutory fallback): the
   * date may still move when that year's notice is loaded.
   */
  readonly provisional: boolean;
  /** The first day of the open suspension, or `null` when the clock is running. */
  readonly pausedSince: CivilDate | null;
  /** Working days inside closed suspensions that did not count (suspensions after the deadline excluded). */
  readonly suspendedWorkingDays: number;
  /**
   * The working days counted: limit + extensions for a `workingDay` limit; only the extensions'
   * working days for a `naturalDay` limit.
   */
  readonly limitWorkingDays: number;
}

/** The clock's outcome as day numbers. @internal */
export interface DeadlineRun {
  /** Deadline day number, or -1 while paused. */
  readonly deadline: number;
  /** Start of the open suspension, or -1. */
  readonly pausedSince: number;
  readonly suspended: number;
  readonly provisional: boolean;
}

/**
 * Runs the clock. Suspensions are consumed in order from index `i`; a suspension starting after
 * the deadline is never reached, so it never moves it.
 * @internal
 */
export function runDeadline(p: ParsedDeadlineInput): DeadlineRun {
  const { index, from, to } = p;
  const n = from.length;
  let cursor = p.accepted;
  let suspended = 0;
  let i = 0;
  let remaining: number;

  if (p.natural) {
    // Natural days after acceptedOn, suspended days not counting (Civil Code art. 201).
    remaining = p.limit;
    for (; i < n; i++) {
      const f = from[i] as number;
      const available = Math.max(0, f - 1 - cursor);
      if (available >= remaining) break;
      remaining -= available;
      const t = to[i] as number;
      if (t < 0) return finish(p, -1, f, suspended);
      suspended += index.countThrough(t) - index.countThrough(Math.max(f - 1, cursor));
      cursor = t;
    }
    cursor += remaining;
    // Extensions: working days after the natural-day deadline. Without any, a deadline on a day
    // off moves to the next working day (Civil Code art. 203).
    remaining = p.extension > 0 ? p.extension : p.limit === 0 || index.isWorking(cursor) ? 0 : 1;
  } else {
    remaining = p.limit + p.extension;
  }

  for (; i < n; i++) {
    const f = from[i] as number;
    const before = Math.max(f - 1, cursor);
    const available = index.countThrough(before) - index.countThrough(cursor);
    if (available >= remaining) break;
    remaining -= available;
    const t = to[i] as number;
    if (t < 0) return finish(p, -1, f, suspended);
    suspended += index.countThrough(t) - index.countThrough(before);
    cursor = t;
  }
  return finish(p, remaining === 0 ? cursor : index.nthWorkingDayAfter(cursor, remaining), -1, suspended);
}

function finish(p: ParsedDeadlineInput, deadline: number, pausedSince: number, suspended: number): DeadlineRun {
  const provisional = p.index.provisionalSpan(p.accepted, deadline >= 0 ? deadline : pausedSince);
  return { deadline, pausedSince, suspended, provisional };
}

/**
 * Computes a case's deadline.
 *
 * - `workingDay` limit: the deadline is the day the (limit + extensions)-th countable working day
 *   after `acceptedOn` is reached; working days inside suspensions do not count.
 * - `naturalDay` limit: count natural days after `acceptedOn`, suspended days not counting; then
 *   any extensions as working days after that day; a deadline that falls on a day off (with no
 *   extension) moves to the next working day (Civil Code art. 203).
 * - A zero limit without extensions is due on `acceptedOn` itself.
 * - Suspensions are inclusive date ranges. While one is open, `deadline` is `null` and
 *   `pausedSince` says since when; one that starts after the deadline changes nothing.
 *
 * @example
 * ```ts
 * computeDeadline({ acceptedOn: '2026-09-25', limit: { value: 5, unit: 'workingDay' } }).deadline;
 * // '2026-10-09': 09-28, 09-29, 09-30, 10-08, 10-09 (10-01..07 off; the make-up 10-10 comes after)
 * ```
 * @throws {@link SijitongError} `DATE_INVALID`, `DEADLINE_LIMIT_INVALID`, `DEADLINE_UNIT_UNKNOWN`,
 * `EXTENSION_INVALID`, `SUSPENSION_INVERTED`, `SUSPENSION_OVERLAP`, `SUSPENSION_BEFORE_ACCEPTANCE`,
 * `SUSPENSION_OPEN_NOT_LAST`, `SCHEMA_INVALID_TYPE`, `CALENDAR_OUT_OF_RANGE`, each with a `path`.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const p = parseDeadlineInput(input);
  const run = runDeadline(p);
  return {
    deadline: run.deadline < 0 ? null : fromDayNumber(run.deadline),
    provisional: run.provisional,
    pausedSince: run.pausedSince < 0 ? null : fromDayNumber(run.pausedSince),
    suspendedWorkingDays: run.suspended,
    limitWorkingDays: p.natural ? p.extension : p.limit + p.extension,
  };
}
