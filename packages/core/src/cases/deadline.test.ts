import { describe, expect, it } from 'vitest';
import { acceptedCase, applyEvents as run, receivedCase, tenAm as t } from '../fixtures/testing.js';
import { caseDeadline, caseDeadlineStatus } from './deadline.js';

// Accepted Fri 2026-09-25 with 5 working days. 2026 National Day: 10-01..10-07 off, Sat 10-10 worked.
describe('caseDeadline around National Day 2026', () => {
  it('counts 5 working days over the holiday', () => {
    expect(caseDeadline(acceptedCase)).toMatchObject({ started: true, deadline: '2026-10-09', pausedSince: null, limitWorkingDays: 5 });
  });

  it('has no deadline before acceptance or without a limit', () => {
    expect(caseDeadline(receivedCase)).toEqual({
      started: false,
      deadline: null,
      provisional: false,
      pausedSince: null,
      suspendedWorkingDays: 0,
      limitWorkingDays: 0,
    });
    const { limit: _l, ...noLimit } = acceptedCase;
    expect(caseDeadline(noLimit).started).toBe(false);
    expect(caseDeadlineStatus(receivedCase, '2026-10-09')).toBeNull();
  });

  it('a correction after acceptance pauses the clock, supplying it restarts it', () => {
    // 09-28 counts (1); 09-29..10-09 paused (working days 09-29, 09-30, 10-08, 10-09 do not count);
    // then 10-10 (make-up Saturday, 2), 10-12 (3), 10-13 (4), 10-14 (5).
    const asked = run(acceptedCase, { type: 'requestCorrection', at: t('2026-09-29'), on: '2026-09-29' });
    expect(caseDeadline(asked)).toMatchObject({ deadline: null, pausedSince: '2026-09-29' });
    expect(caseDeadlineStatus(asked, '2026-10-12')).toMatchObject({ status: 'paused', deadline: null });
    const supplied = run(asked, { type: 'supplyCorrection', at: t('2026-10-09'), on: '2026-10-09' });
    expect(caseDeadline(supplied)).toMatchObject({ deadline: '2026-10-14', pausedSince: null, suspendedWorkingDays: 4 });
    expect(caseDeadline(acceptedCase).deadline).toBe('2026-10-09');
  });

  it('a correction before acceptance does not move the deadline', () => {
    const c = run(
      receivedCase,
      { type: 'requestCorrection', at: t('2026-09-24'), on: '2026-09-24' },
      { type: 'supplyCorrection', at: t('2026-09-25'), on: '2026-09-25' },
      { type: 'accept', at: t('2026-09-25'), on: '2026-09-25' },
    );
    expect(caseDeadline(c).deadline).toBe('2026-10-09');
  });

  it('special procedures and extensions add up', () => {
    const c = run(
      acceptedCase,
      { type: 'startProcessing', at: t('2026-09-28') },
      { type: 'suspend', at: t('2026-09-29'), on: '2026-09-29', reason: 'specialProcedure', procedure: '专家评审' },
      { type: 'resume', at: t('2026-10-09'), on: '2026-10-09' },
    );
    expect(caseDeadline(c).deadline).toBe('2026-10-14');
    // Extension of 2 working days: 10-15, 10-16.
    const extended = run(c, { type: 'extend', at: t('2026-10-12'), workingDays: 2, approvedOn: '2026-10-12' });
    expect(caseDeadline(extended)).toMatchObject({ deadline: '2026-10-16', limitWorkingDays: 7 });
    // A second special procedure on 10-12..10-13 moves it two more working days.
    const again = run(
      c,
      { type: 'suspend', at: t('2026-10-12'), on: '2026-10-12', reason: 'specialProcedure', procedure: '公示' },
      { type: 'resume', at: t('2026-10-13'), on: '2026-10-13' },
    );
    expect(caseDeadline(again)).toMatchObject({ deadline: '2026-10-16', suspendedWorkingDays: 6 });
  });

  it('reports the status against today', () => {
    const c = run(
      acceptedCase,
      { type: 'requestCorrection', at: t('2026-09-29'), on: '2026-09-29' },
      { type: 'supplyCorrection', at: t('2026-10-09'), on: '2026-10-09' },
    );
    expect(caseDeadlineStatus(c, '2026-10-09')).toMatchObject({ status: 'on-track', deadline: '2026-10-14', remainingWorkingDays: 4 });
    expect(caseDeadlineStatus(c, '2026-10-12')).toMatchObject({ status: 'due-soon', remainingWorkingDays: 2 });
    expect(caseDeadlineStatus(c, '2026-10-12', { dueSoonWorkingDays: 1 })).toMatchObject({ status: 'on-track' });
    expect(caseDeadlineStatus(c, '2026-10-15')).toMatchObject({ status: 'overdue', remainingWorkingDays: -1 });
    const done = run(c, { type: 'conclude', at: t('2026-10-13'), on: '2026-10-13', decision: 'approved' });
    expect(caseDeadlineStatus(done, '2026-10-15')).toBeNull();
  });
});
