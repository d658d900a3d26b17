import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline-status.js';
import type { DeadlineInput } from './deadline-input.js';

const code = (c: string, path?: unknown[]) => expect.objectContaining({ code: c, ...(path ? { path } : {}) });

/** Due 2026-03-09: 03-03, 03-04, 03-05, 03-06, 03-09. */
const input: DeadlineInput = { acceptedOn: '2026-03-02', limit: { value: 5, unit: 'workingDay' } };

describe('deadlineStatus', () => {
  it.each([
    ['2026-02-27', 'on-track', 5], // before acceptance: the whole limit is left
    ['2026-03-02', 'on-track', 5],
    ['2026-03-03', 'on-track', 4],
    ['2026-03-04', 'due-soon', 3],
    ['2026-03-07', 'due-soon', 1], // Saturday
    ['2026-03-09', 'due-soon', 0], // the deadline day itself
    ['2026-03-10', 'overdue', -1],
    ['2026-03-16', 'overdue', -5],
  ])('on %s: %s with %i working days left', (today, status, remaining) => {
    expect(deadlineStatus(input, today)).toEqual({ status, deadline: '2026-03-09', remainingWorkingDays: remaining, provisional: false });
  });

  it('is overdue on a day off right after the deadline, with 0 working days past', () => {
    const friday = { ...input, limit: { value: 4, unit: 'workingDay' as const } }; // due Friday 03-06
    expect(deadlineStatus(friday, '2026-03-07')).toEqual({ status: 'overdue', deadline: '2026-03-06', remainingWorkingDays: 0, provisional: false });
  });

  it('honours the threshold option', () => {
    expect(deadlineStatus(input, '2026-03-06', { dueSoonWorkingDays: 0 }).status).toBe('on-track');
    expect(deadlineStatus(input, '2026-03-09', { dueSoonWorkingDays: 0 }).status).toBe('due-soon');
    expect(deadlineStatus(input, '2026-03-02', { dueSoonWorkingDays: 10 }).status).toBe('due-soon');
  });

  it('does not count suspended working days between today and the deadline', () => {
    const suspended = { ...input, suspensions: [{ from: '2026-03-05', to: '2026-03-06' }] }; // due 03-11
    // (03-03, 03-11] has 6 working days; 03-05 and 03-06 are suspended.
    expect(deadlineStatus(suspended, '2026-03-03')).toEqual({ status: 'on-track', deadline: '2026-03-11', remainingWorkingDays: 4, provisional: false });
    expect(deadlineStatus(suspended, '2026-03-04').status).toBe('due-soon');
  });

  it('is paused while a suspension is open', () => {
    const paused = { ...input, suspensions: [{ from: '2026-03-04' }] };
    expect(deadlineStatus(paused, '2026-03-20')).toEqual({ status: 'paused', deadline: null, remainingWorkingDays: null, provisional: false });
  });

  it('is provisional when today or the deadline is in a year without a notice', () => {
    expect(deadlineStatus(input, '2027-01-05')).toMatchObject({ status: 'overdue', provisional: true });
    expect(deadlineStatus({ acceptedOn: '2026-12-15', limit: { value: 20, unit: 'workingDay' } }, '2026-12-16')).toMatchObject({
      status: 'on-track',
      deadline: '2027-01-13',
      remainingWorkingDays: 19,
      provisional: true,
    });
  });

  it('rejects bad input with typed errors', () => {
    expect(() => deadlineStatus(input, '2026-02-30')).toThrowError(code('DATE_INVALID', ['today']));
    expect(() => deadlineStatus(input, '2003-01-01')).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    expect(() => deadlineStatus(input, '2026-03-05', { dueSoonWorkingDays: -1 })).toThrowError(code('WORKING_DAYS_INVALID', ['dueSoonWorkingDays']));
    expect(() => deadlineStatus(input, '2026-03-05', { dueSoonWorkingDays: 1.5 })).toThrowError(code('WORKING_DAYS_INVALID'));
    expect(() => deadlineStatus({ ...input, limit: { value: 5, unit: 'week' as never } }, '2026-03-05')).toThrowError(code('DEADLINE_UNIT_UNKNOWN'));
  });
});
