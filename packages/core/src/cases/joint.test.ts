import { describe, expect, it } from 'vitest';
import { acceptedCase, applyEvents as run, tenAm as t } from '../fixtures/testing.js';
import type { Case } from './case.js';
import type { CaseEventOf } from './events.js';
import { aggregateStatus, concludeJointCase, createJointCase, jointDeadline, jointFeeFen } from './joint.js';
import { transitionCase } from './transitions.js';

const parentCase: Case = { ...acceptedCase, number: 'BL-2026-7', status: 'processing', nativeStatus: { code: '12' } };
const approve = (day: string, feeFen?: number): CaseEventOf<'conclude'> => ({
  type: 'conclude',
  at: t(day),
  on: day,
  decision: 'approved',
  ...(feeFen === undefined ? {} : { feeFen }),
});

function joint() {
  return createJointCase(parentCase, [
    { department: '县市场监管局' },
    { department: '县卫生健康局', limit: { value: 10, unit: 'workingDay' } },
    { department: '县消防救援大队', number: 'XF-001' },
  ]);
}

describe('createJointCase', () => {
  it('makes one sub-case per department, sharing applicant and acceptance', () => {
    const { parent, subCases } = joint();
    expect(parent.subCases).toEqual(['BL-2026-7-01', 'BL-2026-7-02', 'XF-001']);
    expect(parentCase.subCases).toBeUndefined();
    expect(subCases.map((s) => [s.number, s.department, s.parentNumber, s.status, s.acceptedOn])).toEqual([
      ['BL-2026-7-01', '县市场监管局', 'BL-2026-7', 'processing', '2026-09-25'],
      ['BL-2026-7-02', '县卫生健康局', 'BL-2026-7', 'processing', '2026-09-25'],
      ['XF-001', '县消防救援大队', 'BL-2026-7', 'processing', '2026-09-25'],
    ]);
    expect(subCases[0]?.applicant).toBe(parentCase.applicant);
    expect(subCases[1]?.limit).toEqual({ value: 10, unit: 'workingDay' });
    expect(subCases[0]).toMatchObject({ history: [], suspensions: [], extensions: [] });
    expect(subCases[0]?.nativeStatus).toBeUndefined();
  });

  it('rejects no department and duplicates', () => {
    expect(() => createJointCase(parentCase, [])).toThrowError(expect.objectContaining({ code: 'JOINT_NO_DEPARTMENTS' }));
    expect(() => createJointCase(parentCase, [{ department: 'A' }, { department: 'A' }])).toThrowError(
      expect.objectContaining({ code: 'JOINT_DEPARTMENT_DUPLICATE', path: [1, 'department'] }),
    );
    expect(() => createJointCase(parentCase, [{ department: 'A', number: 'N' }, { department: 'B', number: 'N' }])).toThrowError(
      expect.objectContaining({ code: 'JOINT_SUBCASE_DUPLICATE', params: { number: 'N' } }),
    );
  });
});

describe('aggregateStatus and conclusion', () => {
  it('stays processing while any sub-case is open and blocks the conclusion, naming them', () => {
    const { parent, subCases } = joint();
    const [a, b, c] = subCases as [Case, Case, Case];
    const aDone = run(a, approve('2026-09-30', 1500));
    const agg = aggregateStatus(parent, [aDone, b, c]);
    expect(agg).toEqual({ status: 'processing', open: ['BL-2026-7-02', 'XF-001'], decision: null, readyToConclude: false });

    const r = concludeJointCase(parent, [aDone, b, c], approve('2026-10-09'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('JOINT_SUBCASE_OPEN');
    expect(r.error.params.open).toBe('BL-2026-7-02, XF-001');
    expect(r.error.message).toContain('BL-2026-7-02, XF-001');
    expect(r.error.localized('en')).toContain('still has open sub-cases: BL-2026-7-02, XF-001');

    // A sub-case the parent lists but that was not supplied counts as open.
    const missing = concludeJointCase(parent, [aDone], approve('2026-10-09'));
    expect(missing.ok || missing.error.params.open).toBe('BL-2026-7-02, XF-001');
  });

  it('refuses the plain transition on a joint parent', () => {
    const { parent } = joint();
    const r = transitionCase(parent, approve('2026-10-09'));
    expect(r.ok || r.error.code).toBe('JOINT_CONCLUSION_NEEDS_SUBCASES');
  });

  it('shows correction and suspension of sub-cases', () => {
    const { parent, subCases } = joint();
    const [a, b, c] = subCases as [Case, Case, Case];
    const aFix = run(a, { type: 'requestCorrection', at: t('2026-09-29'), on: '2026-09-29' });
    expect(aggregateStatus(parent, [aFix, b, c]).status).toBe('correctionRequested');
    const stop = (s: Case) => run(s, { type: 'suspend', at: t('2026-09-29'), on: '2026-09-29', reason: 'specialProcedure' });
    expect(aggregateStatus(parent, [stop(a), b, c]).status).toBe('processing');
    expect(aggregateStatus(parent, [stop(a), stop(b), stop(c)]).status).toBe('suspended');
    const early = subCases.map((s) => ({ ...s, status: 'submitted' as const }));
    expect(aggregateStatus(parent, [{ ...early[0]!, status: 'preReview' }, early[1]!, early[2]!]).status).toBe('submitted');
  });

  it('concludes with one result and one fee when all approved', () => {
    const { parent, subCases } = joint();
    const done = subCases.map((s, i) => run(s, approve('2026-10-08', [1500, 2000, 0][i])));
    expect(aggregateStatus(parent, done)).toEqual({ status: 'processing', open: [], decision: 'approved', readyToConclude: true });
    expect(jointFeeFen(done)).toBe(3500);
    const r = concludeJointCase(parent, done, { ...approve('2026-10-09'), name: '食品经营许可证', licenceNumber: 'JY1' });
    if (!r.ok) throw r.error;
    expect(r.case).toMatchObject({ status: 'concluded', feeFen: 3500, result: { decision: 'approved', name: '食品经营许可证', licenceNumber: 'JY1' } });
    const denied = concludeJointCase(parent, done, { type: 'conclude', at: t('2026-10-09'), on: '2026-10-09', decision: 'denied', reason: 'x' });
    expect(denied.ok || [denied.error.code, denied.error.params]).toEqual(['JOINT_DECISION_MISMATCH', { decision: 'denied', expected: 'approved' }]);
  });

  it('any denial makes the joint decision denied; withdrawals without denial mean withdrawn', () => {
    const { parent, subCases } = joint();
    const [a, b, c] = subCases as [Case, Case, Case];
    const deny = run(b, { type: 'conclude', at: t('2026-10-08'), on: '2026-10-08', decision: 'denied', reason: '消防验收不合格' });
    const ok = [run(a, approve('2026-10-08')), deny, run(c, approve('2026-10-08'))];
    expect(aggregateStatus(parent, ok)).toMatchObject({ decision: 'denied', readyToConclude: true });
    const withdrawn = run(b, { type: 'withdraw', at: t('2026-10-08'), on: '2026-10-08' });
    expect(aggregateStatus(parent, [ok[0]!, withdrawn, ok[2]!])).toEqual({ status: 'withdrawn', open: [], decision: null, readyToConclude: false });
  });

  it('rejects a sub-case of another parent', () => {
    const { parent, subCases } = joint();
    expect(() => aggregateStatus(parent, [{ ...subCases[0]!, parentNumber: 'OTHER' }])).toThrowError(
      expect.objectContaining({ code: 'JOINT_SUBCASE_FOREIGN' }),
    );
  });
});

describe('jointDeadline', () => {
  it('is the latest sub-case deadline; open ones without a deadline make it a lower bound', () => {
    const { parent, subCases } = joint();
    const [a, b, c] = subCases as [Case, Case, Case];
    // Parent and a, c: 5 working days → 2026-10-09. b: 10 working days → 10-10, 10-12, 10-13, 10-14, 10-15.
    expect(jointDeadline(parent, subCases)).toEqual({ deadline: '2026-10-15', setBy: 'BL-2026-7-02', lowerBound: false, provisional: false });
    const cPaused = run(c, { type: 'suspend', at: t('2026-09-29'), on: '2026-09-29', reason: 'specialProcedure' });
    expect(jointDeadline(parent, [a, b, cPaused])).toMatchObject({ deadline: '2026-10-15', lowerBound: true });
    const { limit: _l, ...parentNoLimit } = parent;
    const onlyA = jointDeadline(parentNoLimit, [a]);
    expect(onlyA).toMatchObject({ deadline: '2026-10-09', setBy: 'BL-2026-7-01' });
  });
});
