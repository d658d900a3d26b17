import type { ElementOption } from '@sijitong/core';
import type { FieldConstraints, LocalizedText } from '../schema/field.js';
import type { MergeReport } from './conflicts.js';

/** One item's constraints of a key. @internal */
export interface ConstraintSource {
  /** The item. */
  readonly item: string;
  /** Its constraints (resolved). */
  readonly constraints: FieldConstraints;
}

type Bound = number | string;
const LOWER = ['minLength', 'min', 'minDate', 'minItems', 'minRows', 'minFiles'] as const;
const UPPER = ['maxLength', 'max', 'maxDate', 'maxItems', 'maxRows', 'maxFiles', 'maxSize', 'scale'] as const;
const RANGES = [
  ['minLength', 'maxLength'],
  ['min', 'max'],
  ['minDate', 'maxDate'],
  ['minItems', 'maxItems'],
  ['minRows', 'maxRows'],
  ['minFiles', 'maxFiles'],
] as const;

function pick<T extends Bound>(values: readonly (T | undefined)[], stricter: (a: T, b: T) => boolean): T | undefined {
  let best: T | undefined;
  for (const value of values) if (value !== undefined && (best === undefined || stricter(value, best))) best = value;
  return best;
}

/** Several patterns as one: the value must match every one (lookaheads, anchored as core anchors patterns). */
function allPatterns(patterns: readonly string[]): string | undefined {
  const distinct = [...new Set(patterns)];
  if (distinct.length <= 1) return distinct[0];
  const last = distinct[distinct.length - 1] as string;
  return `${distinct.slice(0, -1).map((p) => `(?=(?:${p})$)`).join('')}(?:${last})`;
}

const unitText = (unit: FieldConstraints['unit']): string | undefined => (typeof unit === 'object' ? unit['zh-CN'] : unit);

/** Whether `list` accepts what `entry` names (same entry, or a `type/*` covering a MIME type). */
function covers(list: readonly string[], entry: string): boolean {
  return list.some((e) => e === entry || (e.endsWith('/*') && entry.startsWith(e.slice(0, -1))));
}

/**
 * The constraints of one key across items, the stricter winning: the largest lower bound, the
 * smallest upper bound, `integer` if any says so, every pattern at once, the options and file
 * types all accept. Reports incompatibilities (disjoint options or file types, different units,
 * empty ranges) on `report` and returns `undefined` then. @internal
 */
export function reconcileConstraints(key: string, type: string, sources: readonly ConstraintSource[], report: MergeReport): FieldConstraints | undefined {
  const all = sources.map((s) => s.constraints);
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const name of LOWER) {
    const value = pick(all.map((c) => c[name] as Bound | undefined), (a, b) => a > b);
    if (value !== undefined) out[name] = value;
  }
  for (const name of UPPER) {
    const value = pick(all.map((c) => c[name] as Bound | undefined), (a, b) => a < b);
    if (value !== undefined) out[name] = value;
  }
  if (all.some((c) => c.integer === true)) out.integer = true;
  const pattern = allPatterns(all.flatMap((c) => (c.pattern === undefined ? [] : [c.pattern])));
  if (pattern !== undefined) out.pattern = pattern;
  const example = all.find((c) => c.example !== undefined)?.example;
  if (example !== undefined) out.example = example;

  const units = sources.flatMap((s) => {
    const unit = s.constraints.unit ?? (type === 'money' ? 'yuan' : undefined);
    return unit === undefined ? [] : [{ item: s.item, unit }];
  });
  if (new Set(units.map((u) => unitText(u.unit))).size > 1) {
    report.conflict('MERGE_UNIT_MISMATCH', key, units.map((u) => ({ item: u.item, value: unitText(u.unit) })));
    ok = false;
  } else if (units[0] !== undefined && all.some((c) => c.unit !== undefined)) {
    out.unit = all.find((c) => c.unit !== undefined)?.unit as string | LocalizedText;
  }

  const withOptions = sources.filter((s) => s.constraints.options !== undefined);
  const first = withOptions[0];
  if (first !== undefined) {
    const options = (first.constraints.options as ElementOption[]).filter((option) =>
      withOptions.every((s) => (s.constraints.options ?? []).some((o) => o.value === option.value)),
    );
    if (options.length === 0) {
      const values = withOptions.map((s) => ({ item: s.item, value: (s.constraints.options ?? []).map((o) => o.value).join('/') }));
      report.conflict('MERGE_OPTIONS_DISJOINT', key, values);
      ok = false;
    } else out.options = options;
  }

  const withAccept = sources.filter((s) => s.constraints.accept !== undefined);
  if (withAccept.length > 0) {
    const lists = withAccept.map((s) => (s.constraints.accept ?? []).map((e) => e.trim().toLowerCase()));
    const accept = [...new Set(lists.flat())].filter((entry) => lists.every((list) => covers(list, entry)));
    if (accept.length === 0) {
      report.conflict('MERGE_ACCEPT_DISJOINT', key, withAccept.map((s) => ({ item: s.item, value: (s.constraints.accept ?? []).join(' ') })));
      ok = false;
    } else out.accept = accept;
  }

  for (const [low, high] of RANGES) {
    const min = out[low] as Bound | undefined;
    const max = out[high] as Bound | undefined;
    if (min !== undefined && max !== undefined && min > max) {
      const values = sources.map((s) => ({ item: s.item, value: `${String(s.constraints[low] ?? '-')}..${String(s.constraints[high] ?? '-')}` }));
      report.conflict('MERGE_RANGE_EMPTY', key, values, { constraint: `${low}/${high}`, min, max });
      ok = false;
    }
  }
  return ok ? (out as FieldConstraints) : undefined;
}
