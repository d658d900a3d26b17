/**
 * The input of the deadline clock and its validation. Hand-written rather than zod: the clock runs
 * a million times a second, and every problem must still come out as a typed error with a path.
 */
import { toDayNumber, type CivilDate } from '../dates/civil-date.js';
import type { SijitongError } from '../errors.js';
import { fail } from './calendar-data.js';
import { chinaWorkCalendar } from './china.js';
import { workingDayIndexOf, type WorkCalendar } from './work-calendar.js';
import type { WorkingDayIndex } from './working-day-index.js';

/** Unit of a time limit: working days (工作日, the norm) or natural days (自然日). */
export type DeadlineUnit = 'workingDay' | 'naturalDay';

/** A time limit, e.g. `{ value: 20, unit: 'workingDay' }` (20 个工作日). */
export interface DeadlineLimit {
  /** 0 or a positive integer; 0 means due on the day of acceptance (即办). */
  readonly value: number;
  /** `workingDay` or `naturalDay`. */
  readonly unit: DeadlineUnit;
}

/**
 * A period the clock stops (中止/挂起: correction wait, 特别程序 such as inspection, expert review,
 * hearing, publicity). Both ends are inclusive; leave `to` out (or `null`) while it lasts.
 */
export interface Suspension {
  /** The first day the clock is stopped, on or after `acceptedOn`. */
  readonly from: CivilDate;
  /** The last day the clock is stopped; absent or `null` while the suspension lasts. */
  readonly to?: CivilDate | null;
}

/** An approved extension of the limit (延长), in working days. */
export interface Extension {
  /** Working days added; 0 or a positive integer. */
  readonly workingDays: number;
}

/** Input of {@link computeDeadline}. */
export interface DeadlineInput {
  /** The day the case was accepted (受理); it never counts itself. */
  readonly acceptedOn: CivilDate;
  /** The time limit (承诺/法定办结时限). */
  readonly limit: DeadlineLimit;
  /**
   * Periods the clock stopped; any order, no overlaps, none before `acceptedOn`, at most one
   * open and it must be the last.
   */
  readonly suspensions?: readonly Suspension[];
  /** Extensions; their working days add to the limit. */
  readonly extensions?: readonly Extension[];
  /** The calendar to count on (made by `createWorkCalendar`); default {@link chinaWorkCalendar}. */
  readonly calendar?: WorkCalendar;
}

/** Validated input as day numbers; suspensions sorted, `to = -1` for the open one. @internal */
export interface ParsedDeadlineInput {
  readonly accepted: number;
  readonly limit: number;
  readonly natural: boolean;
  readonly extension: number;
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly index: WorkingDayIndex;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A suspension as text for messages: `2026-03-02..2026-03-06`, open: `2026-03-02..`. */
function span(raw: Record<string, unknown>, open: boolean): string {
  return open ? `${String(raw.from)}..` : `${String(raw.from)}..${String(raw.to)}`;
}

/** Indexes of `from` in ascending order of their values. */
function sortedOrder(from: readonly number[]): number[] {
  const order = from.map((_, i) => i);
  return order.sort((a, b) => (from[a] as number) - (from[b] as number));
}

function readSuspensions(value: unknown, accepted: number, acceptedOn: unknown): { from: number[]; to: number[] } {
  if (value === undefined || value === null) return { from: [], to: [] };
  if (!Array.isArray(value)) fail('SCHEMA_INVALID_TYPE', { expected: 'array' }, ['suspensions']);
  const n = value.length;
  const from: number[] = [];
  const to: number[] = [];
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const s: unknown = value[i];
    if (!isObject(s)) fail('SCHEMA_INVALID_TYPE', { expected: 'object' }, ['suspensions', i]);
    const f = toDayNumber(s.from, ['suspensions', i, 'from']);
    const t = s.to === undefined || s.to === null ? -1 : toDayNumber(s.to, ['suspensions', i, 'to']);
    if (t >= 0 && t < f) fail('SUSPENSION_INVERTED', { from: String(s.from), to: String(s.to) }, ['suspensions', i]);
    if (f < accepted) {
      fail('SUSPENSION_BEFORE_ACCEPTANCE', { from: String(s.from), acceptedOn: String(acceptedOn) }, ['suspensions', i, 'from']);
    }
    from.push(f);
    to.push(t);
    if (i > 0 && f < (from[i - 1] as number)) sorted = false;
  }
  let order: number[] | undefined;
  if (!sorted) order = sortedOrder(from);
  for (let k = 1; k < n; k++) {
    const a = order === undefined ? k - 1 : (order[k - 1] as number);
    const b = order === undefined ? k : (order[k] as number);
    const aTo = to[a] as number;
    const raw = value as Record<string, unknown>[];
    if (aTo < 0) fail('SUSPENSION_OPEN_NOT_LAST', { from: String(raw[a]?.from) }, ['suspensions', a, 'to']);
    if ((from[b] as number) <= aTo) {
      const first = span(raw[a] as Record<string, unknown>, false);
      const params = { first, second: span(raw[b] as Record<string, unknown>, (to[b] as number) < 0) };
      fail('SUSPENSION_OVERLAP', params, ['suspensions', b]);
    }
  }
  if (order === undefined) return { from, to };
  return { from: order.map((i) => from[i] as number), to: order.map((i) => to[i] as number) };
}

function readExtensions(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) fail('SCHEMA_INVALID_TYPE', { expected: 'array' }, ['extensions']);
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const e: unknown = value[i];
    if (!isObject(e)) fail('SCHEMA_INVALID_TYPE', { expected: 'object' }, ['extensions', i]);
    if (!isCount(e.workingDays)) fail('EXTENSION_INVALID', { value: String(e.workingDays) }, ['extensions', i, 'workingDays']);
    total += e.workingDays;
  }
  return total;
}

/**
 * Validates a {@link DeadlineInput} (also from untyped JS callers) and converts it to day numbers.
 * @throws {@link SijitongError} with the `path` of the problem.
 * @internal
 */
export function parseDeadlineInput(input: unknown): ParsedDeadlineInput {
  if (!isObject(input)) fail('SCHEMA_INVALID_TYPE', { expected: 'object' }, []);
  const accepted = toDayNumber(input.acceptedOn, ['acceptedOn']);
  const limit: unknown = input.limit;
  if (!isObject(limit)) fail('SCHEMA_INVALID_TYPE', { expected: 'object' }, ['limit']);
  if (!isCount(limit.value)) fail('DEADLINE_LIMIT_INVALID', { value: String(limit.value) }, ['limit', 'value']);
  const unit = limit.unit;
  if (unit !== 'workingDay' && unit !== 'naturalDay') fail('DEADLINE_UNIT_UNKNOWN', { value: String(unit) }, ['limit', 'unit']);
  const { from, to } = readSuspensions(input.suspensions, accepted, input.acceptedOn);
  const extension = readExtensions(input.extensions);
  const calendar = input.calendar ?? chinaWorkCalendar;
  const index = workingDayIndexOf(calendar);
  if (index === undefined) fail('SCHEMA_INVALID_TYPE', { expected: 'WorkCalendar' }, ['calendar']);
  try {
    index.check(accepted);
  } catch (error) {
    throw (error as SijitongError).withPath(['acceptedOn']);
  }
  return { accepted, limit: limit.value, natural: unit === 'naturalDay', extension, from, to, index };
}
