import { describe, expect, it } from 'vitest';
import { isSijitongError } from '../errors.js';
import { junanBundles, junanItems } from '../fixtures/index.js';
import { localizeFinding } from '../items/issues.js';
import { createCatalog } from './index.js';
import { testBundle, testItem } from '../fixtures/testing.js';

describe('loading', () => {
  it('loads the valid items and reports each invalid one with all its findings', () => {
    const good = testItem({ seq: 1, name: '营业执照' });
    const badCode = { ...testItem({ seq: 2, name: '坏编码' }), basicCode: 'abc' };
    const twoProblems = { ...testItem({ seq: 3, name: '两处问题' }), levels: [], audience: ['nobody'] };
    const catalog = createCatalog([good, badCode, 'not an item', twoProblems, null]);

    expect(catalog.items.map((item) => item.name)).toEqual(['营业执照']);
    expect(catalog.search('').total).toBe(1);
    expect(catalog.rejected.map((r) => [r.kind, r.index, r.code])).toEqual([
      ['item', 1, badCode.implementationCode],
      ['item', 2, undefined],
      ['item', 3, twoProblems.implementationCode],
      ['item', 4, undefined],
    ]);
    const [bad, , two] = catalog.rejected;
    expect(bad?.findings.map((f) => [f.path, f.code])).toContainEqual([['basicCode'], 'ITEM_BASIC_CODE_INVALID']);
    expect(two?.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['ITEM_LEVELS_EMPTY', 'SCHEMA_INVALID_VALUE']));
    for (const rejection of catalog.rejected) {
      expect(rejection.findings.length).toBeGreaterThan(0);
      for (const finding of rejection.findings) {
        expect(finding.severity).toBe('error');
        expect(finding.message).not.toBe('');
        expect(localizeFinding(finding, 'en').message).toMatch(/[a-z]/);
      }
    }
  });

  it('keeps the first of two items with the same implementation code', () => {
    const first = testItem({ seq: 1, name: '第一版' });
    const second = { ...first, name: '第二版', version: '2' };
    const catalog = createCatalog([first, second]);
    expect(catalog.items.map((item) => item.name)).toEqual(['第一版']);
    const [rejection] = catalog.rejected;
    expect(rejection?.findings.map((f) => [f.code, f.params])).toEqual([
      ['CATALOG_ITEM_DUPLICATE', { code: first.implementationCode, position: 2, first: 1 }],
    ]);
    expect(rejection?.findings[0]?.message).toContain('第 2 项与第 1 项');
  });

  it('rejects a division code that is not a real division structure', () => {
    const catalog = createCatalog([testItem({ seq: 1, divisionCodes: ['371327', '991327'] })]);
    expect(catalog.items).toEqual([]);
    expect(catalog.rejected[0]?.findings.map((f) => [f.path, f.code])).toEqual([[['divisionCodes', 1], 'DIVISION_CODE_FORMAT']]);
  });

  it('loads bundles the same way', () => {
    const good = testBundle('ok', '好的一件事', ['000100000001']);
    const noItems = { ...testBundle('empty', '空的一件事', []), items: [] };
    const catalog = createCatalog([], { bundles: [good, noItems, good] });
    expect(catalog.bundles.map((b) => b.id)).toEqual(['ok']);
    expect(catalog.rejected.map((r) => [r.kind, r.index, r.code, r.findings[0]?.code])).toEqual([
      ['bundle', 1, 'empty', 'SCHEMA_TOO_SMALL'],
      ['bundle', 2, 'ok', 'CATALOG_BUNDLE_DUPLICATE'],
    ]);
  });

  it('throws when items or bundles are not arrays', () => {
    for (const make of [() => createCatalog('x' as never), () => createCatalog([], { bundles: {} as never })]) {
      try {
        make();
        expect.unreachable();
      } catch (error) {
        expect(isSijitongError(error, 'CATALOG_INPUT_INVALID')).toBe(true);
      }
    }
  });

  it('loads the whole Junan fixture county without a rejection', () => {
    const catalog = createCatalog(junanItems, { bundles: junanBundles });
    expect(catalog.rejected).toEqual([]);
    expect(catalog.items.length).toBe(junanItems.length);
    expect(catalog.bundles.length).toBe(junanBundles.length);
    const hit = catalog.search('gtgsh').results[0];
    expect(hit?.kind === 'item' && hit.item.name).toBe('个体工商户设立登记');
    const newborn = catalog.search('xinshenger').results[0];
    expect(newborn?.kind === 'bundle' && newborn.bundle.id).toBe('newborn');
  });
});
