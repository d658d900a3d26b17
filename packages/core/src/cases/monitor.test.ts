import { describe, expect, it, vi } from 'vitest';
import { acceptedCase, eventOf, receivedCase } from '../fixtures/testing.js';
import type { Case } from './case.js';
import { createCaseMonitor, type DeadlineDueSoonPayload, type DeadlineOverduePayload, type StatusChangedPayload } from './monitor.js';

// acceptedCase: accepted 2026-09-25, 5 working days → deadline 2026-10-09 (after National Day).
describe('CaseMonitor', () => {
  it('emits statusChanged with the new case, from, to and event', () => {
    const monitor = createCaseMonitor();
    const seen: StatusChangedPayload[] = [];
    monitor.on('statusChanged', (p) => seen.push(p));
    const event = eventOf('startPreReview');
    const r = monitor.apply(receivedCase, event);
    expect(r.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ from: 'submitted', to: 'preReview', event });
    expect(seen[0]?.case).toBe(r.ok ? r.case : undefined);
  });

  it('emits nothing for a refused event or an extension', () => {
    const monitor = createCaseMonitor();
    const listener = vi.fn();
    monitor.on('statusChanged', listener);
    expect(monitor.apply(receivedCase, eventOf('conclude')).ok).toBe(false);
    expect(monitor.apply(acceptedCase, eventOf('extend')).ok).toBe(true);
    expect(listener).not.toHaveBeenCalled();
    monitor.off('statusChanged', listener);
    monitor.apply(receivedCase, eventOf('startPreReview'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('emits due-soon and overdue once per case, kind and deadline', () => {
    const monitor = createCaseMonitor({ dueSoonWorkingDays: 2 });
    const dueSoon: DeadlineDueSoonPayload[] = [];
    const overdue: DeadlineOverduePayload[] = [];
    monitor.on('deadlineDueSoon', (p) => dueSoon.push(p));
    monitor.on('deadlineOverdue', (p) => overdue.push(p));
    const cases: Case[] = [acceptedCase, { ...receivedCase, number: '371327-2026-000124' }];

    expect(monitor.check(cases, '2026-09-28').dueSoon).toEqual([]); // 4 working days left
    monitor.check(cases, '2026-09-30'); // 09-30 → 10-08, 10-09: 2 left
    expect(dueSoon).toEqual([{ case: acceptedCase, deadline: '2026-10-09', remainingWorkingDays: 2 }]);
    monitor.check(cases, '2026-10-08');
    expect(dueSoon).toHaveLength(1); // deduplicated
    const report = monitor.check(cases, '2026-10-10'); // the make-up Saturday: 1 working day late
    expect(report.overdue).toEqual([{ case: acceptedCase, deadline: '2026-10-09', overdueWorkingDays: 1 }]);
    expect(overdue).toEqual(report.overdue);
    monitor.check(cases, '2026-10-12');
    expect(overdue).toHaveLength(1);

    // An extension of 2 moves the deadline to 10-12 (10-10 is a make-up working Saturday): due-soon fires anew.
    const r = monitor.apply(acceptedCase, { type: 'extend', at: '2026-10-12T09:00:00+08:00', workingDays: 2, approvedOn: '2026-10-12' });
    if (!r.ok) throw r.error;
    monitor.check([r.case], '2026-10-12');
    expect(dueSoon.at(-1)).toMatchObject({ deadline: '2026-10-12', remainingWorkingDays: 0 });
    expect(dueSoon).toHaveLength(2);

    monitor.reset();
    monitor.check([r.case], '2026-10-12');
    expect(dueSoon).toHaveLength(3);
  });

  it('stays silent for paused and closed cases and reports failures', () => {
    const monitor = createCaseMonitor();
    const listener = vi.fn();
    monitor.on('deadlineOverdue', listener);
    const paused: Case = { ...acceptedCase, status: 'suspended', suspensions: [{ from: '2026-09-28', reason: 'specialProcedure' }] };
    const closed: Case = { ...acceptedCase, status: 'withdrawn' };
    const broken: Case = { ...acceptedCase, number: 'X-1', acceptedOn: '1800-01-01' };
    const report = monitor.check([paused, closed, broken], '2026-12-01');
    expect(listener).not.toHaveBeenCalled();
    expect(report.failures.map((f) => [f.case.number, f.error.code])).toEqual([['X-1', 'CALENDAR_OUT_OF_RANGE']]);
  });

  it('once listeners fire one time', () => {
    const monitor = createCaseMonitor();
    const listener = vi.fn();
    monitor.once('statusChanged', listener);
    monitor.apply(receivedCase, eventOf('startPreReview'));
    monitor.apply(receivedCase, eventOf('startPreReview'));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
