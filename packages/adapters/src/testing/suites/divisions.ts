import { expect } from 'vitest';
import { canonicalDivisionCode, divisionAncestorCodes } from '@sijitong/core';
import type { DivisionOption } from '../../contract/capabilities.js';
import { isAdapterError } from '../../errors.js';
import { divisionOptionSchema } from '../../parse/division-schemas.js';
import { expectAdapterError, expectValid, type SuiteContext } from '../context.js';

/** How many children of a level are tried to find one with children of its own. */
const TRIES_PER_LEVEL = 8;

/** True when `child` lies strictly inside `parent`, read from the codes (core's division-code helpers). */
function inside(child: string, parent: string): boolean {
  return divisionAncestorCodes(child).includes(canonicalDivisionCode(parent));
}

/** Every entry valid (code and non-empty name), listed once, and inside `parent` when given. */
function expectList(list: readonly DivisionOption[], what: string, parent?: string): void {
  expect(Array.isArray(list), `${what} must be a list`).toBe(true);
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    expectValid(divisionOptionSchema, entry, `${what} entry ${i}`);
    const code = canonicalDivisionCode(entry.code);
    expect(seen.has(code), `${what} lists ${code} twice`).toBe(false);
    seen.add(code);
    if (parent !== undefined) expect(inside(entry.code, parent), `${what}: ${entry.code} is not inside ${parent}`).toBe(true);
  });
}

/**
 * Divisions checks: a non-empty top level; children valid, named and inside their parent, level by
 * level down to a leaf; an unknown parent refused with `ADAPTER_DIVISION_NOT_FOUND` or answered
 * with an empty list; a malformed one refused with `INPUT_INVALID`. @internal
 */
export function divisionsSuite({ capability: divisions, fixtures, check }: SuiteContext<'divisions'>): void {
  const f = fixtures.divisions;

  check('divisions.roots', 'lists a non-empty top level of valid, named divisions', async () => {
    const roots = await divisions.children();
    expect(roots.length, 'divisions.children() is empty').toBeGreaterThan(0);
    expectList(roots, 'divisions.children()');
  });

  check('divisions.children', 'lists children inside their parent, level by level down to a leaf', async () => {
    const start = f?.parentCode ?? (await divisions.children())[0]?.code;
    expect(start, 'no division to start from').toBeDefined();
    if (start === undefined) return;
    let list = await divisions.children(start);
    expect(list.length, `divisions.children(${start}) is empty`).toBeGreaterThan(0);
    expectList(list, `divisions.children(${start})`, start);
    for (let depth = 0; depth < 4; depth++) {
      let below: readonly DivisionOption[] = [];
      for (const candidate of list.slice(0, TRIES_PER_LEVEL)) {
        below = await divisions.children(candidate.code);
        expectList(below, `divisions.children(${candidate.code})`, candidate.code);
        if (below.length > 0) break;
      }
      if (below.length === 0) return;
      list = below;
    }
  });

  check('divisions.unknown', 'refuses an unknown parent with ADAPTER_DIVISION_NOT_FOUND, or answers an empty list', async () => {
    const unknown = f?.unknownParentCode ?? `${((await divisions.children())[0]?.code ?? '11').slice(0, 2)}9999`;
    let list: readonly DivisionOption[];
    try {
      list = await divisions.children(unknown);
    } catch (error) {
      expect(isAdapterError(error, 'ADAPTER_DIVISION_NOT_FOUND'), `divisions.children(${unknown}) must fail with ADAPTER_DIVISION_NOT_FOUND, got ${String(error)}`).toBe(true);
      return;
    }
    expect(list, `divisions.children(${unknown}) of an unknown division must be empty`).toEqual([]);
  });

  check('divisions.malformed', 'refuses a malformed parent code with INPUT_INVALID', async () => {
    const error = await expectAdapterError(divisions.children('12345'), "divisions.children('12345')");
    expect(error.code).toBe('INPUT_INVALID');
  });
}
