import * as z from 'zod/mini';
import { toDayNumber } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import type { Case, CaseHistoryEntry, CaseSuspension } from './case.js';
import { CASE_EVENT_TYPES, caseEventSchema, type CaseEvent, type CaseEventType } from './events.js';
import { compact, errorFromZod } from './issues.js';
import { isTerminalCaseStatus, type CaseStatus } from './status.js';
import { calendarMessages } from '../i18n/messages/calendar.js';
import { casesMessages } from '../i18n/messages/cases.js';

/**
 * Whether a case has been accepted (受理) yet, i.e. whether its deadline clock has started. The
 * same event can lead to different states in the two phases (a correction before acceptance goes
 * back to pre-review; one after acceptance goes back to processing).
 */
export type CasePhase = 'beforeAcceptance' | 'afterAcceptance';

/** Where an event leads: one state, or one per {@link CasePhase} (absent = not allowed then). */
export type TransitionTarget =
  | CaseStatus
  | {
      /** The state reached before acceptance. */
      readonly beforeAcceptance?: CaseStatus;
      /** The state reached after acceptance. */
      readonly afterAcceptance?: CaseStatus;
    };

/**
 * The canonical lifecycle as data: for each state, the events it accepts and where they lead.
 * Everything not listed is refused with `CASE_TRANSITION_NOT_ALLOWED`.
 *
 * - 收件 and 预审 both end in 受理, 不予受理 or 补齐补正 (a window may accept on the spot).
 * - 补齐补正 **before** acceptance stops no clock (none has started) and returns to 预审;
 *   **after** acceptance it opens a `correction` suspension and returns to 审查 (`processing`).
 * - 挂起 (special procedures) opens a `specialProcedure` suspension; `resume` closes it.
 * - 办结 is one state, `concluded`; the decision (approved/denied) is `result.decision`, because
 *   native lists have a single 办结 code and the decision is a property of the result.
 * - `extend` keeps the state and records an extension.
 */
export const CASE_TRANSITIONS: { readonly [S in CaseStatus]: { readonly [E in CaseEventType]?: TransitionTarget } } = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    startPreReview: 'preReview',
    accept: 'accepted',
    reject: 'notAccepted',
    requestCorrection: 'correctionRequested',
    withdraw: 'withdrawn',
  },
  preReview: { accept: 'accepted', reject: 'notAccepted', requestCorrection: 'correctionRequested', withdraw: 'withdrawn' },
  correctionRequested: {
    reject: { beforeAcceptance: 'notAccepted' },
    supplyCorrection: { beforeAcceptance: 'preReview', afterAcceptance: 'processing' },
    extend: { afterAcceptance: 'correctionRequested' },
    withdraw: 'withdrawn',
  },
  accepted: {
    requestCorrection: 'correctionRequested',
    startProcessing: 'processing',
    suspend: 'suspended',
    extend: 'accepted',
    conclude: 'concluded',
    withdraw: 'withdrawn',
  },
  processing: {
    requestCorrection: 'correctionRequested',
    suspend: 'suspended',
    extend: 'processing',
    conclude: 'concluded',
    withdraw: 'withdrawn',
  },
  suspended: { resume: 'processing', extend: 'suspended', withdraw: 'withdrawn' },
  notAccepted: {},
  concluded: {},
  withdrawn: {},
};

/** The phase of `c`: after acceptance once it has an `acceptedOn`. */
export function casePhase(c: Pick<Case, 'acceptedOn'>): CasePhase {
  return c.acceptedOn === undefined ? 'beforeAcceptance' : 'afterAcceptance';
}

function resolve(target: TransitionTarget | undefined, phase: CasePhase | undefined): CaseStatus | undefined {
  if (target === undefined || typeof target === 'string') return target;
  return phase === undefined ? (target.beforeAcceptance ?? target.afterAcceptance) : target[phase];
}

/**
 * The events a case in `status` accepts, in lifecycle order. Give `phase` to get the exact list for
 * a case (see {@link casePhase}); without it, events allowed in either phase are listed.
 */
export function allowedEvents(status: CaseStatus, phase?: CasePhase): readonly CaseEventType[] {
  const row = CASE_TRANSITIONS[status];
  return CASE_EVENT_TYPES.filter((type) => resolve(row[type], phase) !== undefined);
}

/** The outcome of {@link transitionCase}: the new case, or why the event was refused. */
export type TransitionResult =
  | {
      /** The event was applied. */
      readonly ok: true;
      /** The new case (the input is unchanged). */
      readonly case: Case;
    }
  | {
      /** The event was refused. */
      readonly ok: false;
      /** Why, with a stable code and params. */
      readonly error: SijitongError;
    };

function closeSuspension(suspensions: readonly CaseSuspension[], on: string): CaseSuspension[] {
  let index = suspensions.length - 1;
  while (index >= 0 && suspensions[index]?.to !== undefined) index--;
  if (index < 0) return [...suspensions];
  const open = suspensions[index] as CaseSuspension;
  if (toDayNumber(on) < toDayNumber(open.from)) {
    throw new SijitongError(calendarMessages, 'SUSPENSION_INVERTED', { from: open.from, to: on }, { path: ['on'] });
  }
  return suspensions.map((s, i) => (i === index ? { ...s, to: on } : s));
}

/** Appends a suspension from `from`, which must follow acceptance and every earlier suspension. */
function openSuspension(c: Case, suspension: CaseSuspension): CaseSuspension[] {
  const from = toDayNumber(suspension.from);
  if (c.acceptedOn !== undefined && from < toDayNumber(c.acceptedOn)) {
    throw new SijitongError(calendarMessages, 'SUSPENSION_BEFORE_ACCEPTANCE', { from: suspension.from, acceptedOn: c.acceptedOn }, { path: ['on'] });
  }
  for (const s of c.suspensions) {
    if (s.to === undefined || from <= toDayNumber(s.to)) {
      const first = `${s.from}..${s.to ?? ''}`;
      throw new SijitongError(calendarMessages, 'SUSPENSION_OVERLAP', { first, second: `${suspension.from}..` }, { path: ['on'] });
    }
  }
  return [...c.suspensions, suspension];
}

/** The case fields an event changes besides status and history. */
function effects(c: Case, e: CaseEvent): Partial<Case> {
  switch (e.type) {
    case 'accept':
      return { acceptedOn: e.on };
    case 'requestCorrection':
      return casePhase(c) === 'afterAcceptance'
        ? { suspensions: openSuspension(c, { from: e.on, reason: 'correction' }) }
        : {};
    case 'supplyCorrection':
    case 'resume':
      return { suspensions: closeSuspension(c.suspensions, e.on) };
    case 'suspend':
      return { suspensions: openSuspension(c, compact({ from: e.on, reason: e.reason, procedure: e.procedure })) };
    case 'extend':
      return { extensions: [...c.extensions, compact({ workingDays: e.workingDays, approvedOn: e.approvedOn, reason: e.reason })] };
    case 'conclude':
      return compact({
        concludedOn: e.on,
        feeFen: e.feeFen,
        result: compact({
          decision: e.decision,
          name: e.name,
          licenceNumber: e.licenceNumber,
          issuedOn: e.issuedOn ?? (e.decision === 'approved' ? e.on : undefined),
          reason: e.reason,
        }),
      });
    default:
      return {};
  }
}

function historyEntry(e: CaseEvent, status: CaseStatus): CaseHistoryEntry {
  return compact({
    at: e.at,
    status,
    event: e.type,
    step: e.step,
    opinion: e.opinion,
    reason: 'reason' in e && e.type !== 'suspend' ? e.reason : undefined,
    items: e.type === 'requestCorrection' ? e.items : undefined,
    department: e.department,
    handler: e.handler,
  });
}

/**
 * Applies `event` to `c` and returns a **new** case; `c` is never modified. The event is validated
 * first (bad dates come back with their path, e.g. `['on']`). Refusals:
 *
 * - `CASE_ALREADY_CLOSED` — the case is 不予受理, 办结 or 退件/撤回;
 * - `CASE_TRANSITION_NOT_ALLOWED` — `params.allowed` lists the events the case accepts now;
 * - `JOINT_CONCLUSION_NEEDS_SUBCASES` — a joint-approval parent concludes only through
 *   {@link concludeJointCase}, which checks its sub-cases;
 * - `SUSPENSION_INVERTED`, `SUSPENSION_OVERLAP`, `SUSPENSION_BEFORE_ACCEPTANCE` — the dates of a
 *   suspension would not fit the clock (path `['on']`).
 *
 * Suspension dates are inclusive days without clock, as `computeDeadline` counts them: the `on` of
 * `requestCorrection`/`suspend` is the first such day, the `on` of `supplyCorrection`/`resume` the
 * last. A withdrawal leaves an open suspension as it is. A status change drops `nativeStatus`, which
 * described the previous state.
 */
export function transitionCase(c: Case, event: CaseEvent): TransitionResult {
  if (c.subCases !== undefined && c.subCases.length > 0 && event.type === 'conclude') {
    return { ok: false, error: new SijitongError(casesMessages, 'JOINT_CONCLUSION_NEEDS_SUBCASES', { number: c.number }) };
  }
  return applyTransition(c, event);
}

/** {@link transitionCase} without the joint-approval guard. @internal */
export function applyTransition(c: Case, event: CaseEvent): TransitionResult {
  const parsed = z.safeParse(caseEventSchema, event);
  if (!parsed.success) return { ok: false, error: errorFromZod(parsed.error) };
  const e = parsed.data;
  if (isTerminalCaseStatus(c.status)) {
    return { ok: false, error: new SijitongError(casesMessages, 'CASE_ALREADY_CLOSED', { number: c.number, status: c.status, event: e.type }) };
  }
  const phase = casePhase(c);
  const to = resolve(CASE_TRANSITIONS[c.status][e.type], phase);
  if (to === undefined) {
    const allowed = allowedEvents(c.status, phase).join(', ');
    return {
      ok: false,
      error: new SijitongError(casesMessages, 'CASE_TRANSITION_NOT_ALLOWED', { number: c.number, status: c.status, event: e.type, allowed }),
    };
  }
  try {
    const { nativeStatus: _stale, ...rest } = c;
    const base = to === c.status ? c : rest;
    const next: Case = { ...base, ...effects(c, e), status: to, history: [...c.history, historyEntry(e, to)] };
    return { ok: true, case: next };
  } catch (error) {
    if (error instanceof SijitongError) return { ok: false, error };
    throw error;
  }
}
