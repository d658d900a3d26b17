import { canonicalDivisionCode, divisionAncestorCodes, isDivisionCode } from '@sijitong/core';
import { SimError } from '../sim-error.js';
import type { SimItem, SimulatorState } from '../state.js';

/** True when `item` is served in `division` or in a division above it. */
export function servesDivision(entry: SimItem, division: string): boolean {
  const target = canonicalDivisionCode(division);
  const above = new Set(divisionAncestorCodes(division).map(canonicalDivisionCode));
  return entry.item.divisionCodes.some((code) => {
    const c = canonicalDivisionCode(code);
    return c === target || above.has(c);
  });
}

/** One page (by offset) of the catalogue, optionally of one division; ordered by implementation code. */
export function listItems(state: SimulatorState, offset: number, limit: number, division?: string): { rows: SimItem[]; total: number } {
  if (division !== undefined && !isDivisionCode(division)) throw new SimError('PARAM_INVALID', { detail: 'division' });
  const all = [...state.items.values()]
    .filter((e) => e.item.state !== 'cancelled' && (division === undefined || servesDivision(e, division)))
    .sort((a, b) => (a.item.implementationCode < b.item.implementationCode ? -1 : 1));
  return { rows: all.slice(offset, offset + limit), total: all.length };
}

/** The item with implementation code `code`, or `NOT_FOUND`. */
export function getItem(state: SimulatorState, code: string): SimItem {
  const entry = state.items.get(code);
  if (entry === undefined || entry.item.state === 'cancelled') throw new SimError('NOT_FOUND');
  return entry;
}

/** Items changed after `since` (cancelled ones as removed codes) and the instant to ask from next. */
export function changesSince(state: SimulatorState, since: Date, now: Date): { changed: SimItem[]; removed: string[]; until: Date } {
  const changed: SimItem[] = [];
  const removed: string[] = [];
  for (const entry of state.items.values()) {
    if (Date.parse(entry.updatedAt) <= since.getTime()) continue;
    if (entry.item.state === 'cancelled') removed.push(entry.item.implementationCode);
    else changed.push(entry);
  }
  return { changed, removed, until: now };
}
