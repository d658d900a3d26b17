import { EventEmitter } from 'eventemitter3';
import type { WorkCalendar } from '../calendar/index.js';
import type { CivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import type { Case } from './case.js';
import { caseDeadlineStatus } from './deadline.js';
import type { CaseEvent } from './events.js';
import type { CaseStatus } from './status.js';
import { transitionCase, type TransitionResult } from './transitions.js';

/** Payload of `statusChanged`: the new case, the states before and after, and the event. */
export interface StatusChangedPayload {
  /** The case after the event. */
  readonly case: Case;
  /** The state before. */
  readonly from: CaseStatus;
  /** The state after. */
  readonly to: CaseStatus;
  /** The event applied. */
  readonly event: CaseEvent;
}

/** Payload of `deadlineDueSoon`: at most `dueSoonWorkingDays` working days are left. */
export interface DeadlineDueSoonPayload {
  /** The case as given to `check`. */
  readonly case: Case;
  /** Its deadline. */
  readonly deadline: CivilDate;
  /** Working days after today up to the deadline (0 on the deadline day). */
  readonly remainingWorkingDays: number;
}

/** Payload of `deadlineOverdue`: today is after the deadline. */
export interface DeadlineOverduePayload {
  /** The case as given to `check`. */
  readonly case: Case;
  /** The deadline that passed. */
  readonly deadline: CivilDate;
  /** Working days after the deadline up to today (0 on a day off right after it). */
  readonly overdueWorkingDays: number;
}

/** The events of a {@link CaseMonitor} and their listeners. */
export interface CaseMonitorEvents {
  /** A case moved to another state through {@link CaseMonitor.apply}. */
  statusChanged: (payload: StatusChangedPayload) => void;
  /** A running deadline is near (found by {@link CaseMonitor.check}). */
  deadlineDueSoon: (payload: DeadlineDueSoonPayload) => void;
  /** A deadline has passed (found by {@link CaseMonitor.check}). */
  deadlineOverdue: (payload: DeadlineOverduePayload) => void;
}

/** Options of {@link createCaseMonitor}. */
export interface CaseMonitorOptions {
  /** The working-day calendar; default the mainland one. */
  readonly calendar?: WorkCalendar;
  /** `deadlineDueSoon` when at most this many working days are left; default 3. */
  readonly dueSoonWorkingDays?: number;
}

/** A case whose deadline {@link CaseMonitor.check} could not compute, and why. */
export interface CaseCheckFailure {
  /** The case as given. */
  readonly case: Case;
  /** The error of the deadline clock (bad dates, calendar out of range…). */
  readonly error: SijitongError;
}

/** What one {@link CaseMonitor.check} found. */
export interface CaseCheckReport {
  /** Cases for which `deadlineDueSoon` was emitted by this call. */
  readonly dueSoon: readonly DeadlineDueSoonPayload[];
  /** Cases for which `deadlineOverdue` was emitted by this call. */
  readonly overdue: readonly DeadlineOverduePayload[];
  /** Cases whose deadline could not be computed (bad dates, calendar out of range…). */
  readonly failures: readonly CaseCheckFailure[];
}

/**
 * Applies lifecycle events and watches deadlines, emitting typed events (eventemitter3).
 *
 * Deduplication: `check` emits `deadlineDueSoon` or `deadlineOverdue` once per case number, kind
 * and deadline date. Checking again the next day stays silent; moving from due-soon to overdue
 * emits again; an extension that moves the deadline re-arms it; a case that is back on track,
 * paused or closed is forgotten, so a later alert fires again.
 */
export class CaseMonitor {
  private readonly emitter = new EventEmitter<CaseMonitorEvents>();
  private readonly notified = new Map<string, string>();
  private readonly options: CaseMonitorOptions;

  /** Prefer {@link createCaseMonitor}. */
  constructor(options: CaseMonitorOptions = {}) {
    this.options = options;
  }

  /** Adds a listener for `event`. */
  on<E extends keyof CaseMonitorEvents>(event: E, listener: CaseMonitorEvents[E]): this {
    this.emitter.on(event, listener as never);
    return this;
  }

  /** Adds a listener for the next `event` only. */
  once<E extends keyof CaseMonitorEvents>(event: E, listener: CaseMonitorEvents[E]): this {
    this.emitter.once(event, listener as never);
    return this;
  }

  /** Removes a listener (or all listeners of `event` when `listener` is left out). */
  off<E extends keyof CaseMonitorEvents>(event: E, listener?: CaseMonitorEvents[E]): this {
    this.emitter.off(event, listener as never);
    return this;
  }

  /**
   * {@link transitionCase}, then `statusChanged` when the state changed (an `extend` keeps the
   * state and emits nothing). Returns the transition's result; a refusal emits nothing.
   */
  apply(c: Case, event: CaseEvent): TransitionResult {
    const result = transitionCase(c, event);
    if (result.ok && result.case.status !== c.status) {
      this.emitter.emit('statusChanged', { case: result.case, from: c.status, to: result.case.status, event });
    }
    return result;
  }

  /** Checks every case's deadline on `today` and emits due-soon and overdue alerts (deduplicated). */
  check(cases: Iterable<Case>, today: CivilDate): CaseCheckReport {
    const dueSoon: DeadlineDueSoonPayload[] = [];
    const overdue: DeadlineOverduePayload[] = [];
    const failures: CaseCheckFailure[] = [];
    for (const c of cases) {
      let status;
      try {
        status = caseDeadlineStatus(c, today, this.options);
      } catch (error) {
        if (!(error instanceof SijitongError)) throw error;
        failures.push({ case: c, error });
        continue;
      }
      if (status === null || status.deadline === null || (status.status !== 'due-soon' && status.status !== 'overdue')) {
        this.notified.delete(c.number);
        continue;
      }
      const key = `${status.status}:${status.deadline}`;
      if (this.notified.get(c.number) === key) continue;
      this.notified.set(c.number, key);
      const remaining = status.remainingWorkingDays ?? 0;
      if (status.status === 'due-soon') {
        const payload = { case: c, deadline: status.deadline, remainingWorkingDays: remaining };
        dueSoon.push(payload);
        this.emitter.emit('deadlineDueSoon', payload);
      } else {
        const payload = { case: c, deadline: status.deadline, overdueWorkingDays: Math.max(0, -remaining) };
        overdue.push(payload);
        this.emitter.emit('deadlineOverdue', payload);
      }
    }
    return { dueSoon, overdue, failures };
  }

  /** Forgets every alert already sent, so the next `check` reports them again. */
  reset(): void {
    this.notified.clear();
  }
}

/**
 * A {@link CaseMonitor}.
 * @example
 * ```ts
 * const monitor = createCaseMonitor({ dueSoonWorkingDays: 2 });
 * monitor.on('deadlineOverdue', ({ case: c, overdueWorkingDays }) => notify(c.number, overdueWorkingDays));
 * monitor.check(openCases, '2026-10-12');
 * ```
 */
export function createCaseMonitor(options: CaseMonitorOptions = {}): CaseMonitor {
  return new CaseMonitor(options);
}
