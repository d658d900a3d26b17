import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/civil-date.js';
import { chinaWorkCalendar as china } from './china.js';
import { computeDeadline } from './deadline.js';
import type { DeadlineInput, Suspension } from './deadline-input.js';
import { createWorkCalendar } from './work-calendar.js';

const code = (c: string, params?: Record<string, unknown>) => expect.objectContaining({ code: c, ...(params ? { params: expect.objectContaining(params) } : {}) });
const wd = (value: number) => ({ value, unit: 'workingDay' as const });
const nd = (value: number) => ({ value, unit: 'naturalDay' as const });

/** A day-by-day reference clock for working-day limits (slow on purpose). */
function reference(acceptedOn: string, limit: number, suspensions: Suspension[]): string | null {
  const suspended = (n: number) => suspensions.some((s) => n >= toDayNumber(s.from) && (s.to == null || n <= toDayNumber(s.to)));
  let day = toDayNumber(acceptedOn);
  for (let left = limit; left > 0; ) {
    day++;
    if (suspended(day)) {
      if (suspensions.some((s) => s.to == null && day >= toDayNumber(s.from))) return null;
      continue;
    }
    if (china.isWorkingDay(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

describe('computeDeadline: working days', () => {
  it('counts working days after acceptance, across holidays and make-up days', () => {
    expect(computeDeadline({ acceptedOn: '2026-09-25', limit: wd(5) })).toEqual({
      deadline: '2026-10-09',
      provisional: false,
      pausedSince: null,
      suspendedWorkingDays: 0,
      limitWorkingDays: 5,
    });
    expect(computeDeadline({ acceptedOn: '2026-02-13', limit: wd(1) }).deadline).toBe('2026-02-14'); // make-up Saturday
    expect(computeDeadline({ acceptedOn: '2026-02-13', limit: wd(2) }).deadline).toBe('2026-02-24');
  });

  it('a zero limit is due on the day of acceptance', () => {
    expect(computeDeadline({ acceptedOn: '2026-02-15', limit: wd(0) }).deadline).toBe('2026-02-15');
    expect(computeDeadline({ acceptedOn: '2026-02-15', limit: nd(0) }).deadline).toBe('2026-02-15');
  });

  it('does not count working days inside a closed suspension, touching acceptedOn', () => {
    const result = computeDeadline({ acceptedOn: '2026-03-02', limit: wd(5), suspensions: [{ from: '2026-03-02', to: '2026-03-04' }] });
    expect(result).toMatchObject({ deadline: '2026-03-11', suspendedWorkingDays: 2, pausedSince: null });
  });

  it('handles a suspension spanning holidays', () => {
    const result = computeDeadline({ acceptedOn: '2026-09-28', limit: wd(3), suspensions: [{ from: '2026-09-30', to: '2026-10-09' }] });
    // 09-29 (1), suspended 09-30..10-09, make-up Saturday 10-10 (2), 10-12 (3).
    expect(result).toMatchObject({ deadline: '2026-10-12', suspendedWorkingDays: 3 });
  });

  it('returns null and pausedSince while a suspension is open', () => {
    const input: DeadlineInput = {
      acceptedOn: '2026-03-02',
      limit: wd(5),
      suspensions: [{ from: '2026-03-03', to: '2026-03-03' }, { from: '2026-03-05' }],
    };
    expect(computeDeadline(input)).toEqual({
      deadline: null,
      provisional: false,
      pausedSince: '2026-03-05',
      suspendedWorkingDays: 1,
      limitWorkingDays: 5,
    });
    expect(computeDeadline({ ...input, suspensions: [{ from: '2026-03-05', to: null }] }).pausedSince).toBe('2026-03-05');
  });

  it('ignores suspensions that start after the deadline', () => {
    const result = computeDeadline({ acceptedOn: '2026-03-02', limit: wd(2), suspensions: [{ from: '2026-03-10' }] });
    expect(result).toMatchObject({ deadline: '2026-03-04', pausedSince: null, suspendedWorkingDays: 0 });
    // …but one starting on the deadline day moves it.
    expect(computeDeadline({ acceptedOn: '2026-03-02', limit: wd(2), suspensions: [{ from: '2026-03-04', to: '2026-03-04' }] }).deadline).toBe('2026-03-05');
  });

  it('accepts suspensions in any order and is always recomputed from acceptedOn', () => {
    const suspensions = [{ from: '2026-03-16', to: '2026-03-18' }, { from: '2026-03-05', to: '2026-03-06' }];
    const a = computeDeadline({ acceptedOn: '2026-03-02', limit: wd(20), suspensions });
    const b = computeDeadline({ acceptedOn: '2026-03-02', limit: wd(20), suspensions: [...suspensions].reverse() });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ deadline: '2026-04-07', suspendedWorkingDays: 5 }); // 04-06 is Qingming's bridging Monday
    expect(a.deadline).toBe(reference('2026-03-02', 20, suspensions));
  });

  it('adds extensions as working days', () => {
    const result = computeDeadline({ acceptedOn: '2026-03-02', limit: wd(5), extensions: [{ workingDays: 3 }, { workingDays: 2 }] });
    expect(result).toMatchObject({ deadline: '2026-03-16', limitWorkingDays: 10 });
  });

  it('crosses into a fallback year and says so', () => {
    expect(computeDeadline({ acceptedOn: '2026-12-15', limit: wd(20) })).toMatchObject({ deadline: '2027-01-13', provisional: true });
    expect(computeDeadline({ acceptedOn: '2026-11-02', limit: wd(20) })).toMatchObject({ deadline: '2026-11-30', provisional: false });
  });

  it('counts on the given calendar', () => {
    const calendar = china.withYear(2027, { offDays: ['2027-01-01', '2027-01-04'], workdays: [] });
    expect(computeDeadline({ acceptedOn: '2026-12-15', limit: wd(20), calendar })).toMatchObject({ deadline: '2027-01-14', provisional: false });
  });

  it('agrees with a day-by-day reference on random cases', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    for (let i = 0; i < 400; i++) {
      const accepted = toDayNumber('2025-01-01') + Math.floor(next() * 700);
      const suspensions: Suspension[] = [];
      let at = accepted + Math.floor(next() * 5);
      for (let k = Math.floor(next() * 3); k > 0; k--) {
        const to = at + Math.floor(next() * 12);
        suspensions.push({ from: fromDayNumber(at), to: fromDayNumber(to) });
        at = to + 1 + Math.floor(next() * 20);
      }
      if (next() < 0.2) suspensions.push({ from: fromDayNumber(at) });
      const limit = Math.floor(next() * 40);
      const result = computeDeadline({ acceptedOn: fromDayNumber(accepted), limit: wd(limit), suspensions });
      expect(result.deadline).toBe(reference(fromDayNumber(accepted), limit, suspensions));
    }
  });
});

describe('computeDeadline: natural days', () => {
  it('moves a deadline on a holiday to the next working day (Civil Code art. 203)', () => {
    expect(computeDeadline({ acceptedOn: '2026-09-21', limit: nd(10) })).toMatchObject({ deadline: '2026-10-08', limitWorkingDays: 0 });
    expect(computeDeadline({ acceptedOn: '2026-03-02', limit: nd(5) }).deadline).toBe('2026-03-09'); // Saturday → Monday
    expect(computeDeadline({ acceptedOn: '2026-09-15', limit: nd(5) }).deadline).toBe('2026-09-20'); // make-up Sunday stays
    expect(computeDeadline({ acceptedOn: '2026-03-02', limit: nd(3) }).deadline).toBe('2026-03-05');
  });

  it('skips suspended days', () => {
    const result = computeDeadline({ acceptedOn: '2026-03-02', limit: nd(10), suspensions: [{ from: '2026-03-05', to: '2026-03-07' }] });
    expect(result).toMatchObject({ deadline: '2026-03-16', suspendedWorkingDays: 2 }); // 13 days on: Sunday 03-15 → 03-16
    const paused = computeDeadline({ acceptedOn: '2026-03-02', limit: nd(10), suspensions: [{ from: '2026-03-05' }] });
    expect(paused).toMatchObject({ deadline: null, pausedSince: '2026-03-05' });
  });

  it('adds extensions as working days after the natural-day deadline', () => {
    const result = computeDeadline({ acceptedOn: '2026-03-02', limit: nd(5), extensions: [{ workingDays: 2 }] });
    expect(result).toMatchObject({ deadline: '2026-03-10', limitWorkingDays: 2 }); // 03-07 (Sat), then 03-09, 03-10
  });
});

describe('computeDeadline: bad input', () => {
  const base = { acceptedOn: '2026-03-02', limit: wd(5) };
  it.each([
    [{ ...base, acceptedOn: '2026-02-30' }, 'DATE_INVALID', ['acceptedOn']],
    [{ ...base, acceptedOn: 20260302 }, 'DATE_INVALID', ['acceptedOn']],
    [{ ...base, acceptedOn: '2003-06-02' }, 'CALENDAR_OUT_OF_RANGE', ['acceptedOn']],
    [{ ...base, limit: wd(-1) }, 'DEADLINE_LIMIT_INVALID', ['limit', 'value']],
    [{ ...base, limit: wd(2.5) }, 'DEADLINE_LIMIT_INVALID', ['limit', 'value']],
    [{ ...base, limit: { value: '5', unit: 'workingDay' } }, 'DEADLINE_LIMIT_INVALID', ['limit', 'value']],
    [{ ...base, limit: { value: 5, unit: 'hour' } }, 'DEADLINE_UNIT_UNKNOWN', ['limit', 'unit']],
    [{ ...base, limit: 5 }, 'SCHEMA_INVALID_TYPE', ['limit']],
    [{ ...base, suspensions: [{ from: '2026-03-06', to: '2026-03-04' }] }, 'SUSPENSION_INVERTED', ['suspensions', 0]],
    [{ ...base, suspensions: [{ from: '2026-03-01', to: '2026-03-04' }] }, 'SUSPENSION_BEFORE_ACCEPTANCE', ['suspensions', 0, 'from']],
    [{ ...base, suspensions: [{ from: '2026-03-03', to: '2026-03-05' }, { from: '2026-03-05', to: '2026-03-09' }] }, 'SUSPENSION_OVERLAP', ['suspensions', 1]],
    [{ ...base, suspensions: [{ from: '2026-03-10', to: '2026-03-12' }, { from: '2026-03-03', to: '2026-03-11' }] }, 'SUSPENSION_OVERLAP', ['suspensions', 0]],
    [{ ...base, suspensions: [{ from: '2026-03-03' }, { from: '2026-03-09', to: '2026-03-10' }] }, 'SUSPENSION_OPEN_NOT_LAST', ['suspensions', 0, 'to']],
    [{ ...base, suspensions: [{ from: '2026-03-03' }, { from: '2026-03-09' }] }, 'SUSPENSION_OPEN_NOT_LAST', ['suspensions', 0, 'to']],
    [{ ...base, suspensions: [{ from: '2026-03-03', to: '2026-02-31' }] }, 'DATE_INVALID', ['suspensions', 0, 'to']],
    [{ ...base, suspensions: { from: '2026-03-03' } }, 'SCHEMA_INVALID_TYPE', ['suspensions']],
    [{ ...base, suspensions: ['2026-03-03'] }, 'SCHEMA_INVALID_TYPE', ['suspensions', 0]],
    [{ ...base, extensions: [{ workingDays: -2 }] }, 'EXTENSION_INVALID', ['extensions', 0, 'workingDays']],
    [{ ...base, extensions: [{ days: 2 }] }, 'EXTENSION_INVALID', ['extensions', 0, 'workingDays']],
    [{ ...base, calendar: { isWorkingDay: () => true } }, 'SCHEMA_INVALID_TYPE', ['calendar']],
    [null, 'SCHEMA_INVALID_TYPE', []],
    ['2026-03-02', 'SCHEMA_INVALID_TYPE', []],
  ])('rejects %# with %s', (input, c, path) => {
    expect(() => computeDeadline(input as unknown as DeadlineInput)).toThrowError(expect.objectContaining({ name: 'SijitongError', code: c, path }));
  });

  it('explains overlaps with both periods', () => {
    const input = { ...base, suspensions: [{ from: '2026-03-03', to: '2026-03-05' }, { from: '2026-03-05' }] };
    expect(() => computeDeadline(input)).toThrowError(code('SUSPENSION_OVERLAP', { first: '2026-03-03..2026-03-05', second: '2026-03-05..' }));
  });

  it('refuses a deadline beyond the calendar', () => {
    expect(() => computeDeadline({ acceptedOn: '2100-12-01', limit: wd(60) })).toThrowError(code('CALENDAR_OUT_OF_RANGE'));
    const strict = createWorkCalendar({ years: { 2026: { offDays: [], workdays: [] } }, fallback: 'none' });
    expect(() => computeDeadline({ acceptedOn: '2026-12-15', limit: wd(20), calendar: strict })).toThrowError(code('CALENDAR_YEAR_MISSING', { year: 2027 }));
  });
});
