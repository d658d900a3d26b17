import { describe, expect, it, vi } from 'vitest';
import { createDivisionTable, junanDivisionRows } from '@sijitong/core';
import { DivisionCascade, chainOf, loadNames, namesOf } from './cascade.js';
import type { DivisionSource } from './source.js';

/** A cascade and a promise of its next `changed` call. */
function cascadeOf(): { cascade: DivisionCascade; changed: () => Promise<void> } {
  let resolve: () => void = () => undefined;
  let next = new Promise<void>((r) => (resolve = r));
  const cascade = new DivisionCascade(() => {
    resolve();
    next = new Promise<void>((r) => (resolve = r));
  });
  return { cascade, changed: () => next };
}
const chosen = (cascade: DivisionCascade) => cascade.levels.map((l) => l.chosen);

describe('division cascade', () => {
  it('restores a value through a source that omits a level (no 市 row)', async () => {
    const source = createDivisionTable([
      { code: '370000', name: '山东省' },
      { code: '371327', name: '莒南县' },
      { code: '371327100000', name: '大店镇' },
    ]);
    const { cascade } = cascadeOf();
    cascade.sync('371327100000', source, undefined);
    // The township's own list is asked for too (empty: no select below it).
    await vi.waitFor(() => expect(chosen(cascade)).toEqual(['370000', '371327', '371327100000', undefined]));
    expect(cascade.levels.at(-1)?.options).toEqual([]);
    expect(cascade.status.kind).toBe('idle');
    expect(namesOf(source, '371327100000')).toEqual(['山东省', '莒南县', '大店镇']);
  });

  it('keeps a value the source does not know, chosen as far as it goes', async () => {
    const source = createDivisionTable(junanDivisionRows);
    const { cascade } = cascadeOf();
    cascade.sync('371327199000', source, undefined); // a township not in the extract
    await vi.waitFor(() => expect(cascade.levels.at(-1)?.options?.length).toBeGreaterThan(5));
    expect(chosen(cascade)).toEqual(['370000', '371300', '371327', undefined]);
  });

  it('shows an answer that is not a list of { code, name } as a failure, and retries', async () => {
    let broken = true;
    const source: DivisionSource = {
      children: async (parent) => (broken ? ([{ code: 1 }] as never) : createDivisionTable(junanDivisionRows).children(parent)),
    };
    const { cascade, changed } = cascadeOf();
    cascade.sync(undefined, source, undefined);
    await vi.waitFor(() => expect(cascade.status.kind).toBe('error'));
    broken = false;
    const done = changed();
    await cascade.retry();
    await done;
    expect(cascade.status.kind).toBe('idle');
    expect(cascade.levels[0]?.options?.map((o) => o.code)).toEqual(['370000']);
  });

  it('choose returns the deepest code and clears the levels below', async () => {
    const source = createDivisionTable(junanDivisionRows);
    const { cascade } = cascadeOf();
    cascade.sync('371327100201', source, undefined);
    await vi.waitFor(() => expect(chosen(cascade)).toHaveLength(5));
    expect(cascade.choose(3, '')).toBe('371327');
    expect(chosen(cascade)).toEqual(['370000', '371300', '371327', undefined]);
    expect(cascade.choose(0, '')).toBeUndefined();
    expect(cascade.levels).toHaveLength(1);
  });

  it('names a code once its lists are loaded; malformed codes have no chain', async () => {
    const calls: (string | undefined)[] = [];
    const table = createDivisionTable(junanDivisionRows);
    const source: DivisionSource = { children: (parent) => (calls.push(parent), table.children(parent)) };
    expect(namesOf(source, '371327001000')).toBeUndefined();
    expect(await loadNames(source, '371327001000')).toBe(true);
    expect(namesOf(source, '371327001000')).toEqual(['山东省', '临沂市', '莒南县', '十字路街道']);
    expect(await loadNames(source, '371327001000')).toBe(false);
    expect(calls).toEqual([undefined, '370000', '371300', '371327']);
    expect(chainOf('12')).toEqual([]);
  });
});
