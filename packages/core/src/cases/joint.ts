import type { CivilDate } from '../dates/civil-date.js';
import { SijitongError } from '../errors.js';
import type { Case, CaseItem, CaseLimit } from './case.js';
import { caseDeadline, type CaseDeadlineOptions } from './deadline.js';
import type { CaseEventOf } from './events.js';
import { isTerminalCaseStatus, type CaseDecision, type CaseStatus } from './status.js';
import { applyTransition, type TransitionResult } from './transitions.js';
import { casesMessages } from '../i18n/messages/cases.js';

/** One department taking part in a joint approval (并联办理). */
export interface JointDepartment {
  /** The department's name or code; one sub-case per department. */
  readonly department: string;
  /** The sub-case number; default `<parent number>-01`, `-02`… in list order. */
  readonly number?: string;
  /** The department's own item version; default the parent's. */
  readonly item?: CaseItem;
  /** The department's promised limit; default the parent's. */
  readonly limit?: CaseLimit;
}

/** A joint approval: the parent case (listing its sub-cases) and one sub-case per department. */
export interface JointCase {
  /** The parent case, with `subCases` listing the sub-case numbers. */
  readonly parent: Case;
  /** One sub-case per department, in the order given. */
  readonly subCases: readonly Case[];
}

/**
 * Splits `parent` into one sub-case per department. Sub-cases share the applicant, agent, channel,
 * receipt time, materials (一套材料) and the parent's state and `acceptedOn`, and start with empty
 * history, suspensions and extensions; they carry `parentNumber`. The returned parent lists them
 * in `subCases`.
 * @throws {@link SijitongError} `JOINT_NO_DEPARTMENTS`, `JOINT_DEPARTMENT_DUPLICATE` or
 * `JOINT_SUBCASE_DUPLICATE` (path: index in `departments`).
 */
export function createJointCase(parent: Case, departments: readonly JointDepartment[]): JointCase {
  if (departments.length === 0) throw new SijitongError(casesMessages, 'JOINT_NO_DEPARTMENTS');
  const seenDepartments = new Set<string>();
  const seenNumbers = new Set<string>();
  const {
    nativeStatus: _n,
    result: _r,
    satisfaction: _s,
    feeFen: _f,
    concludedOn: _c,
    subCases: _sc,
    parentNumber: _p,
    ...shared
  } = parent;
  const subCases = departments.map((d, i): Case => {
    if (seenDepartments.has(d.department)) {
      throw new SijitongError(casesMessages, 'JOINT_DEPARTMENT_DUPLICATE', { department: d.department }, { path: [i, 'department'] });
    }
    seenDepartments.add(d.department);
    const number = d.number ?? `${parent.number}-${String(i + 1).padStart(2, '0')}`;
    if (seenNumbers.has(number) || number === parent.number) {
      throw new SijitongError(casesMessages, 'JOINT_SUBCASE_DUPLICATE', { number }, { path: [i, 'number'] });
    }
    seenNumbers.add(number);
    const limit = d.limit ?? parent.limit;
    return {
      ...shared,
      number,
      parentNumber: parent.number,
      department: d.department,
      item: d.item ?? parent.item,
      ...(limit === undefined ? {} : { limit }),
      history: [],
      suspensions: [],
      extensions: [],
    };
  });
  return { parent: { ...parent, subCases: subCases.map((s) => s.number) }, subCases };
}

/** What the sub-cases of a joint approval say about the parent; see {@link aggregateStatus}. */
export interface JointStatus {
  /** The state the parent should show. */
  readonly status: CaseStatus;
  /** Numbers of sub-cases still open, including listed sub-cases that were not supplied. */
  readonly open: readonly string[];
  /** Once every sub-case is closed: the joint decision, or `null` (withdrawn; see the rule). */
  readonly decision: CaseDecision | null;
  /** True when {@link concludeJointCase} may run (all closed and a decision exists). */
  readonly readyToConclude: boolean;
}

const PRE_ACCEPTANCE: readonly CaseStatus[] = ['draft', 'submitted', 'preReview'];

function checkedSubCases(parent: Case, subCases: readonly Case[]): { open: string[]; closed: Case[]; openCases: Case[] } {
  const byNumber = new Map<string, Case>();
  for (const s of subCases) {
    if (s.parentNumber !== parent.number) {
      throw new SijitongError(casesMessages, 'JOINT_SUBCASE_FOREIGN', { number: s.number, parent: parent.number });
    }
    byNumber.set(s.number, s);
  }
  const listed = parent.subCases ?? [...byNumber.keys()];
  const open: string[] = [];
  const closed: Case[] = [];
  const openCases: Case[] = [];
  for (const number of listed) {
    const s = byNumber.get(number);
    if (s !== undefined && isTerminalCaseStatus(s.status)) closed.push(s);
    else {
      open.push(number);
      if (s !== undefined) openCases.push(s);
    }
  }
  return { open, closed, openCases };
}

/**
 * Aggregates the sub-cases of a joint approval. The rule:
 *
 * - A closed parent keeps its state.
 * - While any sub-case is open (a listed sub-case that was not supplied counts as open: the parent
 *   never concludes on missing data): `correctionRequested` if any open one waits for the applicant;
 *   else `processing` if any is accepted or processing, or some are already closed; else `suspended`
 *   if every open one is suspended (all clocks stopped); else the least advanced pre-acceptance state.
 * - Once all are closed: decision `approved` if every sub-case concluded approved; `denied` if any
 *   was denied or not accepted (one certificate needs every department's yes); otherwise some were
 *   withdrawn and none denied: status `withdrawn`, decision `null` (withdraw the parent).
 *
 * @throws {@link SijitongError} `JOINT_SUBCASE_FOREIGN` when a sub-case belongs to another parent.
 */
export function aggregateStatus(parent: Case, subCases: readonly Case[]): JointStatus {
  const { open, closed, openCases } = checkedSubCases(parent, subCases);
  if (isTerminalCaseStatus(parent.status)) {
    return { status: parent.status, open, decision: null, readyToConclude: false };
  }
  if (open.length > 0) {
    const statuses = openCases.map((s) => s.status);
    let status: CaseStatus;
    if (statuses.includes('correctionRequested')) status = 'correctionRequested';
    else if (statuses.some((s) => s === 'accepted' || s === 'processing') || closed.length > 0) status = 'processing';
    else if (statuses.length > 0 && statuses.every((s) => s === 'suspended')) status = 'suspended';
    else if (statuses.length > 0 && statuses.every((s) => PRE_ACCEPTANCE.includes(s))) {
      status = PRE_ACCEPTANCE.find((p) => statuses.includes(p)) as CaseStatus;
    } else status = statuses.length === 0 ? parent.status : 'processing';
    return { status, open, decision: null, readyToConclude: false };
  }
  if (closed.every((s) => s.status === 'concluded' && s.result?.decision === 'approved')) {
    return { status: 'processing', open, decision: 'approved', readyToConclude: true };
  }
  if (closed.some((s) => s.status === 'notAccepted' || (s.status === 'concluded' && s.result?.decision === 'denied'))) {
    return { status: 'processing', open, decision: 'denied', readyToConclude: true };
  }
  return { status: 'withdrawn', open, decision: null, readyToConclude: false };
}

/** The one fee of a joint approval: the sum of the sub-cases' `feeFen` (integers, in fen). */
export function jointFeeFen(subCases: readonly Case[]): number {
  return subCases.reduce((sum, s) => sum + (s.feeFen ?? 0), 0);
}

/**
 * Concludes the parent of a joint approval with one result. Refused with `JOINT_SUBCASE_OPEN`
 * (naming them in `params.open`) while any sub-case is open, and with `JOINT_DECISION_MISMATCH`
 * when `event.decision` contradicts {@link aggregateStatus}. The fee defaults to
 * {@link jointFeeFen}; otherwise it is {@link transitionCase} with a `conclude` event.
 */
export function concludeJointCase(parent: Case, subCases: readonly Case[], event: CaseEventOf<'conclude'>): TransitionResult {
  let joint: JointStatus;
  try {
    joint = aggregateStatus(parent, subCases);
  } catch (error) {
    if (error instanceof SijitongError) return { ok: false, error };
    throw error;
  }
  if (joint.open.length > 0) {
    return { ok: false, error: new SijitongError(casesMessages, 'JOINT_SUBCASE_OPEN', { number: parent.number, open: joint.open.join(', ') }) };
  }
  if (joint.decision !== event.decision) {
    const expected = joint.decision ?? joint.status;
    return { ok: false, error: new SijitongError(casesMessages, 'JOINT_DECISION_MISMATCH', { decision: event.decision, expected }, { path: ['decision'] }) };
  }
  return applyTransition(parent, { ...event, feeFen: event.feeFen ?? jointFeeFen(subCases) });
}

/** The combined deadline of a joint approval; see {@link jointDeadline}. */
export interface JointDeadline {
  /** The latest known deadline, or `null` when none is known yet. */
  readonly deadline: CivilDate | null;
  /** The number of the case (parent or sub-case) whose deadline it is. */
  readonly setBy: string | null;
  /**
   * True when an open sub-case has no known deadline yet (not accepted, or its clock is paused):
   * the real combined deadline can only be later than `deadline`.
   */
  readonly lowerBound: boolean;
  /** True when any deadline consulted a year without a published holiday notice. */
  readonly provisional: boolean;
}

/**
 * The combined deadline: the latest of the sub-cases' deadlines and of the parent's own (when the
 * parent has `acceptedOn` and a `limit` of its own, e.g. a promised joint limit). Closed sub-cases
 * still count with the deadline they had.
 * @throws {@link SijitongError} as {@link caseDeadline}.
 */
export function jointDeadline(parent: Case, subCases: readonly Case[], options: CaseDeadlineOptions = {}): JointDeadline {
  let deadline: CivilDate | null = null;
  let setBy: string | null = null;
  let lowerBound = false;
  let provisional = false;
  for (const c of [parent, ...subCases]) {
    const d = caseDeadline(c, options);
    provisional ||= d.provisional;
    if (d.deadline === null) {
      if (c !== parent && !isTerminalCaseStatus(c.status)) lowerBound = true;
      continue;
    }
    if (deadline === null || d.deadline > deadline) {
      deadline = d.deadline;
      setBy = c.number;
    }
  }
  return { deadline, setBy, lowerBound, provisional };
}
